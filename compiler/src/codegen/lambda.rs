//! `lambda params: body`: a function object whose code is `return body` (see `closure.rs`).
use super::closure::lambda_def;
use super::{FunctionGen, Gen};
use crate::source::Span;
use crate::syntax::ast::{Expr, Parameters};

impl FunctionGen<'_, '_, '_> {
    /// Leaves the function object of the lambda expression at `span` on the stack.
    pub fn lambda(&mut self, params: &Parameters, body: &Expr, span: Span) -> Gen {
        let def = lambda_def(params, body, span);
        self.function_value(&def)
    }
}
