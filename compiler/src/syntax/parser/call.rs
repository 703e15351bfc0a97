//! Trailers of a primary: call arguments, subscripts and slices, attribute names.

use super::{PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{Expr, ExprKind, Keyword as KeywordArg, Name};
use crate::syntax::token::{Op, TokenKind};

impl<'a> Parser<'a> {
    /// `( args )`: positional, `*args`, `name=value`, `name: value`, `**kwargs`, or a sole
    /// generator expression `f(x for x in xs)`. Also used for class bases.
    #[inline(never)]
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<KeywordArg>)> {
        self.open_bracket();
        let mut args = self.expr_buffers.take();
        let mut keywords = Vec::new();
        while !self.at_op(Op::RParen) {
            let start = self.start();
            if self.at_op(Op::DoubleStar) {
                self.bump();
                let value = self.expr()?;
                keywords.push(KeywordArg {
                    arg: None,
                    value,
                    span: self.span_from(start),
                });
            } else if self.at_keyword_argument() {
                let arg = self.expect_name()?;
                self.bump(); // `=` or `:`
                let value = self.expr()?;
                keywords.push(KeywordArg {
                    arg: Some(arg),
                    value,
                    span: self.span_from(start),
                });
            } else if self.at_op(Op::Star) {
                let value = self.starred(Self::expr)?;
                if keywords.iter().any(|k| k.arg.is_none()) {
                    self.positional_after_keyword(value.span);
                }
                args.push(value);
            } else {
                let mut value = self.named_expr()?;
                if self.at_comprehension() {
                    let generators = self.comprehension()?;
                    value = Expr {
                        kind: ExprKind::GeneratorExp {
                            elt: Box::new(value),
                            generators,
                        },
                        span: self.span_from(start),
                    };
                }
                if !keywords.is_empty() {
                    self.positional_after_keyword(value.span);
                }
                args.push(value);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.close_bracket(Op::RParen)?;
        Ok((self.expr_buffers.finish(args), keywords))
    }

    /// `name=` or `name:` (the original's keyword-argument spelling) starts a keyword argument.
    fn at_keyword_argument(&self) -> bool {
        self.at_name()
            && matches!(
                self.peek_kind(1),
                TokenKind::Op(Op::Assign) | TokenKind::Op(Op::Colon)
            )
    }

    fn positional_after_keyword(&mut self, span: crate::source::Span) {
        let diagnostic =
            Diagnostic::error(Code::PositionalAfterKeyword, span).with("found", self.text(span));
        self.report(diagnostic);
    }

    /// `[ index ]`: an expression, a slice, or several of them as a tuple (`a[i, j:k]`).
    #[inline(never)]
    pub(super) fn subscript_index(&mut self) -> PResult<Expr> {
        self.open_bracket();
        let start = self.start();
        let first = self.slice_item()?;
        let index = if self.at_op(Op::Comma) {
            let mut items = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::RBracket) {
                    break;
                }
                items.push(self.slice_item()?);
            }
            Expr {
                kind: ExprKind::Tuple(items),
                span: self.span_from(start),
            }
        } else {
            first
        };
        self.close_bracket(Op::RBracket)?;
        Ok(index)
    }

    /// `expr`, `*expr` or `[lower] : [upper] [: [step]]`.
    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.start();
        if self.at_op(Op::Star) {
            return self.starred(Self::bit_or_expr);
        }
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let value = self.named_expr()?;
            if !self.at_op(Op::Colon) {
                return Ok(value);
            }
            Some(Box::new(value))
        };
        self.bump(); // `:`
        let upper = self.optional_slice_bound()?;
        let step = if self.eat_op(Op::Colon) {
            self.optional_slice_bound()?
        } else {
            None
        };
        Ok(Expr {
            kind: ExprKind::Slice { lower, upper, step },
            span: self.span_from(start),
        })
    }

    fn optional_slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if self.at_op(Op::Colon) || self.at_op(Op::Comma) || self.at_op(Op::RBracket) {
            return Ok(None);
        }
        Ok(Some(Box::new(self.expr()?)))
    }

    /// The name after `.`: attributes and methods are never localized, so any word is taken as
    /// typed (`obj.print`, `re.match`).
    pub(super) fn attribute_name(&mut self) -> PResult<Name> {
        let token = self.tok();
        let id = match &token.kind {
            TokenKind::Name(id) => id.clone(),
            TokenKind::Keyword(_) => self.text(token.span).to_string(),
            _ => return Err(self.error_here(Code::ExpectedIdentifier)),
        };
        let span = self.bump();
        Ok(Name {
            id,
            spelling: None,
            span,
        })
    }
}
