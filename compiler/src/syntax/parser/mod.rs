//! The parser: tokens -> syntax tree (+ diagnostics). Never fails, never panics.
//!
//! Hand-written recursive descent for statements and Pratt parsing for expressions. A syntax
//! error aborts the current statement (the error travels up as [`Bail`]); the statement loop
//! then skips to the end of the logical line and carries on, so every independent error of a
//! file is reported once, without follow-up errors.
//!
//! One job per file:
//! - `cursor`: token access, brackets, expect helpers, diagnostics, recovery
//! - `stmt`: statements and blocks; `targets`: assignment/deletion target checks
//! - `expr`: expressions (Pratt), `atom`: literals and displays, `call`: arguments and subscripts
//! - `params`: `def`/`lambda` parameter lists; `pattern`: `match` patterns
//! - `fstring`: replacement fields of f-strings; `surface`: reordered statement forms
//! - `buffers`: reusable buffers for lists under construction

mod atom;
mod buffers;
mod call;
mod cursor;
mod expr;
mod fstring;
mod params;
mod pattern;
mod stmt;
mod surface;
mod targets;
#[cfg(test)]
mod tests;

use crate::diagnostics::Diagnostic;
use crate::lexicon::Lexicon;
use crate::source::SourceFile;
use crate::syntax::ast::{Expr, Module, Stmt};
use crate::syntax::token::Token;

/// How deep expressions, patterns and blocks may nest before `NestingTooDeep` is reported.
/// Keeps the recursive descent well inside a 1 MB stack (the default of wasm32 programs).
pub const MAX_NESTING: u32 = 200;

/// How many operators, trailers and pipes may chain (`a + b + ...`, `a.b.c()`) within the
/// expressions being parsed: chains build left-deep trees, and later stages recurse on them.
pub const MAX_CHAIN: u32 = 2000;

/// Parses a whole file. `tokens` is the lexer's output (ending with `Eof`).
pub fn parse(
    file: &SourceFile,
    tokens: &[Token],
    lexicon: &'static Lexicon,
) -> (Module, Vec<Diagnostic>) {
    let mut parser = Parser::new(file, tokens, lexicon);
    let body = parser.module();
    (Module { body }, parser.diagnostics)
}

/// The current statement cannot be parsed; the diagnostic has already been reported.
#[derive(Debug)]
struct Bail;

type PResult<T> = Result<T, Bail>;

struct Parser<'a> {
    file: &'a SourceFile,
    tokens: &'a [Token],
    lexicon: &'static Lexicon,
    /// Index of the current token.
    pos: usize,
    /// Tokens at or after this index read as `Eof` (used to parse a slice of a line).
    limit: usize,
    /// End offset of the last consumed token: the end of the node being built.
    last_end: u32,
    /// Open brackets around the current token; inside brackets line breaks and indentation
    /// are not significant.
    brackets: u32,
    /// Current nesting of expressions, patterns and blocks (see [`MAX_NESTING`]).
    depth: u32,
    /// Links of the operator chains currently being parsed (see [`MAX_CHAIN`]).
    links: u32,
    /// Stands for every position past the last token (and past `limit`).
    eof: Token,
    diagnostics: Vec<Diagnostic>,
    /// Reusable buffers for statement lists and argument lists under construction.
    stmt_buffers: buffers::Buffers<Stmt>,
    expr_buffers: buffers::Buffers<Expr>,
}
