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
        (self.loops == 0).then(|| with_word(Code::BreakOutsideLoop, file, stmt, None))
    }

    pub fn check_continue(self, file: &SourceFile, stmt: Span) -> Option<Diagnostic> {
        (self.loops == 0).then(|| with_word(Code::ContinueOutsideLoop, file, stmt, None))
    }

    /// `operand` is the span of the returned value, if any.
    pub fn check_return(
        self,
        file: &SourceFile,
        stmt: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_function()).then(|| with_word(Code::ReturnOutsideFunction, file, stmt, operand))
    }

    pub fn check_yield(
        self,
        file: &SourceFile,
        expr: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_function() || self.comprehension)
            .then(|| with_word(Code::YieldOutsideFunction, file, expr, operand))
    }

    /// `await x`, `async for`, `async with` and asynchronous comprehensions.
    pub fn check_await(
        self,
        file: &SourceFile,
        node: Span,
        operand: Option<Span>,
    ) -> Option<Diagnostic> {
        (!self.in_async_function()).then(|| with_word(Code::AwaitOutsideAsync, file, node, operand))
    }
}

/// A context diagnostic quoting the keyword as typed: the text of `node` before `operand`.
fn with_word(code: Code, file: &SourceFile, node: Span, operand: Option<Span>) -> Diagnostic {
    let diagnostic = Diagnostic::error(code, node);
    let word = keyword_text(file, node, operand);
    if word.is_empty() {
        diagnostic
    } else {
        diagnostic.with("word", word)
    }
}

/// The keyword that starts `node`: its text up to `operand` (or the whole node), first line only.
pub fn keyword_text(file: &SourceFile, node: Span, operand: Option<Span>) -> String {
    let end = operand
        .map_or(node.end, |o| o.start)
        .clamp(node.start, node.end);
    let text = file.slice(Span {
        start: node.start,
        end,
    });
    let first_line = text.lines().next().unwrap_or("");
    first_line.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_text_stops_at_operand_and_line_end() {
        let file = SourceFile::new("t.ml", "retour x\narrêter\n");
        assert_eq!(
            keyword_text(&file, Span::new(0, 8), Some(Span::new(7, 8))),
            "retour"
        );
        assert_eq!(keyword_text(&file, Span::new(9, 17), None), "arrêter");
        // A span that is not on a character boundary gives no word rather than a panic.
        assert_eq!(keyword_text(&file, Span::new(14, 20), None), "");
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
