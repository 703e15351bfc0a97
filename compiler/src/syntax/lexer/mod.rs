//! The lexer: source text -> tokens (+ diagnostics). Never fails, never panics.
//!
//! One pass over the bytes with an ASCII fast path; each kind of token is scanned in its own
//! module. Layout (NEWLINE / INDENT / DEDENT) follows Python's tokenizer: implicit line joining
//! inside brackets, `\` continuation, blank and comment-only lines ignored.
mod brackets;
mod chars;
mod cjk;
mod fstring;
mod indent;
pub(crate) mod keywords;
mod numbers;
mod operators;
mod strings;
#[cfg(test)]
mod tests;

use brackets::{Brackets, Closing};
use indent::{Change, Indents, Width};
use keywords::KeywordTable;
use strings::StringPrefix;

use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon::Lexicon;
use crate::source::{SourceFile, Span};
use crate::syntax::token::{FStringPart, Op, Token, TokenKind};

/// Lexes a whole file in the given language. The tokens always end with `Eof`.
pub fn lex(file: &SourceFile, lexicon: &'static Lexicon) -> (Vec<Token>, Vec<Diagnostic>) {
    let start = if file.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    let lexer = Lexer::new(&file.text, start, keywords::table_for(lexicon), Mode::File);
    lexer.run()
}

/// Lexes the text at `span` of `file` as one expression, e.g. an f-string field
/// (`FStringPart::Field::expr`): no NEWLINE, INDENT or DEDENT, line breaks are ignored as inside
/// brackets. Token spans are positions in `file`; the tokens end with `Eof` at `span.end`.
pub fn lex_span(
    file: &SourceFile,
    span: Span,
    lexicon: &'static Lexicon,
) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut end = (span.end as usize).min(file.text.len());
    while !file.text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = (span.start as usize).min(end);
    while !file.text.is_char_boundary(start) {
        start -= 1;
    }
    let lexer = Lexer::new(
        &file.text[..end],
        start,
        keywords::table_for(lexicon),
        Mode::Embedded,
    );
    lexer.run()
}

/// The spans of the identifier words of `text` outside strings and comments (f-string fields
/// included), for language detection (no keyword is recognized).
pub(crate) fn words(text: &str) -> Vec<Span> {
    /// Bounds the work on hostile input (f-strings nested in f-strings ...).
    const MAX_FIELDS: usize = 10_000;
    let mut words = Vec::new();
    let (mut tokens, _) = Lexer::new(text, 0, keywords::no_keywords(), Mode::File).run();
    let mut fields = Vec::new();
    let mut lexed_fields = 0;
    loop {
        for token in tokens {
            match token.kind {
                TokenKind::Name(_) => words.push(token.span),
                TokenKind::FString(parts) => field_spans(&parts, &mut fields),
                _ => {}
            }
        }
        let Some(field) = fields.pop().filter(|_| lexed_fields < MAX_FIELDS) else {
            break;
        };
        lexed_fields += 1;
        let end = (field.end as usize).min(text.len());
        let embedded = Lexer::new(
            &text[..end],
            field.start as usize,
            keywords::no_keywords(),
            Mode::Embedded,
        );
        tokens = embedded.run().0;
    }
    words.sort_by_key(|span| span.start);
    words
}

fn field_spans(parts: &[FStringPart], out: &mut Vec<Span>) {
    let mut pending: Vec<&[FStringPart]> = vec![parts];
    while let Some(parts) = pending.pop() {
        for part in parts {
            if let FStringPart::Field { expr, spec, .. } = part {
                out.push(*expr);
                pending.push(spec);
            }
        }
    }
}

/// Splits an identifier run mixing CJK and other characters at a keyword (rule in `cjk.rs`).
pub(crate) fn split_mixed_cjk<K>(
    word: &str,
    keyword: impl Fn(&str) -> Option<K>,
) -> Option<Vec<(std::ops::Range<usize>, Option<K>)>> {
    cjk::split(word, keyword)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// A whole file: layout tokens are produced.
    File,
    /// An expression inside a file (f-string field): no layout tokens.
    Embedded,
}

struct Lexer<'a> {
    /// The text up to the end of what is lexed; offsets are offsets of the whole file.
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    keywords: &'a KeywordTable,
    mode: Mode,
    tokens: Vec<Token>,
    diagnostics: Vec<Diagnostic>,
    brackets: Brackets,
    indents: Indents,
    /// The current logical line has produced a token (so it ends with NEWLINE).
    line_has_tokens: bool,
    /// At the start of a physical line that starts a logical line.
    at_line_start: bool,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, start: usize, keywords: &'a KeywordTable, mode: Mode) -> Self {
        Lexer {
            text,
            bytes: text.as_bytes(),
            pos: start,
            keywords,
            mode,
            tokens: Vec::with_capacity(text.len().saturating_sub(start) / 6 + 1),
            diagnostics: Vec::new(),
            brackets: Brackets::default(),
            indents: Indents::default(),
            line_has_tokens: false,
            at_line_start: mode == Mode::File,
        }
    }

    fn run(mut self) -> (Vec<Token>, Vec<Diagnostic>) {
        if self.mode == Mode::File {
            self.report_nul_bytes();
        }
        while self.pos < self.bytes.len() {
            if self.at_line_start {
                self.start_line();
            } else {
                self.next_token();
            }
        }
        self.finish();
        (self.tokens, self.diagnostics)
    }

    fn next_token(&mut self) {
        let start = self.pos;
        match self.bytes[start] {
            b' ' | b'\t' | b'\x0c' => self.pos += 1,
            b'\n' => self.newline(1),
            b'\r' if self.bytes.get(start + 1) == Some(&b'\n') => self.newline(2),
            b'\r' => self.pos += 1,
            b'#' => self.skip_comment(),
            b'\\' => self.continuation(),
            b'0'..=b'9' => self.number(),
            b'.' if self.bytes.get(start + 1).is_some_and(u8::is_ascii_digit) => self.number(),
            b'\'' | b'"' => self.quoted_string(start, StringPrefix::default()),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => self.word(),
            0 => {
                // Reported for the whole file by `report_nul_bytes`.
                self.push(TokenKind::Error, start, start + 1);
                self.pos += 1;
            }
            b if b < 0x80 => {
                if !self.operator() {
                    self.reject(Code::UnexpectedCharacter, b as char);
                }
            }
            _ => self.non_ascii(),
        }
    }

    fn non_ascii(&mut self) {
        let Some(c) = self.peek_char() else {
            self.pos = self.bytes.len();
            return;
        };
        match c {
            // Left by the driver for invalid UTF-8, which it has reported already.
            '\u{fffd}' => self.pos += c.len_utf8(),
            '「' => self.paired_string('」'),
            '«' => self.paired_string('»'),
            '“' => self.paired_string('”'),
            '‘' => self.paired_string('’'),
            '〔' => self.date(),
            _ if chars::digit_value(c).is_some() => self.number(),
            _ if chars::is_ident_start(c) => self.word(),
            _ if chars::is_unicode_space(c) => self.pos += c.len_utf8(),
            _ => {
                if !self.operator() {
                    self.reject(Code::UnexpectedCharacter, c);
                }
            }
        }
    }

    fn peek_char(&self) -> Option<char> {
        self.text.get(self.pos..)?.chars().next()
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.line_has_tokens = true;
        self.push_layout(kind, start, end);
    }

    /// A token that does not make the line non-empty (NEWLINE, INDENT, DEDENT, EOF).
    fn push_layout(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            span: Span::new(start, end),
        });
    }

    fn error(&mut self, code: Code, start: usize, end: usize) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::error(code, Span::new(start, end)));
        let last = self.diagnostics.len() - 1;
        &mut self.diagnostics[last]
    }

    /// A character that cannot start any token: a diagnostic and an `Error` token.
    fn reject(&mut self, code: Code, c: char) {
        let start = self.pos;
        let end = start + c.len_utf8();
        let diagnostic = self.error(code, start, end);
        if code == Code::UnexpectedCharacter {
            diagnostic.args.push(("char", c.to_string()));
        }
        self.push(TokenKind::Error, start, end);
        self.pos = end;
    }

    /// NUL bytes are rejected anywhere, inside strings and comments too (as in Python).
    fn report_nul_bytes(&mut self) {
        let bytes = self.bytes;
        for (at, _) in bytes.iter().enumerate().filter(|&(_, &b)| b == 0) {
            self.error(Code::NulByte, at, at + 1);
        }
    }

    // ---- layout ----

    fn start_line(&mut self) {
        self.at_line_start = false;
        let line_start = self.pos;
        let (width, len) = Width::measure(&self.bytes[line_start..]);
        self.pos += len;
        let rest = &self.bytes[self.pos..];
        if matches!(rest, [] | [b'\n', ..] | [b'\r', b'\n', ..] | [b'#', ..]) {
            return; // blank or comment-only line
        }
        let (change, error) = self.indents.line(width);
        if let Some(code) = error {
            self.error(code, line_start, self.pos);
        }
        match change {
            Change::Same => {}
            Change::Indent => self.push_layout(TokenKind::Indent, line_start, self.pos),
            Change::Dedent(count) => {
                for _ in 0..count {
                    self.push_layout(TokenKind::Dedent, self.pos, self.pos);
                }
            }
        }
    }

    fn newline(&mut self, len: usize) {
        let start = self.pos;
        self.pos += len;
        if self.mode == Mode::Embedded || !self.brackets.is_empty() {
            return;
        }
        if self.line_has_tokens {
            self.push_layout(TokenKind::Newline, start, start + len);
            self.line_has_tokens = false;
        }
        self.at_line_start = true;
    }

    fn skip_comment(&mut self) {
        let rest = &self.bytes[self.pos..];
        self.pos += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    }

    /// `\` at the end of a line joins it with the next one.
    fn continuation(&mut self) {
        match &self.bytes[self.pos + 1..] {
            [b'\n', ..] => self.pos += 2,
            [b'\r', b'\n', ..] => self.pos += 3,
            _ => self.reject(Code::UnexpectedCharacter, '\\'),
        }
    }

    fn finish(&mut self) {
        let end = self.bytes.len();
        // Like Python, only the innermost bracket left open is reported.
        if let Some(open) = self.brackets.unclosed().last() {
            let bracket = self.text[open.start as usize..open.end as usize].to_string();
            self.error(
                Code::UnclosedBracket,
                open.start as usize,
                open.end as usize,
            )
            .args
            .push(("bracket", bracket));
        }
        if self.mode == Mode::File {
            if self.line_has_tokens {
                self.push_layout(TokenKind::Newline, end, end);
            }
            for _ in 0..self.indents.open_levels() {
                self.push_layout(TokenKind::Dedent, end, end);
            }
        }
        self.push_layout(TokenKind::Eof, end, end);
    }

    // ---- tokens ----

    fn number(&mut self) {
        let start = self.pos;
        let (end, kind) = numbers::scan(self.text, start);
        let end = end.max(start + 1);
        self.pos = end;
        match kind {
            Some(kind) => self.push(kind, start, end),
            None => {
                let number = self.text[start..end].to_string();
                self.error(Code::InvalidNumber, start, end)
                    .args
                    .push(("text", number));
                self.push(TokenKind::Error, start, end);
            }
        }
    }

    /// The end of the identifier run starting at `start`.
    fn ident_end(&self, start: usize) -> usize {
        let mut pos = start;
        while let Some(&b) = self.bytes.get(pos) {
            if b.is_ascii_alphanumeric() || b == b'_' {
                pos += 1;
            } else if b >= 0x80 {
                match self.char_at(pos) {
                    Some(c) if chars::is_ident_continue(c) => pos += c.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        pos
    }

    fn word(&mut self) {
        let start = self.pos;
        let end = self.ident_end(start);
        let word = &self.text[start..end];
        let before_quote = matches!(self.bytes.get(end), Some(b'\'' | b'"'));
        if let Some(prefix) = StringPrefix::parse(word).filter(|_| before_quote && end - start <= 2)
        {
            self.pos = end;
            self.quoted_string(start, prefix);
            return;
        }
        self.pos = end;
        if self.keywords.starts_phrase(word) && self.phrase(start, end) {
            return;
        }
        if let Some(keyword) = self.keywords.word(word) {
            self.push(TokenKind::Keyword(keyword), start, end);
            return;
        }
        let keywords = self.keywords;
        let split = cjk::split(word, |piece| {
            keywords.word(piece).filter(|&k| keywords::is_splittable(k))
        });
        match split {
            Some(pieces) => {
                for (range, keyword) in pieces {
                    let kind = match keyword {
                        Some(keyword) => TokenKind::Keyword(keyword),
                        None => TokenKind::Name(word[range.clone()].to_string()),
                    };
                    self.push(kind, start + range.start, start + range.end);
                }
            }
            None => self.push(TokenKind::Name(word.to_string()), start, end),
        }
    }

    /// A keyword phrase starting with the word at `start..end` (longest match): words separated
    /// by spaces or tabs on one line. Returns false if no phrase matches.
    fn phrase(&mut self, start: usize, end: usize) -> bool {
        let mut words = [""; keywords::MAX_PHRASE_WORDS];
        let mut ends = [0; keywords::MAX_PHRASE_WORDS];
        words[0] = &self.text[start..end];
        ends[0] = end;
        let mut count = 1;
        let mut pos = end;
        while count < keywords::MAX_PHRASE_WORDS {
            let gap = self.bytes[pos..]
                .iter()
                .take_while(|&&b| b == b' ' || b == b'\t')
                .count();
            let word_start = pos + gap;
            if gap == 0 || !self.char_at(word_start).is_some_and(chars::is_ident_start) {
                break;
            }
            pos = self.ident_end(word_start);
            words[count] = &self.text[word_start..pos];
            ends[count] = pos;
            count += 1;
        }
        for n in (2..=count).rev() {
            if let Some(keyword) = self.keywords.phrase(&words[..n]) {
                self.pos = ends[n - 1];
                self.push(TokenKind::Keyword(keyword), start, self.pos);
                return true;
            }
        }
        false
    }

    /// An operator or delimiter (Unicode alternatives included); false if there is none here.
    fn operator(&mut self) -> bool {
        let start = self.pos;
        let Some(first) = self.peek_char() else {
            return false;
        };
        if let Some(op) = operators::composite(first) {
            self.pos += first.len_utf8();
            self.push(TokenKind::Op(op), start, self.pos);
            return true;
        }
        let mut ascii = [0u8; 3];
        let mut ends = [0usize; 3];
        let mut count = 0;
        let mut pos = start;
        while count < 3 {
            let Some(a) = self.char_at(pos).and_then(|c| {
                pos += c.len_utf8();
                operators::ascii_equivalent(c)
            }) else {
                break;
            };
            ascii[count] = a;
            ends[count] = pos;
            count += 1;
        }
        let Some((op, len)) = operators::longest(&ascii[..count]) else {
            return false;
        };
        let end = ends[len - 1];
        self.pos = end;
        match op {
            Op::LParen | Op::LBracket | Op::LBrace => self.open_bracket(ascii[0], start, end),
            Op::RParen | Op::RBracket | Op::RBrace => self.close_bracket(ascii[0], start, end),
            _ => {}
        }
        self.push(TokenKind::Op(op), start, end);
        true
    }

    fn open_bracket(&mut self, bracket: u8, start: usize, end: usize) {
        if !self.brackets.open(bracket, Span::new(start, end)) {
            self.error(Code::NestingTooDeep, start, end)
                .args
                .push(("limit", brackets::MAX_DEPTH.to_string()));
        }
    }

    fn close_bracket(&mut self, bracket: u8, start: usize, end: usize) {
        let closing = self.brackets.close(bracket);
        if closing == Closing::Matched {
            return;
        }
        let spelling = self.text[start..end].to_string();
        match closing {
            Closing::Matched => {}
            Closing::Unmatched => {
                self.error(Code::UnmatchedBracket, start, end)
                    .args
                    .push(("bracket", spelling));
            }
            Closing::Mismatched { open } => {
                let opening = self.text[open.start as usize..open.end as usize].to_string();
                let diagnostic = self.error(Code::MismatchedBracket, start, end);
                diagnostic.args.push(("found", spelling));
                diagnostic.args.push(("open", opening));
            }
        }
    }
}
