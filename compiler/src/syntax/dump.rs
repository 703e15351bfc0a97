//! Stable text dumps of tokens and syntax trees (`mlc dump`, golden tests).
use crate::source::SourceFile;
use crate::syntax::ast::Module;
use crate::syntax::token::Token;

pub fn tokens(file: &SourceFile, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        let (line, col) = file.line_col(t.span.start);
        out.push_str(&format!("{line}:{col} {:?}\n", t.kind));
    }
    out
}

pub fn ast(_file: &SourceFile, module: &Module) -> String {
    format!("{module:#?}\n")
}
