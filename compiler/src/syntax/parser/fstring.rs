//! Replacement fields of f-strings: the lexer gives the span of each field's expression text;
//! it is lexed in place (in the file's language, `lexer::lex_span`) and parsed here.

use super::{Bail, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::source::Span;
use crate::syntax::ast::{self, Expr};
use crate::syntax::lexer;
use crate::syntax::token;

impl<'a> Parser<'a> {
    pub(super) fn fstring_parts(
        &mut self,
        parts: &[token::FStringPart],
    ) -> PResult<Vec<ast::FStringPart>> {
        self.nested(|p| {
            let mut parsed = Vec::with_capacity(parts.len());
            for part in parts {
                parsed.push(match part {
                    token::FStringPart::Literal(text) => ast::FStringPart::Literal(text.clone()),
                    token::FStringPart::Field {
                        expr,
                        debug_text,
                        conversion,
                        spec,
                    } => ast::FStringPart::Field {
                        value: Box::new(p.fstring_field(*expr)?),
                        debug_text: debug_text.clone(),
                        conversion: *conversion,
                        spec: p.fstring_parts(spec)?,
                    },
                });
            }
            Ok(parsed)
        })
    }

    /// Lexes and parses the expression text of one field.
    fn fstring_field(&mut self, span: Span) -> PResult<Expr> {
        let text = self.text(span);
        if text.trim().is_empty() {
            let diagnostic = Diagnostic::error(Code::ExpectedExpression, span).with("found", text);
            self.report(diagnostic);
            return Err(Bail);
        }
        let (tokens, lex_diagnostics) = lexer::lex_span(self.file, span, self.lexicon);
        self.diagnostics.extend(lex_diagnostics);

        let mut sub = Parser::new(self.file, &tokens, self.lexicon);
        sub.depth = self.depth;
        sub.links = self.links;
        let result = sub.field_expr();
        self.diagnostics.append(&mut sub.diagnostics);
        result
    }

    /// What a field may hold: star expressions (a tuple without parentheses) or `yield`.
    fn field_expr(&mut self) -> PResult<Expr> {
        let expr = if self.at_kw(token::Keyword::Yield) {
            self.yield_expr()?
        } else {
            self.star_exprs()?
        };
        if !self.at_eof() {
            return Err(self.error_here(Code::UnexpectedToken));
        }
        Ok(expr)
    }
}
