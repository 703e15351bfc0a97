//! Context checks: `break`/`continue` need a loop, `return`/`yield` a function, `await` (and
//! `async for`/`async with`) an `async def`. The binding pass keeps a [`Context`] while it walks.
use crate::diagnostics::{Code, Diagnostic};
use crate::source::{SourceFile, Span};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Body {
    /// Module or class body.
    #[default]
    Namespace,
    Function,
    AsyncFunction,
    Lambda,
}

/// Where the walker currently is, as far as the context checks care.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub body: Body,
    /// Loops enclosing the current statement inside the current function or class body.
    pub loops: u32,
    /// Inside a comprehension (where `yield` is not allowed).
    pub comprehension: bool,
}

impl Context {
    /// The context at the start of a new function, lambda or class body.
    pub fn enter_body(body: Body) -> Context {
        Context {
            body,
            loops: 0,
            comprehension: false,
        }
    }

    fn in_function(self) -> bool {
        self.body != Body::Namespace
    }

    fn in_async_function(self) -> bool {
        self.body == Body::AsyncFunction
    }

    pub fn check_break(self, file: &SourceFile, stmt: Span) -> Option<Diagnostic> {
        (self.loops == 0).then(|| keyword_diagnostic(Code::BreakOutsideLoop, file, stmt, None))
    }

    pub fn check_continue(self, file: &SourceFile, stmt: Span) -> Option<Diagnostic> {
        (self.loops == 0).then(|| keyword_diagnostic(Code::ContinueOutsideLoop, file, stmt, None))
    }

    /// `operand` is the span of the returned value, if any.
    pub fn check_return(
        self,
        file: &SourceFile,
        stmt: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_function())
            .then(|| keyword_diagnostic(Code::ReturnOutsideFunction, file, stmt, operand))
    }

    pub fn check_yield(
        self,
        file: &SourceFile,
        expr: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_function() || self.comprehension)
            .then(|| keyword_diagnostic(Code::YieldOutsideFunction, file, expr, operand))
    }

    /// `await x`, `async for`, `async with` and asynchronous comprehensions.
    pub fn check_await(
        self,
        file: &SourceFile,
        node: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_async_function())
            .then(|| keyword_diagnostic(Code::AwaitOutsideAsync, file, node, operand))
    }
}

/// A diagnostic at the keyword that starts `node` (its text before `operand`), quoting it as
/// typed in the `word` argument.
pub fn keyword_diagnostic(
    code: Code,
    file: &SourceFile,
    node: Span,
    operand: Option<Span>,
) -> Diagnostic {
    let end = operand
        .map_or(node.end, |o| o.start)
        .clamp(node.start, node.end);
    let text = file.slice(Span {
        start: node.start,
        end,
    });
    let from_keyword = text.trim_start();
    let word = from_keyword.lines().next().unwrap_or("").trim_end();
    if word.is_empty() {
        return Diagnostic::error(code, node);
    }
    let start = node.start as usize + (text.len() - from_keyword.len());
    Diagnostic::error(code, Span::new(start, start + word.len())).with("word", word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_diagnostic_quotes_and_points_at_the_keyword() {
        let file = SourceFile::new("t.ml", "retour x\n  arrêter\n");
        let code = Code::ReturnOutsideFunction;
        let d = keyword_diagnostic(code, &file, Span::new(0, 8), Some(Span::new(7, 8)));
        assert_eq!((d.arg("word"), d.span), (Some("retour"), Span::new(0, 6)));
        let d = keyword_diagnostic(code, &file, Span::new(9, 20), None);
        assert_eq!(
            (d.arg("word"), file.slice(d.span)),
            (Some("arrêter"), "arrêter")
        );
        // A span that is not on a character boundary gives no word rather than a panic.
        let d = keyword_diagnostic(code, &file, Span::new(15, 20), None);
        assert_eq!((d.arg("word"), d.span), (None, Span::new(15, 20)));
    }

    #[test]
    fn loops_and_functions() {
        let file = SourceFile::new("t.ml", "break");
        let module = Context::default();
        assert!(module.check_break(&file, Span::new(0, 5)).is_some());
        let in_loop = Context { loops: 1, ..module };
        assert!(in_loop.check_break(&file, Span::new(0, 5)).is_none());
        let function = Context::enter_body(Body::Function);
        assert!(
            function
                .check_return(&file, Span::new(0, 5), None)
                .is_none()
        );
        assert!(function.check_await(&file, Span::new(0, 5), None).is_some());
        let comprehension = Context {
            comprehension: true,
            ..function
        };
        assert!(
            comprehension
                .check_yield(&file, Span::new(0, 5), None)
                .is_some()
        );
    }
}
