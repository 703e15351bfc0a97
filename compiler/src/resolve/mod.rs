//! Name resolution with Python's scoping rules, and the context checks (break outside loop, ...).
//!
//! Two passes: [`collect`] walks the tree once, building the scope tree and the list of name
//! occurrences (and running the context checks); [`check`](mod@check) then resolves every
//! occurrence against the complete symbol tables, so a function may use names bound later in
//! the module.
mod builtins;
mod check;
mod collect;
mod context;
mod resolution;
mod scopes;

#[cfg(test)]
mod tests;

use crate::diagnostics::Diagnostic;
use crate::lexicon::Lexicon;
use crate::source::SourceFile;
use crate::syntax::ast::Module;

pub use builtins::{PYTHON_BUILTINS, builtin_for};
pub use collect::MAX_DEPTH;
pub use resolution::{NameRef, Resolution, ScopeId, ScopeInfo, ScopeKind};

/// Resolves every name of `module` and reports the name and context errors.
pub fn resolve(
    file: &SourceFile,
    module: &Module,
    lexicon: &'static Lexicon,
) -> (Resolution, Vec<Diagnostic>) {
    check::analyze(collect::collect(file, module), lexicon)
}

/// The diagnostics of [`resolve`] alone.
pub fn check(file: &SourceFile, module: &Module, lexicon: &'static Lexicon) -> Vec<Diagnostic> {
    resolve(file, module, lexicon).1
}
