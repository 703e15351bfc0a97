//! Parameter lists of `def` (annotations allowed) and `lambda` (no annotations):
//! `a, b=1, /, c, *args, d, e=2, **kwargs`, with a bare `*` before keyword-only parameters.

use super::{PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{Expr, ExprKind, Param, Parameters};
use crate::syntax::token::{Keyword, Op};

impl<'a> Parser<'a> {
    /// `( params )` of a `def`, through the closing parenthesis.
    pub(super) fn def_parameters(&mut self) -> PResult<Parameters> {
        if !self.at_op(Op::LParen) {
            return Err(self.unexpected("("));
        }
        self.open_bracket();
        let params = self.parameters(Op::RParen, true)?;
        self.close_bracket(Op::RParen)?;
        Ok(params)
    }

    /// `lambda params: body`.
    #[inline(never)]
    pub(super) fn lambda(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.expect_kw(Keyword::Lambda)?;
        let params = self.parameters(Op::Colon, false)?;
        self.expect_op(Op::Colon)?;
        let body = self.cond_expr()?;
        Ok(Expr {
            kind: ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body),
            },
            span: self.span_from(start),
        })
    }

    /// Parameters up to (not including) `end`.
    fn parameters(&mut self, end: Op, annotations: bool) -> PResult<Parameters> {
        let mut params = Parameters::default();
        let mut keyword_only = false;
        let mut seen_default = false;
        while !self.at_op(end) {
            if self.at_op(Op::Slash) {
                if keyword_only || !params.posonly.is_empty() || params.args.is_empty() {
                    return Err(self.error_here(Code::InvalidSyntax));
                }
                self.bump();
                params.posonly = std::mem::take(&mut params.args);
            } else if self.at_op(Op::DoubleStar) {
                self.bump();
                params.kwarg = Some(self.param(annotations, false)?);
            } else if self.at_op(Op::Star) {
                if keyword_only {
                    return Err(self.error_here(Code::InvalidSyntax));
                }
                self.bump();
                keyword_only = true;
                if !self.at_op(Op::Comma) {
                    params.vararg = Some(self.param(annotations, false)?);
                }
            } else {
                let param = self.param(annotations, true)?;
                if keyword_only {
                    params.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        self.report(
                            Diagnostic::error(Code::InvalidSyntax, param.name.span)
                                .with("found", self.text(param.name.span)),
                        );
                    }
                    params.args.push(param);
                }
            }
            if !self.eat_op(Op::Comma) || params.kwarg.is_some() {
                break;
            }
        }
        Ok(params)
    }

    /// `name [: annotation] [= default]`.
    fn param(&mut self, annotations: bool, defaults: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let annotation = if annotations && self.eat_op(Op::Colon) {
            Some(self.expr()?)
        } else {
            None
        };
        let default = if defaults && self.eat_op(Op::Assign) {
            Some(self.expr()?)
        } else {
            None
        };
        Ok(Param {
            name,
            annotation,
            default,
        })
    }
}
