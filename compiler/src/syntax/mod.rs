//! Front end: tokens, lexer, parser and the syntax tree.

pub mod ast;
pub mod token;
