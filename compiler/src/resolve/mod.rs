//! Name resolution with Python's scoping rules, and the context checks (break outside loop, ...).
use crate::diagnostics::Diagnostic;
use crate::lexicon::Lexicon;
use crate::source::SourceFile;
use crate::syntax::ast::Module;

/// STUB: reports nothing.
pub fn check(_file: &SourceFile, _module: &Module, _lexicon: &'static Lexicon) -> Vec<Diagnostic> {
    Vec::new()
}
