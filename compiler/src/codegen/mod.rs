//! Code generation: syntax tree -> a wasm module that imports the guest runtime (`mlrt.*`).
use crate::diagnostics::Diagnostic;
use crate::lexicon::Lexicon;
use crate::source::SourceFile;
use crate::syntax::ast::Module;

/// STUB: nothing is supported yet.
pub fn generate(
    _file: &SourceFile,
    _module: &Module,
    _lexicon: &'static Lexicon,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    Err(Vec::new())
}
