//! Python structural patterns of `case`: literals (also negative numbers), captures, `_`,
//! dotted value names, sequences with `*rest`, mappings with `**rest`, class patterns with
//! keywords, `|` alternatives and `as` bindings.

use super::{PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{Expr, ExprKind, Name, Pattern, PatternKind, UnaryOp};
use crate::syntax::token::{Keyword, Op, TokenKind};

impl<'a> Parser<'a> {
    /// The patterns after `case`: one pattern, or an open sequence `a, *rest`.
    pub(super) fn case_patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.pattern()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Keyword::If) {
                break;
            }
            items.push(self.pattern()?);
        }
        Ok(self.pattern_from(start, PatternKind::Sequence(items)))
    }

    /// `or_pattern [as name]`
    fn pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let start = p.start();
            let pattern = p.or_pattern()?;
            if !p.eat_kw(Keyword::As) {
                return Ok(pattern);
            }
            let name = p.expect_name()?;
            Ok(p.pattern_from(
                start,
                PatternKind::As {
                    pattern: Some(Box::new(pattern)),
                    name: Some(name),
                },
            ))
        })
    }

    /// `closed ('|' closed)*`
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at_op(Op::Pipe) {
            return Ok(first);
        }
        let mut alternatives = vec![first];
        while self.eat_op(Op::Pipe) {
            alternatives.push(self.closed_pattern()?);
        }
        Ok(self.pattern_from(start, PatternKind::Or(alternatives)))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let kind = match self.kind() {
            TokenKind::Op(Op::Star) => {
                self.bump();
                let name = self.expect_name()?;
                PatternKind::Star((name.id != "_").then_some(name))
            }
            TokenKind::Op(Op::LParen) => return self.group_or_tuple_pattern(),
            TokenKind::Op(Op::LBracket) => {
                self.open_bracket();
                let items = self.pattern_items(Op::RBracket)?;
                self.close_bracket(Op::RBracket)?;
                PatternKind::Sequence(items)
            }
            TokenKind::Op(Op::LBrace) => self.mapping_pattern()?,
            TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None) => {
                PatternKind::Singleton(self.atom()?)
            }
            _ if self.at_name() => return self.name_pattern(),
            _ => PatternKind::Value(self.literal_pattern_value()?),
        };
        Ok(self.pattern_from(start, kind))
    }

    /// `()`, `(p)` (a group) or `(p, ...)` (a sequence).
    fn group_or_tuple_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.open_bracket();
        if self.at_op(Op::RParen) {
            self.close_bracket(Op::RParen)?;
            return Ok(self.pattern_from(start, PatternKind::Sequence(Vec::new())));
        }
        let first = self.pattern()?;
        if !self.at_op(Op::Comma) {
            self.close_bracket(Op::RParen)?;
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RParen) {
                break;
            }
            items.push(self.pattern()?);
        }
        self.close_bracket(Op::RParen)?;
        Ok(self.pattern_from(start, PatternKind::Sequence(items)))
    }

    /// Comma-separated patterns up to `close` (trailing comma allowed).
    fn pattern_items(&mut self, close: Op) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at_op(close) {
            items.push(self.pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(items)
    }

    /// `_`, a capture `x`, a value `Color.RED`, or a class pattern `Point(x, y=0)`.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let name = self.expect_name()?;
        if !self.at_op(Op::Dot) && !self.at_op(Op::LParen) {
            let kind = PatternKind::As {
                pattern: None,
                name: (name.id != "_").then_some(name),
            };
            return Ok(self.pattern_from(start, kind));
        }
        let value = self.dotted_value(start, name)?;
        if !self.at_op(Op::LParen) {
            return Ok(self.pattern_from(start, PatternKind::Value(value)));
        }
        self.class_pattern(start, value)
    }

    /// `name.attr.attr` as an expression.
    fn dotted_value(&mut self, start: u32, name: Name) -> PResult<Expr> {
        let mut value = Expr {
            span: name.span,
            kind: ExprKind::Name(name),
        };
        while self.eat_op(Op::Dot) {
            let attr = self.attribute_name()?;
            value = Expr {
                kind: ExprKind::Attribute {
                    value: Box::new(value),
                    attr,
                },
                span: self.span_from(start),
            };
        }
        Ok(value)
    }

    /// `Cls(p, ..., kw=p, ...)`
    fn class_pattern(&mut self, start: u32, cls: Expr) -> PResult<Pattern> {
        self.open_bracket();
        let mut patterns = Vec::new();
        let mut kwd_names = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at_op(Op::RParen) {
            if self.at_name() && matches!(self.peek_kind(1), TokenKind::Op(Op::Assign)) {
                kwd_names.push(self.expect_name()?);
                self.bump();
                kwd_patterns.push(self.pattern()?);
            } else {
                let pattern = self.pattern()?;
                if !kwd_names.is_empty() {
                    let diagnostic = Diagnostic::error(Code::PositionalAfterKeyword, pattern.span)
                        .with("found", self.text(pattern.span));
                    self.report(diagnostic);
                }
                patterns.push(pattern);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.close_bracket(Op::RParen)?;
        Ok(self.pattern_from(
            start,
            PatternKind::Class {
                cls,
                patterns,
                kwd_names,
                kwd_patterns,
            },
        ))
    }

    /// `{key: p, ..., **rest}`; keys are literals or dotted names.
    fn mapping_pattern(&mut self) -> PResult<PatternKind> {
        self.open_bracket();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op(Op::RBrace) {
            if self.eat_op(Op::DoubleStar) {
                rest = Some(self.expect_name()?);
            } else {
                keys.push(self.mapping_key()?);
                self.expect_op(Op::Colon)?;
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.close_bracket(Op::RBrace)?;
        Ok(PatternKind::Mapping {
            keys,
            patterns,
            rest,
        })
    }

    fn mapping_key(&mut self) -> PResult<Expr> {
        if matches!(
            self.kind(),
            TokenKind::Keyword(Keyword::True | Keyword::False | Keyword::None)
        ) {
            return self.atom();
        }
        if self.at_name() {
            let start = self.start();
            let name = self.expect_name()?;
            return self.dotted_value(start, name);
        }
        self.literal_pattern_value()
    }

    /// A number (optionally negative) or a string.
    fn literal_pattern_value(&mut self) -> PResult<Expr> {
        let start = self.start();
        match self.kind() {
            TokenKind::Op(Op::Minus) => {
                self.bump();
                if !matches!(self.kind(), TokenKind::Int(_) | TokenKind::Float(_)) {
                    return Err(self.error_here(Code::ExpectedExpression));
                }
                let number = self.atom()?;
                Ok(Expr {
                    kind: ExprKind::UnaryOp {
                        op: UnaryOp::Neg,
                        operand: Box::new(number),
                    },
                    span: self.span_from(start),
                })
            }
            TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Str(_)
            | TokenKind::Bytes(_)
            | TokenKind::FString(_) => self.atom(),
            _ => Err(self.error_here(Code::ExpectedExpression)),
        }
    }

    fn pattern_from(&self, start: u32, kind: PatternKind) -> Pattern {
        Pattern {
            kind,
            span: self.span_from(start),
        }
    }
}
