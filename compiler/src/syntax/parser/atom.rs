//! Atoms: names, literals (with implicit string concatenation), parenthesized forms, list,
//! dict and set displays, comprehensions and `yield` expressions.

use super::{Bail, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{Comprehension, Expr, ExprKind, FStringPart};
use crate::syntax::token::{Keyword, Op, TokenKind};

impl<'a> Parser<'a> {
    pub(super) fn atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        if let Some(name) = self.name_here() {
            let span = self.bump();
            return Ok(Expr {
                kind: ExprKind::Name(name),
                span,
            });
        }
        let kind = match self.kind() {
            TokenKind::Str(_) | TokenKind::Bytes(_) | TokenKind::FString(_) => {
                return self.strings();
            }
            TokenKind::Op(Op::LParen) => return self.paren(),
            TokenKind::Op(Op::LBracket) => return self.list_display(),
            TokenKind::Op(Op::LBrace) => return self.brace_display(),
            TokenKind::Int(digits) => ExprKind::Int(digits.clone()),
            TokenKind::Float(text) => match text.parse::<f64>() {
                Ok(value) => ExprKind::Float(value),
                Err(_) => return Err(self.error_here(Code::InvalidSyntax)),
            },
            TokenKind::Keyword(Keyword::True) => ExprKind::Bool(true),
            TokenKind::Keyword(Keyword::False) => ExprKind::Bool(false),
            TokenKind::Keyword(Keyword::None) => ExprKind::None,
            TokenKind::Op(Op::Ellipsis) => ExprKind::Ellipsis,
            TokenKind::Date(_) | TokenKind::Op(Op::At) => {
                let diagnostic = Diagnostic::error(Code::NotSupportedYet, self.span())
                    .with("what", self.found());
                self.report(diagnostic);
                return Err(Bail);
            }
            _ => return Err(self.error_here(Code::ExpectedExpression)),
        };
        self.bump();
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// Adjacent string literals concatenate (`"a" "b"`, `"a" f"{b}"`); bytes only with bytes.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut text = String::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut fstring: Option<Vec<FStringPart>> = None;
        let mut saw_str = false;
        while let Some(token) = self.token_in_slice() {
            match &token.kind {
                TokenKind::Str(s) => {
                    saw_str = true;
                    match &mut fstring {
                        Some(parts) => push_literal(parts, s),
                        None => text.push_str(s),
                    }
                }
                TokenKind::FString(parts) => {
                    saw_str = true;
                    let parsed = self.fstring_parts(parts)?;
                    let all = fstring.get_or_insert_with(|| {
                        let mut first = Vec::new();
                        push_literal(&mut first, &std::mem::take(&mut text));
                        first
                    });
                    for part in parsed {
                        match part {
                            FStringPart::Literal(s) => push_literal(all, &s),
                            field => all.push(field),
                        }
                    }
                }
                TokenKind::Bytes(b) => bytes.get_or_insert_with(Vec::new).extend_from_slice(b),
                _ => break,
            }
            if saw_str && bytes.is_some() {
                return Err(self.error_here(Code::InvalidSyntax));
            }
            self.bump();
        }
        let kind = match (bytes, fstring) {
            (Some(b), _) => ExprKind::Bytes(b),
            (None, Some(parts)) => ExprKind::FString(parts),
            (None, None) => ExprKind::Str(text),
        };
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// `()`, `(x)`, `(x,)`, `(a, b)`, `(x for x in y)`, `(yield x)`.
    #[inline(never)]
    fn paren(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.open_bracket();
        if self.at_op(Op::RParen) || self.at_kw(Keyword::Yield) {
            return self.paren_empty_or_yield(start);
        }
        let first = self.star_or_named_expr()?;
        if !self.at_op(Op::RParen) {
            return self.paren_rest(start, first);
        }
        self.close_bracket(Op::RParen)?;
        Ok(first)
    }

    #[inline(never)]
    fn paren_empty_or_yield(&mut self, start: u32) -> PResult<Expr> {
        if self.at_kw(Keyword::Yield) {
            let value = self.yield_expr()?;
            self.close_bracket(Op::RParen)?;
            return Ok(value);
        }
        self.close_bracket(Op::RParen)?;
        Ok(Expr {
            kind: ExprKind::Tuple(Vec::new()),
            span: self.span_from(start),
        })
    }

    /// A generator expression or a tuple after the first item inside `(`.
    #[inline(never)]
    fn paren_rest(&mut self, start: u32, first: Expr) -> PResult<Expr> {
        if self.at_comprehension() {
            let generators = self.comprehension()?;
            self.close_bracket(Op::RParen)?;
            return Ok(Expr {
                kind: ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                span: self.span_from(start),
            });
        }
        if !self.at_op(Op::Comma) {
            self.close_bracket(Op::RParen)?;
            return Ok(first);
        }
        let items = self.display_items(first, Op::RParen)?;
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.span_from(start),
        })
    }

    /// `[a, *b]` or `[x for x in y]`.
    #[inline(never)]
    fn list_display(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.open_bracket();
        if self.at_op(Op::RBracket) {
            self.close_bracket(Op::RBracket)?;
            return Ok(Expr {
                kind: ExprKind::List(Vec::new()),
                span: self.span_from(start),
            });
        }
        let first = self.star_or_named_expr()?;
        let kind = if self.at_comprehension() {
            let generators = self.comprehension()?;
            self.close_bracket(Op::RBracket)?;
            ExprKind::ListComp {
                elt: Box::new(first),
                generators,
            }
        } else {
            ExprKind::List(self.display_items(first, Op::RBracket)?)
        };
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// The rest of a comma-separated display after its first item, through the closing bracket.
    fn display_items(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(close) {
                break;
            }
            items.push(self.star_or_named_expr()?);
        }
        self.close_bracket(close)?;
        Ok(items)
    }

    /// `{}`, `{k: v, **d}`, `{k: v for ...}`, `{a, b}`, `{x for ...}`.
    #[inline(never)]
    fn brace_display(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.open_bracket();
        let kind = if self.at_op(Op::RBrace) {
            ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            }
        } else if self.at_op(Op::DoubleStar) {
            self.dict_entries(None)?
        } else {
            let first = self.star_or_named_expr()?;
            if self.eat_op(Op::Colon) {
                let value = self.expr()?;
                if self.at_comprehension() {
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators: self.comprehension()?,
                    }
                } else {
                    self.dict_entries(Some((first, value)))?
                }
            } else if self.at_comprehension() {
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators: self.comprehension()?,
                }
            } else {
                let mut items = vec![first];
                while self.eat_op(Op::Comma) {
                    if self.at_op(Op::RBrace) {
                        break;
                    }
                    items.push(self.star_or_named_expr()?);
                }
                ExprKind::Set(items)
            }
        };
        self.close_bracket(Op::RBrace)?;
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }

    /// Dict entries `k: v` and `**d` up to (not including) the closing brace.
    #[inline(never)]
    fn dict_entries(&mut self, first: Option<(Expr, Expr)>) -> PResult<ExprKind> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut expect_entry = match first {
            Some((key, value)) => {
                keys.push(Some(key));
                values.push(value);
                false
            }
            None => true,
        };
        loop {
            if expect_entry {
                if self.eat_op(Op::DoubleStar) {
                    keys.push(None);
                    values.push(self.bit_or_expr()?);
                } else {
                    keys.push(Some(self.expr()?));
                    self.expect_op(Op::Colon)?;
                    values.push(self.expr()?);
                }
            }
            if !self.eat_op(Op::Comma) || self.at_op(Op::RBrace) {
                break;
            }
            expect_entry = true;
        }
        Ok(ExprKind::Dict { keys, values })
    }

    /// At `for` or `async for` after the element of a comprehension.
    pub(super) fn at_comprehension(&self) -> bool {
        self.at_kw(Keyword::For)
            || (self.at_kw(Keyword::Async)
                && matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::For)))
    }

    /// `for targets in iterable [if cond]*` clauses, one or more.
    #[inline(never)]
    pub(super) fn comprehension(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat_kw(Keyword::Async);
            self.expect_kw(Keyword::For)?;
            let target = self.target_list()?;
            self.check_assign_target(&target)?;
            self.expect_kw(Keyword::In)?;
            let iter = self.or_expr()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Keyword::If) {
                ifs.push(self.or_expr()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `yield`, `yield value, ...` or `yield from value`.
    #[inline(never)]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.expect_kw(Keyword::Yield)?;
        let kind = if self.eat_kw(Keyword::From) {
            ExprKind::YieldFrom(Box::new(self.expr()?))
        } else if self.at_expr_start() {
            ExprKind::Yield(Some(Box::new(self.star_exprs()?)))
        } else {
            ExprKind::Yield(None)
        };
        Ok(Expr {
            kind,
            span: self.span_from(start),
        })
    }
}

/// Appends literal text, merging it with a literal that ends the parts.
fn push_literal(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(FStringPart::Literal(text.to_string()));
    }
}
