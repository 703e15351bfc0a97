//! Renders diagnostics like rustc, in the language of the file.
use crate::diagnostics::Diagnostic;
use crate::lexicon::Lexicon;
use crate::source::SourceFile;

/// STUB: code and position only.
pub fn render(diagnostic: &Diagnostic, file: &SourceFile, _lexicon: &'static Lexicon) -> String {
    let (line, col) = file.line_col(diagnostic.span.start);
    format!(
        "{}:{line}:{col}: error[E{:04}]: {}\n",
        file.name,
        diagnostic.code.number(),
        diagnostic.code.key()
    )
}
