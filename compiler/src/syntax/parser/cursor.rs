//! Token cursor: looking at and consuming tokens, brackets, `expect` helpers, diagnostics and
//! recovery at statement boundaries.

use super::{Bail, MAX_CHAIN, MAX_NESTING, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon::Lexicon;
use crate::source::{SourceFile, Span};
use crate::syntax::ast::Name;
use crate::syntax::token::{Keyword, Op, Token, TokenKind};

impl<'a> Parser<'a> {
    pub(super) fn new(
        file: &'a SourceFile,
        tokens: &'a [Token],
        lexicon: &'static Lexicon,
    ) -> Parser<'a> {
        let end = tokens
            .last()
            .map_or(file.text.len(), |t| t.span.end as usize);
        Parser {
            file,
            tokens,
            lexicon,
            pos: 0,
            limit: tokens.len(),
            last_end: 0,
            brackets: 0,
            depth: 0,
            links: 0,
            eof: Token {
                kind: TokenKind::Eof,
                span: Span::new(end, end),
            },
            diagnostics: Vec::new(),
            stmt_buffers: Default::default(),
            expr_buffers: Default::default(),
        }
    }

    // ----- looking -----

    pub(super) fn token_at(&self, index: usize) -> &Token {
        if index < self.limit {
            self.tokens.get(index).unwrap_or(&self.eof)
        } else {
            &self.eof
        }
    }

    /// The current token borrowed from the token slice rather than from the parser (so the
    /// parser may go on while it is in use); `None` where [`Parser::tok`] is `Eof`.
    pub(super) fn token_in_slice(&self) -> Option<&'a Token> {
        let tokens: &'a [Token] = self.tokens;
        if self.pos < self.limit {
            tokens.get(self.pos)
        } else {
            None
        }
    }

    pub(super) fn tok(&self) -> &Token {
        self.token_at(self.pos)
    }

    pub(super) fn kind(&self) -> &TokenKind {
        &self.tok().kind
    }

    pub(super) fn span(&self) -> Span {
        self.tok().span
    }

    /// Start offset of the current token: where the next node begins.
    pub(super) fn start(&self) -> u32 {
        self.span().start
    }

    /// Span from `start` to the end of the last consumed token.
    pub(super) fn span_from(&self, start: u32) -> Span {
        Span {
            start,
            end: self.last_end.max(start),
        }
    }

    /// The kind of the token `n` places ahead (line breaks skipped inside brackets).
    pub(super) fn peek_kind(&self, n: usize) -> &TokenKind {
        let mut index = self.pos;
        let mut left = n;
        loop {
            let token = self.token_at(index);
            if matches!(token.kind, TokenKind::Eof) {
                return &token.kind;
            }
            if !(self.brackets > 0 && is_layout(&token.kind)) {
                if left == 0 {
                    return &token.kind;
                }
                left -= 1;
            }
            index += 1;
        }
    }

    pub(super) fn at_op(&self, op: Op) -> bool {
        matches!(self.kind(), TokenKind::Op(o) if *o == op)
    }

    pub(super) fn at_kw(&self, kw: Keyword) -> bool {
        matches!(self.kind(), TokenKind::Keyword(k) if *k == kw)
    }

    pub(super) fn at_eof(&self) -> bool {
        matches!(self.kind(), TokenKind::Eof)
    }

    /// At the end of a simple statement: newline, `;`, end of file or a dedent.
    pub(super) fn at_line_end(&self) -> bool {
        matches!(
            self.kind(),
            TokenKind::Newline | TokenKind::Eof | TokenKind::Dedent | TokenKind::Op(Op::Semicolon)
        )
    }

    /// The text the user typed for a span.
    pub(super) fn text(&self, span: Span) -> &'a str {
        self.file.slice(span)
    }

    /// How to quote the current token in a diagnostic.
    #[cold]
    #[inline(never)]
    pub(super) fn found(&self) -> String {
        describe(self.file, self.tok())
    }

    // ----- consuming -----

    /// Consumes the current token and returns its span.
    pub(super) fn bump(&mut self) -> Span {
        let span = self.span();
        if !self.at_eof() {
            self.last_end = span.end;
            self.pos += 1;
        }
        self.skip_layout_in_brackets();
        span
    }

    pub(super) fn eat_op(&mut self, op: Op) -> bool {
        let at = self.at_op(op);
        if at {
            self.bump();
        }
        at
    }

    pub(super) fn eat_kw(&mut self, kw: Keyword) -> bool {
        let at = self.at_kw(kw);
        if at {
            self.bump();
        }
        at
    }

    pub(super) fn expect_op(&mut self, op: Op) -> PResult<Span> {
        if self.at_op(op) {
            return Ok(self.bump());
        }
        if op == Op::Colon {
            return Err(self.error_here(Code::ExpectedColon));
        }
        Err(self.unexpected(op_text(op)))
    }

    pub(super) fn expect_kw(&mut self, kw: Keyword) -> PResult<Span> {
        if self.at_kw(kw) {
            return Ok(self.bump());
        }
        let spelling = self.keyword_spelling(kw);
        Err(self.unexpected(spelling))
    }

    /// The canonical spelling of a keyword in the file's language (for diagnostics).
    pub(super) fn keyword_spelling(&self, kw: Keyword) -> &'static str {
        self.lexicon
            .spellings(kw.concept_id())
            .first()
            .copied()
            .unwrap_or(kw.concept_id())
    }

    /// Consumes a name: an identifier, or an identifier-like keyword (`afficher` is `print`).
    pub(super) fn expect_name(&mut self) -> PResult<Name> {
        match self.name_here() {
            Some(name) => {
                self.bump();
                Ok(name)
            }
            None => Err(self.error_here(Code::ExpectedIdentifier)),
        }
    }

    /// Whether the current token can be a name (see [`Parser::name_here`]).
    pub(super) fn at_name(&self) -> bool {
        match self.kind() {
            TokenKind::Name(_) => true,
            TokenKind::Keyword(kw) => is_name_keyword(*kw),
            _ => false,
        }
    }

    /// The current token as a name, if it can be one (without consuming it).
    pub(super) fn name_here(&self) -> Option<Name> {
        let token = self.tok();
        let text = self.text(token.span);
        match &token.kind {
            TokenKind::Name(id) => Some(Name {
                id: id.clone(),
                spelling: None,
                span: token.span,
            }),
            TokenKind::Keyword(kw) => {
                if let Some(builtin) = kw.builtin_name() {
                    Some(Name {
                        id: builtin.to_string(),
                        spelling: (text != builtin).then(|| text.to_string()),
                        span: token.span,
                    })
                } else if is_soft_keyword(*kw) {
                    Some(Name {
                        id: text.to_string(),
                        spelling: None,
                        span: token.span,
                    })
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    // ----- brackets -----

    /// Consumes an opening bracket: line breaks stop mattering until the matching close.
    pub(super) fn open_bracket(&mut self) -> Span {
        self.brackets += 1;
        self.bump()
    }

    /// Consumes the closing bracket `op` matching an [`Parser::open_bracket`].
    pub(super) fn close_bracket(&mut self, op: Op) -> PResult<Span> {
        self.brackets = self.brackets.saturating_sub(1);
        if self.at_op(op) {
            return Ok(self.bump());
        }
        // Restore the count so recovery sees the bracket as still open.
        self.brackets += 1;
        Err(self.unexpected(op_text(op)))
    }

    fn skip_layout_in_brackets(&mut self) {
        if self.brackets == 0 {
            return;
        }
        while self.pos < self.limit.min(self.tokens.len()) && is_layout(&self.tokens[self.pos].kind)
        {
            self.pos += 1;
        }
    }

    // ----- nesting -----

    /// Enters one level of nesting; past [`MAX_NESTING`] reports `NestingTooDeep` and bails.
    pub(super) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let diagnostic = Diagnostic::error(Code::NestingTooDeep, self.span())
                .with("limit", MAX_NESTING.to_string());
            self.diagnostics.push(diagnostic);
            return Err(Bail);
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Adds one link to an operator chain (`links` counts the current chain's links, to be
    /// given back with [`Parser::end_chain`]); past [`MAX_CHAIN`] reports `NestingTooDeep`.
    pub(super) fn chain_link(&mut self, links: &mut u32) -> PResult<()> {
        *links += 1;
        self.links += 1;
        if self.links > MAX_CHAIN {
            let diagnostic = Diagnostic::error(Code::NestingTooDeep, self.span())
                .with("limit", MAX_CHAIN.to_string());
            self.diagnostics.push(diagnostic);
            return Err(Bail);
        }
        Ok(())
    }

    pub(super) fn end_chain(&mut self, links: u32) {
        self.links = self.links.saturating_sub(links);
    }

    // ----- diagnostics -----

    pub(super) fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Reports `code` at the current token, quoting it as `found`.
    #[cold]
    #[inline(never)]
    pub(super) fn error_here(&mut self, code: Code) -> Bail {
        if let Some(bail) = self.reserved_word_here() {
            return bail;
        }
        let diagnostic = Diagnostic::error(code, self.span()).with("found", self.found());
        self.report(diagnostic);
        Bail
    }

    /// Reports an unexpected current token where `expected` should be.
    #[cold]
    #[inline(never)]
    pub(super) fn unexpected(&mut self, expected: &str) -> Bail {
        if let Some(bail) = self.reserved_word_here() {
            return bail;
        }
        let diagnostic = Diagnostic::error(Code::UnexpectedToken, self.span())
            .with("found", self.found())
            .with("expected", expected);
        self.report(diagnostic);
        Bail
    }

    /// A reserved (experimental) keyword is reported as such wherever it stops the parse.
    #[cold]
    #[inline(never)]
    fn reserved_word_here(&mut self) -> Option<Bail> {
        if let TokenKind::Keyword(Keyword::Reserved(_)) = self.kind() {
            let diagnostic =
                Diagnostic::error(Code::UnsupportedKeyword, self.span()).with("word", self.found());
            self.report(diagnostic);
            return Some(Bail);
        }
        None
    }

    // ----- recovery -----

    /// Skips the rest of the logical line (brackets balanced, newline consumed).
    pub(super) fn recover_to_line_end(&mut self) {
        let mut balance = self.brackets as i64;
        self.brackets = 0;
        loop {
            match self.kind() {
                TokenKind::Eof => return,
                TokenKind::Newline if balance <= 0 => {
                    self.bump();
                    return;
                }
                TokenKind::Dedent if balance <= 0 => return,
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => balance += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => balance -= 1,
                // A definition cannot sit inside brackets: an unclosed bracket ends here.
                TokenKind::Keyword(Keyword::Def | Keyword::Class)
                    if balance > 0
                        && matches!(
                            self.token_at(self.pos.wrapping_sub(1)).kind,
                            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                        ) =>
                {
                    return;
                }
                _ => {}
            }
            self.bump();
        }
    }

    /// Skips an indented block without parsing it (after `NestingTooDeep`).
    pub(super) fn skip_block(&mut self) {
        let mut open = 0u32;
        loop {
            match self.kind() {
                TokenKind::Eof => return,
                TokenKind::Indent => open += 1,
                TokenKind::Dedent => {
                    open = open.saturating_sub(1);
                    if open == 0 {
                        self.bump();
                        return;
                    }
                }
                _ => {}
            }
            self.bump();
        }
    }
}

/// Newline and indentation tokens, which do not matter inside brackets.
pub(super) fn is_layout(kind: &TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
    )
}

/// Keywords that are ordinary names outside of the statement they introduce, as Python's soft
/// keywords: `match`, `case`, the `DEFAULT` case, `local` (= `nonlocal`), `let`/`const`, and the
/// reserved experimental words (`classify(x)` is an ordinary call). The name keeps the spelling.
pub(super) fn is_soft_keyword(kw: Keyword) -> bool {
    matches!(
        kw,
        Keyword::Match
            | Keyword::Case
            | Keyword::Default
            | Keyword::Local
            | Keyword::Let
            | Keyword::Const
            | Keyword::Reserved(_)
    )
}

/// Keywords that can stand for a name: identifier-like ones (`afficher` is `print`) and soft ones.
pub(super) fn is_name_keyword(kw: Keyword) -> bool {
    kw.builtin_name().is_some() || is_soft_keyword(kw)
}

/// Whether `next` (and `after` it) continue an expression whose first token is a name: a soft
/// keyword at the start of a statement followed by one of these is a name (`plan(x)`,
/// `default = 1`, `match.group`, `cost + 1`, `memory: list = []`).
pub(super) fn continues_expression(next: &TokenKind, after: &TokenKind) -> bool {
    match next {
        TokenKind::Op(op) => match op {
            Op::Colon => !matches!(
                after,
                TokenKind::Newline | TokenKind::Eof | TokenKind::Indent | TokenKind::Dedent
            ),
            Op::LParen
            | Op::LBracket
            | Op::Dot
            | Op::Assign
            | Op::AugAssign(_)
            | Op::Comma
            | Op::Walrus
            | Op::PipeForward
            | Op::Plus
            | Op::Minus
            | Op::Star
            | Op::Slash
            | Op::DoubleSlash
            | Op::Percent
            | Op::DoubleStar
            | Op::EqEq
            | Op::NotEq
            | Op::Lt
            | Op::Gt
            | Op::LtEq
            | Op::GtEq
            | Op::Amp
            | Op::Pipe
            | Op::Caret
            | Op::LShift
            | Op::RShift
            | Op::At => true,
            _ => false,
        },
        TokenKind::Keyword(kw) => match kw {
            Keyword::And
            | Keyword::Or
            | Keyword::In
            | Keyword::NotIn
            | Keyword::Is
            | Keyword::If => true,
            Keyword::Not => matches!(after, TokenKind::Keyword(Keyword::In)),
            _ => false,
        },
        _ => false,
    }
}

/// How a token is quoted in diagnostics: the user's text, or a marker for layout tokens.
pub(super) fn describe(file: &SourceFile, token: &Token) -> String {
    match token.kind {
        TokenKind::Newline => "NEWLINE".to_string(),
        TokenKind::Indent => "INDENT".to_string(),
        TokenKind::Dedent => "DEDENT".to_string(),
        TokenKind::Eof => "EOF".to_string(),
        _ => file.slice(token.span).to_string(),
    }
}

/// The ASCII text of an operator or delimiter.
pub(super) fn op_text(op: Op) -> &'static str {
    use crate::syntax::token::AugOp;
    match op {
        Op::Plus => "+",
        Op::Minus => "-",
        Op::Star => "*",
        Op::Slash => "/",
        Op::DoubleSlash => "//",
        Op::Percent => "%",
        Op::DoubleStar => "**",
        Op::EqEq => "==",
        Op::NotEq => "!=",
        Op::Lt => "<",
        Op::Gt => ">",
        Op::LtEq => "<=",
        Op::GtEq => ">=",
        Op::Assign => "=",
        Op::AugAssign(aug) => match aug {
            AugOp::Add => "+=",
            AugOp::Sub => "-=",
            AugOp::Mul => "*=",
            AugOp::Div => "/=",
            AugOp::FloorDiv => "//=",
            AugOp::Mod => "%=",
            AugOp::Pow => "**=",
            AugOp::BitAnd => "&=",
            AugOp::BitOr => "|=",
            AugOp::BitXor => "^=",
            AugOp::LShift => "<<=",
            AugOp::RShift => ">>=",
        },
        Op::Amp => "&",
        Op::Pipe => "|",
        Op::Caret => "^",
        Op::Tilde => "~",
        Op::LShift => "<<",
        Op::RShift => ">>",
        Op::Arrow => "->",
        Op::Walrus => ":=",
        Op::PipeForward => "|>",
        Op::TildeEq => "~=",
        Op::Question => "?",
        Op::LParen => "(",
        Op::RParen => ")",
        Op::LBracket => "[",
        Op::RBracket => "]",
        Op::LBrace => "{",
        Op::RBrace => "}",
        Op::Comma => ",",
        Op::Colon => ":",
        Op::Semicolon => ";",
        Op::Dot => ".",
        Op::Ellipsis => "...",
        Op::At => "@",
    }
}
