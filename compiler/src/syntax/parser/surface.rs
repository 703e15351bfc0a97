//! Reordered statement forms of some languages (ja `ITERABLE 内の 各 X に対して:`, hi
//! `COND अगर:`, ...), given as data by the lexicon (`Lexicon::surface_forms`).
//!
//! At every statement start (also first in a block and right after a dedent) the line is
//! matched element by element against each form of the file's language; on a full match the
//! slots are parsed in place and the canonical `for`/`while`/`if`/`with` statement is built
//! with the block that follows. The keyword-first order keeps working through the normal
//! statement grammar.

use super::cursor::{is_layout, op_text};
use super::{PResult, Parser};
use crate::diagnostics::Code;
use crate::lexicon::{SurfaceElement, SurfaceForm};
use crate::source::Span;
use crate::syntax::ast::{Expr, Stmt, StmtKind, WithItem};
use crate::syntax::token::{Op, Token, TokenKind};

/// A slot of a matched form: its name and the token range `[start, end)` it covers.
type Slot = (&'static str, usize, usize);

impl<'a> Parser<'a> {
    /// The statement of the first form that matches the current line, if any.
    pub(super) fn surface_statement(&mut self) -> PResult<Option<Stmt>> {
        let forms = self.lexicon.surface_forms;
        if forms.is_empty()
            || self.brackets > 0
            || is_layout(self.kind())
            || matches!(self.kind(), TokenKind::Eof)
        {
            return Ok(None);
        }
        let line_end = self.logical_line_end();
        for form in forms {
            if !matches!(form.statement, "for" | "while" | "if" | "with") {
                continue;
            }
            let mut slots = Vec::new();
            if let Some(end) = self.match_elements(form.pattern, self.pos, line_end, &mut slots) {
                return self.build_surface(form, &slots, end).map(Some);
            }
        }
        Ok(None)
    }

    /// Index of the NEWLINE (or end) that ends the logical line starting at the cursor.
    fn logical_line_end(&self) -> usize {
        let end = self.limit.min(self.tokens.len());
        let mut depth = 0u32;
        let mut index = self.pos;
        while index < end {
            match self.tokens[index].kind {
                TokenKind::Newline | TokenKind::Eof if depth == 0 => return index,
                TokenKind::Eof => return index,
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                    depth = depth.saturating_sub(1)
                }
                _ => {}
            }
            index += 1;
        }
        end
    }

    /// Matches `elements` from token `index`; returns the index after the last element.
    fn match_elements(
        &self,
        elements: &[SurfaceElement],
        index: usize,
        line_end: usize,
        slots: &mut Vec<Slot>,
    ) -> Option<usize> {
        let Some((first, rest)) = elements.split_first() else {
            return Some(index);
        };
        match *first {
            SurfaceElement::Expr(slot) => {
                let Some(next) = rest.first() else {
                    slots.push((slot, index, line_end));
                    return (line_end > index).then_some(line_end);
                };
                // The slot ends before an occurrence of the next element at bracket depth 0;
                // try each occurrence until the rest of the form matches.
                let mut depth = 0u32;
                for j in index..line_end {
                    let token = &self.tokens[j];
                    if depth == 0 && j > index && self.element_matches(*next, token) {
                        let mark = slots.len();
                        slots.push((slot, index, j));
                        if let Some(end) = self.match_elements(rest, j, line_end, slots) {
                            return Some(end);
                        }
                        slots.truncate(mark);
                    }
                    match token.kind {
                        TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                        TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                            depth = depth.saturating_sub(1)
                        }
                        _ => {}
                    }
                }
                None
            }
            element => {
                if index >= line_end || !self.element_matches(element, &self.tokens[index]) {
                    return None;
                }
                if let SurfaceElement::Name(slot) = element {
                    slots.push((slot, index, index + 1));
                }
                self.match_elements(rest, index + 1, line_end, slots)
            }
        }
    }

    fn element_matches(&self, element: SurfaceElement, token: &Token) -> bool {
        match element {
            SurfaceElement::Expr(_) => true,
            SurfaceElement::Word(word) => self.text(token.span) == word,
            SurfaceElement::Keyword(concept) => {
                matches!(token.kind, TokenKind::Keyword(k) if k.concept_id() == concept)
            }
            SurfaceElement::Name(_) => match token.kind {
                TokenKind::Name(_) => true,
                TokenKind::Keyword(k) => super::cursor::is_name_keyword(k),
                _ => false,
            },
            SurfaceElement::Delimiter(text) => {
                matches!(token.kind, TokenKind::Op(op) if op_text(op) == text)
                    || self.text(token.span) == text
            }
        }
    }

    /// Builds the canonical statement of a matched form, with the block after it.
    fn build_surface(&mut self, form: &SurfaceForm, slots: &[Slot], end: usize) -> PResult<Stmt> {
        let start = self.start();
        let slot = |name: &str| slots.iter().find(|(n, _, _)| *n == name).copied();
        let kind = match form.statement {
            "for" => {
                let iter = self.parse_slot(slot("iterable"), Self::star_exprs)?;
                let target = self.parse_slot(slot("target"), Self::target_list)?;
                self.check_assign_target(&target)?;
                let body = self.surface_block(form, end)?;
                let orelse = self.else_block()?;
                StmtKind::For {
                    is_async: false,
                    target,
                    iter,
                    body,
                    orelse,
                }
            }
            "while" => {
                let test = self.parse_slot(slot("condition"), Self::named_expr)?;
                let body = self.surface_block(form, end)?;
                let orelse = self.else_block()?;
                StmtKind::While { test, body, orelse }
            }
            "if" => {
                let test = self.parse_slot(slot("condition"), Self::named_expr)?;
                let body = self.surface_block(form, end)?;
                let orelse = self.if_tail()?;
                StmtKind::If { test, body, orelse }
            }
            _ => {
                let context = self.parse_slot(slot("context"), Self::expr)?;
                let body = self.surface_block(form, end)?;
                StmtKind::With {
                    is_async: false,
                    items: vec![WithItem {
                        context,
                        target: None,
                    }],
                    body,
                }
            }
        };
        Ok(Stmt {
            kind,
            span: self.span_from(start),
        })
    }

    /// Parses the tokens of one slot with `parse`, which must consume all of them.
    fn parse_slot(
        &mut self,
        slot: Option<Slot>,
        parse: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let Some((_, start, end)) = slot else {
            return Err(self.error_here(Code::ExpectedExpression));
        };
        let saved_limit = self.limit;
        let saved_eof = self.eof.span;
        self.pos = start;
        self.limit = end;
        let at = self
            .tokens
            .get(end)
            .map_or(saved_eof.start, |t| t.span.start);
        self.eof.span = Span { start: at, end: at };
        let mut result = parse(self);
        if result.is_ok() && !self.at_eof() {
            result = Err(self.error_here(Code::UnexpectedToken));
        }
        self.limit = saved_limit;
        self.eof.span = saved_eof;
        result
    }

    /// Moves past the matched form and parses its block (the form ends with `:`).
    fn surface_block(&mut self, form: &SurfaceForm, end: usize) -> PResult<Vec<Stmt>> {
        self.pos = end;
        if let Some(last) = end.checked_sub(1).and_then(|i| self.tokens.get(i)) {
            self.last_end = last.span.end;
        }
        match form.pattern.last() {
            Some(SurfaceElement::Delimiter(":")) => self.suite(),
            _ => self.block(),
        }
    }
}
