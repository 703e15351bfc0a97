//! Front end: tokens, lexer, language detection, parser and the syntax tree.

pub mod ast;
pub mod detect;
pub mod dump;
pub mod lexer;
pub mod parser;
pub mod token;
