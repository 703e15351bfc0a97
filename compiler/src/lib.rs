//! mlc: the compiler of the multilingual language.
//!
//! The whole crate is pure: source text in, bytes and diagnostics out. Only `main.rs` (the CLI)
//! touches files, standard streams and the process exit code.

pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod lexicon;
pub mod link;
pub mod render;
pub mod resolve;
pub mod source;
pub mod syntax;
