//! Expressions: the precedence levels of LANGUAGE.md §4, parsed with a Pratt loop.
//!
//! ```text
//! named  := expr [':=' named]          (walrus, target must be a name)
//! expr   := cond ('|>' cond)*          (pipe: `a |> f` is the call `f(a)`)
//! cond   := lambda | or [IF or ELSE cond]
//! or > and > not > comparison > | > ^ > & > << >> > + - > * / // % @ > unary > ** > await > primary
//! ```

use super::{Bail, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, UnaryOp};
use crate::syntax::token::{Keyword, Op, TokenKind};

/// Binding powers of the binary levels, loosest first.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const COMPARE: u8 = 4;
pub(super) const BIT_OR: u8 = 5;
const BIT_XOR: u8 = 6;
const BIT_AND: u8 = 7;
const SHIFT: u8 = 8;
const SUM: u8 = 9;
const TERM: u8 = 10;
const UNARY: u8 = 11;

/// What an operator token does in infix position.
#[derive(Clone, Copy)]
enum Infix {
    Bool(BoolOp),
    Compare,
    Binary(BinOp),
    /// `~=` (semantic match of the original): not supported.
    SemanticMatch,
}

impl<'a> Parser<'a> {
    /// Runs `parse` one nesting level deeper (see [`super::MAX_NESTING`]).
    pub(super) fn nested<T>(&mut self, parse: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.enter()?;
        let result = parse(self);
        self.leave();
        result
    }

    /// `named_expression`: an expression or `name := value`.
    pub(super) fn named_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let expr = self.expr()?;
        if !self.at_op(Op::Walrus) {
            return Ok(expr);
        }
        self.walrus(start, expr)
    }

    /// `target := value` from the `:=` (kept out of [`Parser::named_expr`], which every nested
    /// expression goes through, to keep its stack frame small in unoptimized builds).
    #[inline(never)]
    fn walrus(&mut self, start: u32, expr: Expr) -> PResult<Expr> {
        let ExprKind::Name(target) = expr.kind else {
            self.report(
                Diagnostic::error(Code::InvalidAssignmentTarget, expr.span)
                    .with("found", self.text(expr.span)),
            );
            return Err(Bail);
        };
        self.bump();
        let value = self.nested(Self::named_expr)?;
        Ok(Expr {
            kind: ExprKind::NamedExpr {
                target,
                value: Box::new(value),
            },
            span: self.span_from(start),
        })
    }

    /// An expression with pipes: `a |> f |> g` is `g(f(a))`.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.cond_expr()?;
        if !self.at_op(Op::PipeForward) {
            return Ok(left);
        }
        self.pipes(start, left)
    }

    #[inline(never)]
    fn pipes(&mut self, start: u32, mut left: Expr) -> PResult<Expr> {
        let mut links = 0;
        while self.at_op(Op::PipeForward) {
            self.chain_link(&mut links)?;
            self.bump();
            let func = self.cond_expr()?;
            left = Expr {
                kind: ExprKind::Call {
                    func: Box::new(func),
                    args: vec![left],
                    keywords: Vec::new(),
                },
                span: self.span_from(start),
            };
        }
        self.end_chain(links);
        Ok(left)
    }

    /// A lambda or a conditional expression `body IF test ELSE orelse`.
    pub(super) fn cond_expr(&mut self) -> PResult<Expr> {
        self.nested(|p| {
            if p.at_kw(Keyword::Lambda) {
                return p.lambda();
            }
            let start = p.start();
            let body = p.binary(OR)?;
            if !p.at_kw(Keyword::If) {
                return Ok(body);
            }
            p.conditional(start, body)
        })
    }

    /// `body IF test ELSE orelse` from the `IF`.
    #[inline(never)]
    fn conditional(&mut self, start: u32, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.binary(OR)?;
        self.expect_kw(Keyword::Else)?;
        let orelse = self.cond_expr()?;
        Ok(Expr {
            kind: ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            span: self.span_from(start),
        })
    }

    /// `disjunction` of Python's grammar: `or` and everything tighter (no conditional).
    pub(super) fn or_expr(&mut self) -> PResult<Expr> {
        self.nested(|p| p.binary(OR))
    }

    /// `bitwise_or` of Python's grammar: what a target or a starred item is made of.
    pub(super) fn bit_or_expr(&mut self) -> PResult<Expr> {
        self.nested(|p| p.binary(BIT_OR))
    }

    /// The Pratt loop over binary operators whose binding power is at least `min`.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.start();
        let left = self.prefix()?;
        match self.infix_here() {
            Some((_, power)) if power >= min => self.infix_chain(start, left, min),
            _ => Ok(left),
        }
    }

    /// The operators after the first operand of [`Parser::binary`].
    #[inline(never)]
    fn infix_chain(&mut self, start: u32, mut left: Expr, min: u8) -> PResult<Expr> {
        let mut links = 0;
        while let Some((infix, power)) = self.infix_here() {
            if power < min {
                break;
            }
            self.chain_link(&mut links)?;
            left = match infix {
                Infix::Bool(op) => self.bool_op(start, left, op, power)?,
                Infix::Compare => self.comparison(start, left)?,
                Infix::Binary(op) => {
                    self.bump();
                    let right = self.binary(power + 1)?;
                    Expr {
                        kind: ExprKind::BinOp {
                            left: Box::new(left),
                            op,
                            right: Box::new(right),
                        },
                        span: self.span_from(start),
                    }
                }
                Infix::SemanticMatch => {
                    let diagnostic = Diagnostic::error(Code::NotSupportedYet, self.span())
                        .with("what", self.found());
                    self.report(diagnostic);
                    return Err(Bail);
                }
            };
        }
        self.end_chain(links);
        Ok(left)
    }

    fn infix_here(&self) -> Option<(Infix, u8)> {
        Some(match self.kind() {
            TokenKind::Keyword(Keyword::Or) => (Infix::Bool(BoolOp::Or), OR),
            TokenKind::Keyword(Keyword::And) => (Infix::Bool(BoolOp::And), AND),
            TokenKind::Keyword(Keyword::In | Keyword::NotIn | Keyword::Is) => {
                (Infix::Compare, COMPARE)
            }
            TokenKind::Keyword(Keyword::Not)
                if matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::In)) =>
            {
                (Infix::Compare, COMPARE)
            }
            TokenKind::Op(op) => match op {
                Op::EqEq | Op::NotEq | Op::Lt | Op::Gt | Op::LtEq | Op::GtEq => {
                    (Infix::Compare, COMPARE)
                }
                Op::TildeEq => (Infix::SemanticMatch, COMPARE),
                Op::Pipe => (Infix::Binary(BinOp::BitOr), BIT_OR),
                Op::Caret => (Infix::Binary(BinOp::BitXor), BIT_XOR),
                Op::Amp => (Infix::Binary(BinOp::BitAnd), BIT_AND),
                Op::LShift => (Infix::Binary(BinOp::LShift), SHIFT),
                Op::RShift => (Infix::Binary(BinOp::RShift), SHIFT),
                Op::Plus => (Infix::Binary(BinOp::Add), SUM),
                Op::Minus => (Infix::Binary(BinOp::Sub), SUM),
                Op::Star => (Infix::Binary(BinOp::Mul), TERM),
                Op::Slash => (Infix::Binary(BinOp::Div), TERM),
                Op::DoubleSlash => (Infix::Binary(BinOp::FloorDiv), TERM),
                Op::Percent => (Infix::Binary(BinOp::Mod), TERM),
                Op::At => (Infix::Binary(BinOp::MatMul), TERM),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// `a or b or c` as one node.
    #[inline(never)]
    fn bool_op(&mut self, start: u32, first: Expr, op: BoolOp, power: u8) -> PResult<Expr> {
        let keyword = match op {
            BoolOp::And => Keyword::And,
            BoolOp::Or => Keyword::Or,
        };
        let mut values = vec![first];
        while self.eat_kw(keyword) {
            values.push(self.binary(power + 1)?);
        }
        Ok(Expr {
            kind: ExprKind::BoolOp { op, values },
            span: self.span_from(start),
        })
    }

    /// A chain of comparisons `a < b <= c` as one node.
    #[inline(never)]
    fn comparison(&mut self, start: u32, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.eat_compare_op() {
            ops.push(op);
            comparators.push(self.binary(COMPARE + 1)?);
        }
        Ok(Expr {
            kind: ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span: self.span_from(start),
        })
    }

    /// Consumes a comparison operator, including the two-token `not in` and `is not`.
    fn eat_compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokenKind::Op(Op::EqEq) => CmpOp::Eq,
            TokenKind::Op(Op::NotEq) => CmpOp::NotEq,
            TokenKind::Op(Op::Lt) => CmpOp::Lt,
            TokenKind::Op(Op::Gt) => CmpOp::Gt,
            TokenKind::Op(Op::LtEq) => CmpOp::LtE,
            TokenKind::Op(Op::GtEq) => CmpOp::GtE,
            TokenKind::Keyword(Keyword::In) => CmpOp::In,
            TokenKind::Keyword(Keyword::NotIn) => CmpOp::NotIn,
            TokenKind::Keyword(Keyword::Not)
                if matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::In)) =>
            {
                self.bump();
                CmpOp::NotIn
            }
            TokenKind::Keyword(Keyword::Is) => {
                if matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::Not)) {
                    self.bump();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// Unary operators (`not`, `-`, `+`, `~`) or a power.
    fn prefix(&mut self) -> PResult<Expr> {
        let start = self.start();
        let (op, power) = match self.kind() {
            TokenKind::Keyword(Keyword::Not) => (UnaryOp::Not, NOT),
            TokenKind::Op(Op::Minus) => (UnaryOp::Neg, UNARY),
            TokenKind::Op(Op::Plus) => (UnaryOp::Pos, UNARY),
            TokenKind::Op(Op::Tilde) => (UnaryOp::Invert, UNARY),
            _ => return self.power(),
        };
        self.bump();
        let operand = self.nested(|p| p.binary(power))?;
        Ok(Expr {
            kind: ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span: self.span_from(start),
        })
    }

    /// `[await] primary ['**' unary]`, right-associative: `-2**2` is `-(2**2)`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = if self.at_kw(Keyword::Await) {
            self.await_expr(start)?
        } else {
            self.primary()?
        };
        if !self.at_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.exponent(start, base)
    }

    #[inline(never)]
    fn await_expr(&mut self, start: u32) -> PResult<Expr> {
        self.bump();
        let value = self.nested(Self::power_base_after_await)?;
        Ok(Expr {
            kind: ExprKind::Await(Box::new(value)),
            span: self.span_from(start),
        })
    }

    /// `** unary` after the base of a power.
    #[inline(never)]
    fn exponent(&mut self, start: u32, base: Expr) -> PResult<Expr> {
        self.bump();
        let exponent = self.nested(|p| p.binary(UNARY))?;
        Ok(Expr {
            kind: ExprKind::BinOp {
                left: Box::new(base),
                op: BinOp::Pow,
                right: Box::new(exponent),
            },
            span: self.span_from(start),
        })
    }

    /// The operand of `await`: a primary, or another `await`.
    fn power_base_after_await(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Await) {
            let start = self.start();
            self.bump();
            let value = self.nested(Self::power_base_after_await)?;
            return Ok(Expr {
                kind: ExprKind::Await(Box::new(value)),
                span: self.span_from(start),
            });
        }
        self.primary()
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let expr = self.atom()?;
        if !matches!(
            self.kind(),
            TokenKind::Op(Op::LParen | Op::LBracket | Op::Dot | Op::Question)
        ) {
            return Ok(expr);
        }
        self.trailers(start, expr)
    }

    /// The calls, subscripts and attribute accesses after an atom.
    #[inline(never)]
    fn trailers(&mut self, start: u32, mut expr: Expr) -> PResult<Expr> {
        let mut links = 0;
        loop {
            let kind = match self.kind() {
                TokenKind::Op(Op::LParen) => {
                    let (args, keywords) = self.call_arguments()?;
                    ExprKind::Call {
                        func: Box::new(expr),
                        args,
                        keywords,
                    }
                }
                TokenKind::Op(Op::LBracket) => {
                    let index = self.subscript_index()?;
                    ExprKind::Subscript {
                        value: Box::new(expr),
                        index: Box::new(index),
                    }
                }
                TokenKind::Op(Op::Dot) => {
                    self.bump();
                    let attr = self.attribute_name()?;
                    ExprKind::Attribute {
                        value: Box::new(expr),
                        attr,
                    }
                }
                TokenKind::Op(Op::Question) => {
                    let diagnostic = Diagnostic::error(Code::NotSupportedYet, self.span())
                        .with("what", self.found());
                    self.report(diagnostic);
                    return Err(Bail);
                }
                _ => {
                    self.end_chain(links);
                    return Ok(expr);
                }
            };
            self.chain_link(&mut links)?;
            expr = Expr {
                kind,
                span: self.span_from(start),
            };
        }
    }

    /// `*x` (where allowed) or a named expression.
    pub(super) fn star_or_named_expr(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bit_or_expr);
        }
        self.named_expr()
    }

    /// `*` followed by what `operand` parses.
    pub(super) fn starred(
        &mut self,
        operand: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        let value = operand(self)?;
        Ok(Expr {
            kind: ExprKind::Starred(Box::new(value)),
            span: self.span_from(start),
        })
    }

    /// A comma-separated list of `item`s: one item alone, or a tuple (trailing comma allowed).
    pub(super) fn list_of(
        &mut self,
        mut item: impl FnMut(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.at_expr_start() {
                break;
            }
            items.push(item(self)?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.span_from(start),
        })
    }

    /// `star_expressions`: expression statements, right-hand sides, `return` values.
    pub(super) fn star_exprs(&mut self) -> PResult<Expr> {
        self.list_of(Self::star_or_named_expr)
    }

    /// The targets of `for` and comprehensions (stops before `in`).
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        self.list_of(|p| {
            if p.at_op(Op::Star) {
                p.starred(Self::bit_or_expr)
            } else {
                p.bit_or_expr()
            }
        })
    }

    /// Whether the current token can begin an expression.
    pub(super) fn at_expr_start(&self) -> bool {
        match self.kind() {
            TokenKind::Name(_)
            | TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Str(_)
            | TokenKind::Bytes(_)
            | TokenKind::FString(_)
            | TokenKind::Date(_) => true,
            TokenKind::Keyword(kw) => {
                super::cursor::is_name_keyword(*kw)
                    || matches!(
                        kw,
                        Keyword::Not
                            | Keyword::Lambda
                            | Keyword::Await
                            | Keyword::Yield
                            | Keyword::True
                            | Keyword::False
                            | Keyword::None
                    )
            }
            TokenKind::Op(op) => matches!(
                op,
                Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::LParen
                    | Op::LBracket
                    | Op::LBrace
                    | Op::Ellipsis
                    | Op::Star
            ),
            _ => false,
        }
    }
}
