//! String literals: `'…'` `"…"` triple-quoted, prefixes r/b/rb/f/rf/u (Python's set, any
//! case), the single-line pairs `「…」` `«…»` `“…”` `‘…’`, Python's backslash escapes, bytes
//! (ASCII only) and the date literal `〔2024-01-15〕`. F-strings are in `fstring.rs`.
use super::Lexer;
use crate::diagnostics::Code;
use crate::syntax::token::TokenKind;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct StringPrefix {
    pub(super) raw: bool,
    pub(super) bytes: bool,
    pub(super) format: bool,
}

impl StringPrefix {
    /// `rb`, `F`, `Rf`, `u`, ...: Python's prefixes, case-insensitive, in any order.
    pub(super) fn parse(letters: &str) -> Option<StringPrefix> {
        let mut prefix = StringPrefix::default();
        let mut unicode = false;
        for c in letters.chars() {
            let seen = match c.to_ascii_lowercase() {
                'r' => &mut prefix.raw,
                'b' => &mut prefix.bytes,
                'f' => &mut prefix.format,
                'u' => &mut unicode,
                _ => return None,
            };
            if std::mem::replace(seen, true) {
                return None;
            }
        }
        let other = prefix.raw || prefix.bytes || prefix.format;
        if (prefix.bytes && prefix.format) || (unicode && other) {
            return None;
        }
        Some(prefix)
    }
}

/// How a string literal ends.
#[derive(Clone, Copy, Debug)]
pub(super) struct Closer {
    pub(super) quote: char,
    /// `'''` / `"""`: the quote three times, and line breaks are allowed.
    pub(super) triple: bool,
}

impl Closer {
    pub(super) fn len(self) -> usize {
        self.quote.len_utf8() * if self.triple { 3 } else { 1 }
    }
}

/// The value being built: text, or bytes for `b'…'`.
pub(super) enum Buffer {
    Text(String),
    Bytes(Vec<u8>),
}

impl Buffer {
    fn push_str(&mut self, s: &str) {
        match self {
            Buffer::Text(text) => text.push_str(s),
            Buffer::Bytes(bytes) => bytes.extend_from_slice(s.as_bytes()),
        }
    }

    pub(super) fn push(&mut self, c: char) {
        match self {
            Buffer::Text(text) => text.push(c),
            // Only ASCII characters and escapes below 256 reach a bytes buffer.
            Buffer::Bytes(bytes) => bytes.push(c as u32 as u8),
        }
    }

    pub(super) fn take_text(&mut self) -> String {
        match self {
            Buffer::Text(text) => std::mem::take(text),
            Buffer::Bytes(_) => String::new(),
        }
    }
}

impl Lexer<'_> {
    /// The closing delimiter starts at the current position.
    pub(super) fn at_closer(&self, closer: Closer) -> bool {
        let rest = &self.text[self.pos..];
        let mut quotes = rest.chars().take_while(|&c| c == closer.quote);
        if closer.triple {
            quotes.nth(2).is_some()
        } else {
            quotes.next().is_some()
        }
    }

    /// `'…'`, `"…"` or a triple-quoted string; the position is at the opening quote,
    /// `start` at the prefix.
    pub(super) fn quoted_string(&mut self, start: usize, prefix: StringPrefix) {
        let quote = self.bytes[self.pos] as char;
        let triple = self.bytes[self.pos..].starts_with(&[quote as u8; 3]);
        let closer = Closer { quote, triple };
        self.pos += closer.len();
        if prefix.format {
            self.fstring(start, prefix, closer);
        } else {
            self.string_body(start, prefix, closer);
        }
    }

    /// `「…」`, `«…»`, `“…”`, `‘…’`: single-line, escapes processed.
    pub(super) fn paired_string(&mut self, quote: char) {
        let start = self.pos;
        self.pos += self.peek_char().map_or(1, char::len_utf8);
        let closer = Closer {
            quote,
            triple: false,
        };
        self.string_body(start, StringPrefix::default(), closer);
    }

    fn string_body(&mut self, start: usize, prefix: StringPrefix, closer: Closer) {
        let body_start = self.pos;
        let mut buffer = if prefix.bytes {
            Buffer::Bytes(Vec::new())
        } else {
            Buffer::Text(String::new())
        };
        let mut rejected = false;
        loop {
            // Fast path: a run of bytes that need no attention.
            let rest = &self.bytes[self.pos..];
            let stop_non_ascii = prefix.bytes || !closer.quote.is_ascii();
            let run = rest
                .iter()
                .position(|&b| {
                    matches!(b, b'\\' | b'\n' | b'\r')
                        || b == closer.quote as u8
                        || (b >= 0x80 && stop_non_ascii)
                })
                .unwrap_or(rest.len());
            buffer.push_str(&self.text[self.pos..self.pos + run]);
            self.pos += run;
            let Some(c) = self.peek_char() else {
                return self.unterminated(start, body_start);
            };
            if c == closer.quote && self.at_closer(closer) {
                self.pos += closer.len();
                break;
            }
            match c {
                '\n' if !closer.triple => return self.unterminated(start, body_start),
                '\r' if self.bytes.get(self.pos + 1) == Some(&b'\n') => {
                    if !closer.triple {
                        return self.unterminated(start, body_start);
                    }
                    buffer.push('\n');
                    self.pos += 2;
                }
                '\\' if prefix.raw => self.raw_backslash(&mut buffer),
                '\\' => self.escape(&mut buffer),
                _ => {
                    if prefix.bytes && !c.is_ascii() {
                        self.error(Code::UnexpectedCharacter, self.pos, self.pos + c.len_utf8())
                            .args
                            .push(("char", c.to_string()));
                        rejected = true;
                    } else {
                        buffer.push(c);
                    }
                    self.pos += c.len_utf8();
                }
            }
        }
        let kind = match buffer {
            _ if rejected => TokenKind::Error,
            Buffer::Text(text) => TokenKind::Str(text),
            Buffer::Bytes(bytes) => TokenKind::Bytes(bytes),
        };
        self.push(kind, start, self.pos);
    }

    /// Reports a string that does not end on its line (or before the end of the file) at its
    /// opening quote, and turns what was read into an `Error` token.
    pub(super) fn unterminated(&mut self, start: usize, body_start: usize) {
        self.error(Code::UnterminatedString, start, body_start);
        self.push(TokenKind::Error, start, self.pos);
    }

    /// In a raw string a backslash is kept, together with the character after it (which
    /// therefore never closes the string).
    pub(super) fn raw_backslash(&mut self, buffer: &mut Buffer) {
        buffer.push('\\');
        self.pos += 1;
        match &self.bytes[self.pos..] {
            [b'\r', b'\n', ..] => {
                buffer.push('\n');
                self.pos += 2;
            }
            _ => {
                if let Some(c) = self.peek_char().filter(|c| c.is_ascii()) {
                    buffer.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// A backslash escape of a non-raw string; the position is at the backslash.
    pub(super) fn escape(&mut self, buffer: &mut Buffer) {
        let start = self.pos;
        let bytes = matches!(buffer, Buffer::Bytes(_));
        let Some(c) = self.char_at(start + 1) else {
            buffer.push('\\');
            self.pos += 1;
            return;
        };
        self.pos = start + 1 + c.len_utf8();
        let simple = match c {
            '\n' => return,
            '\r' if self.bytes.get(self.pos) == Some(&b'\n') => {
                self.pos += 1;
                return;
            }
            '\\' | '\'' | '"' => Some(c),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(value) = simple {
            return buffer.push(value);
        }
        let value = match c {
            '0'..='7' => {
                let digits = self.further_digits(3, 8);
                let value = u32::from_str_radix(&format!("{c}{digits}"), 8).unwrap_or(0);
                Some(if bytes { value & 0xff } else { value })
            }
            'x' => self.fixed_hex(2),
            'u' if !bytes => self.fixed_hex(4),
            'U' if !bytes => self.fixed_hex(8),
            'N' if !bytes => {
                // Named characters need the Unicode name table: not supported yet.
                let rest = &self.bytes[self.pos..];
                let close = rest.iter().position(|&b| matches!(b, b'}' | b'\n'));
                match close {
                    Some(i) if rest[0] == b'{' && rest[i] == b'}' && i > 1 => {
                        self.pos += i + 1;
                        let escape = self.text[start..self.pos].to_string();
                        self.error(Code::NotSupportedYet, start, self.pos)
                            .args
                            .push(("what", escape));
                        return;
                    }
                    _ => None,
                }
            }
            _ => {
                // Unknown escapes are kept as written, backslash included.
                buffer.push('\\');
                self.pos = start + 1;
                return;
            }
        };
        match value.and_then(char::from_u32) {
            Some(value) => buffer.push(value),
            None => {
                let escape = self.text[start..self.pos].to_string();
                self.error(Code::InvalidEscape, start, self.pos)
                    .args
                    .push(("escape", escape));
            }
        }
    }

    /// Up to `max` further digits of `radix` (the first was already read).
    fn further_digits(&mut self, max: usize, radix: u32) -> String {
        let rest = &self.bytes[self.pos..];
        let count = rest
            .iter()
            .take(max - 1)
            .take_while(|&&b| (b as char).is_digit(radix))
            .count();
        let digits = self.text[self.pos..self.pos + count].to_string();
        self.pos += count;
        digits
    }

    /// Exactly `count` hexadecimal digits; `None` if there are fewer.
    fn fixed_hex(&mut self, count: usize) -> Option<u32> {
        let rest = &self.bytes[self.pos..];
        let found = rest
            .iter()
            .take(count)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let digits = &self.text[self.pos..self.pos + found];
        self.pos += found;
        if found < count {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// `〔2024-01-15〕`: the inner text, on one line.
    pub(super) fn date(&mut self) {
        let start = self.pos;
        self.pos += '〔'.len_utf8();
        let body_start = self.pos;
        let rest = &self.text[body_start..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        match line.find('〕') {
            Some(close) => {
                let inner = line[..close].trim_end_matches('\r').to_string();
                self.pos = body_start + close + '〕'.len_utf8();
                self.push(TokenKind::Date(inner), start, self.pos);
            }
            None => {
                self.pos = body_start + line.trim_end_matches('\r').len();
                self.unterminated(start, body_start);
            }
        }
    }
}
