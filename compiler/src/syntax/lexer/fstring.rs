//! F-strings (Python 3.12): literal text with escapes, `{{`/`}}`, replacement fields
//! `{expr=!conv:spec}` whose spec may hold nested fields, and strings of either quote inside
//! the expressions. Expressions are not lexed here: a field records their span, which the
//! parser lexes with `lex_span`.
use super::Lexer;
use super::strings::{Buffer, Closer, StringPrefix};
use crate::diagnostics::Code;
use crate::source::Span;
use crate::syntax::token::{FStringPart, TokenKind};

/// Fields nested in format specs (`{x:{w}}` is one level); Python allows two.
const MAX_SPEC_NESTING: usize = 2;

impl Lexer<'_> {
    /// The position is after the opening quote(s), `start` at the prefix.
    pub(super) fn fstring(&mut self, start: usize, prefix: StringPrefix, closer: Closer) {
        let body_start = self.pos - closer.len();
        let parts = self.fstring_parts(prefix.raw, closer, 0);
        if self.at_closer(closer) {
            self.pos += closer.len();
            self.push(TokenKind::FString(parts), start, self.pos);
        } else {
            self.unterminated(start, body_start + closer.len());
        }
    }

    /// Literal text and fields up to the closing quote, the end of a single-quoted line or, in
    /// a format spec (`depth` > 0), the `}` that ends the field; none of these is consumed.
    fn fstring_parts(&mut self, raw: bool, closer: Closer, depth: usize) -> Vec<FStringPart> {
        let mut parts = Vec::new();
        let mut literal = Buffer::Text(String::new());
        while let Some(c) = self.peek_char() {
            if c == closer.quote && self.at_closer(closer) {
                break;
            }
            let next = self.char_at(self.pos + c.len_utf8());
            match c {
                '\n' if !closer.triple => break,
                '\r' if next == Some('\n') => {
                    if !closer.triple {
                        break;
                    }
                    literal.push('\n');
                    self.pos += 2;
                }
                '{' | '}' if next == Some(c) => {
                    literal.push(c);
                    self.pos += 2;
                }
                '}' if depth > 0 => break,
                '}' => {
                    self.error(Code::InvalidFString, self.pos, self.pos + 1);
                    self.pos += 1;
                }
                '{' => {
                    if let Some(field) = self.field(raw, closer, depth) {
                        flush(&mut literal, &mut parts);
                        parts.push(field);
                    }
                }
                '\\' if raw => self.raw_backslash(&mut literal),
                '\\' => self.escape(&mut literal),
                _ => {
                    literal.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
        flush(&mut literal, &mut parts);
        parts
    }

    /// A replacement field; the position is at its `{`. `None` (after a diagnostic) if it has no
    /// expression or is nested too deeply.
    fn field(&mut self, raw: bool, closer: Closer, depth: usize) -> Option<FStringPart> {
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        let debug = self.field_expression(closer);
        let expr = Span::new(expr_start, self.pos);
        let mut valid = !self.text[expr_start..self.pos].trim().is_empty();
        let mut debug_text = None;
        if debug {
            self.pos += 1;
            let spaces = self.bytes[self.pos..]
                .iter()
                .take_while(|&&b| b == b' ')
                .count();
            self.pos += spaces;
            debug_text = Some(self.text[expr_start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.peek_char() == Some('!') {
            self.pos += 1;
            match self.peek_char() {
                Some(c @ ('r' | 's' | 'a')) => {
                    conversion = Some(c);
                    self.pos += 1;
                }
                _ => valid = false,
            }
        }
        let mut spec = Vec::new();
        if self.peek_char() == Some(':') {
            self.pos += 1;
            if depth >= MAX_SPEC_NESTING {
                valid = false;
            }
            spec = self.fstring_parts(raw, closer, depth + 1);
        }
        if self.peek_char() != Some('}') {
            valid = false;
            self.skip_to_field_end(closer);
        }
        if self.peek_char() == Some('}') {
            self.pos += 1;
        }
        if !valid {
            self.error(Code::InvalidFString, open, self.pos.max(open + 1));
            return None;
        }
        // Python: `{x=}` shows the repr unless a conversion or a format spec is given.
        if debug_text.is_some() && conversion.is_none() && spec.is_empty() {
            conversion = Some('r');
        }
        Some(FStringPart::Field {
            expr,
            debug_text,
            conversion,
            spec,
        })
    }

    /// Moves to the end of a field's expression: the `}`, `!`, `:` or debugging `=` at bracket
    /// depth 0. Returns true if it stopped at a debugging `=`. Strings inside are skipped; a
    /// quote whose string does not end on the line is taken as the end of the f-string.
    fn field_expression(&mut self, closer: Closer) -> bool {
        let mut depth = 0usize;
        let mut previous = '{';
        while let Some(c) = self.peek_char() {
            let next = self.char_at(self.pos + c.len_utf8());
            match c {
                '\n' if !closer.triple => return false,
                '\'' | '"' => match self.skip_inner_string(closer) {
                    Some(end) => {
                        self.pos = end;
                        previous = c;
                        continue;
                    }
                    None => return false,
                },
                '(' | '[' | '{' | '（' | '［' | '｛' => depth += 1,
                ')' | ']' | '）' | '］' | '｝' => depth = depth.saturating_sub(1),
                '}' if depth > 0 => depth -= 1,
                '}' => return false,
                ':' if depth == 0 => return false,
                '!' if depth == 0 && next != Some('=') => return false,
                '=' if depth == 0
                    && next != Some('=')
                    && !matches!(previous, '=' | '!' | '<' | '>') =>
                {
                    return true;
                }
                _ => {}
            }
            previous = c;
            self.pos += c.len_utf8();
        }
        false
    }

    /// Error recovery: moves to the `}` that probably ends a malformed field, without leaving
    /// the line or the f-string.
    fn skip_to_field_end(&mut self, closer: Closer) {
        while let Some(c) = self.peek_char() {
            if c == '}' || c == '\n' || (c == closer.quote && self.at_closer(closer)) {
                return;
            }
            self.pos += c.len_utf8();
        }
    }

    /// The end of the string literal starting at the current quote inside a field expression,
    /// if it ends (on the same line unless either string is triple-quoted).
    fn skip_inner_string(&self, outer: Closer) -> Option<usize> {
        let quote = self.bytes[self.pos];
        let triple = self.bytes[self.pos..].starts_with(&[quote; 3]);
        let len = if triple { 3 } else { 1 };
        let mut pos = self.pos + len;
        while let Some(&b) = self.bytes.get(pos) {
            match b {
                b'\\' => pos += 2,
                b'\n' if !triple && !outer.triple => return None,
                _ if b == quote && (!triple || self.bytes[pos..].starts_with(&[quote; 3])) => {
                    return Some(pos + len);
                }
                _ => pos += 1,
            }
        }
        None
    }
}

fn flush(literal: &mut Buffer, parts: &mut Vec<FStringPart>) {
    let text = literal.take_text();
    if !text.is_empty() {
        parts.push(FStringPart::Literal(text));
    }
}
