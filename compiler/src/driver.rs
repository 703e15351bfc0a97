//! The pipeline: bytes -> diagnostics, syntax tree, wasm module. Pure: no IO.
use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::lexicon::{self, Lexicon};
use crate::source::{SourceFile, Span};
use crate::syntax::ast::Module;
use crate::syntax::token::Token;
use crate::syntax::{detect, lexer, parser};
use crate::{codegen, link, render, resolve};

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--lang xx`: skip detection and use this language.
    pub lang: Option<String>,
}

/// Everything the front end learned about one file.
pub struct Checked {
    pub file: SourceFile,
    pub lexicon: &'static Lexicon,
    pub tokens: Vec<Token>,
    pub module: Module,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics rendered in the file's language, in source order.
    pub fn render_diagnostics(&self) -> String {
        let mut diagnostics: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        diagnostics.sort_by_key(|d| (d.span.start, d.code.number()));
        diagnostics
            .iter()
            .map(|d| render::render(d, &self.file, self.lexicon))
            .collect()
    }
}

/// Decodes `bytes` as UTF-8; invalid sequences become U+FFFD and one diagnostic.
fn decode(name: &str, bytes: &[u8]) -> (SourceFile, Option<Diagnostic>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (SourceFile::new(name, text), None),
        Err(err) => {
            let at = err.valid_up_to();
            let file = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
            (
                file,
                Some(Diagnostic::error(Code::InvalidUtf8, Span::new(at, at + 1))),
            )
        }
    }
}

/// Lex, parse and resolve one file.
pub fn check(name: &str, bytes: &[u8], options: &Options) -> Checked {
    let (file, utf8_error) = decode(name, bytes);
    let mut diagnostics: Vec<Diagnostic> = utf8_error.into_iter().collect();
    let lexicon = match options.lang.as_deref() {
        Some(code) => lexicon::by_code(code).unwrap_or_else(|| {
            diagnostics
                .push(Diagnostic::error(Code::UnknownLanguage, Span::default()).with("lang", code));
            detect::detect_language(&file.text)
        }),
        None => detect::detect_language(&file.text),
    };
    let (tokens, lex_diagnostics) = lexer::lex(&file, lexicon);
    diagnostics.extend(lex_diagnostics);
    let (module, parse_diagnostics) = parser::parse(&file, &tokens, lexicon);
    diagnostics.extend(parse_diagnostics);
    diagnostics.extend(resolve::check(&file, &module, lexicon));
    Checked {
        file,
        lexicon,
        tokens,
        module,
        diagnostics,
    }
}

pub enum Compiled {
    Module(Vec<u8>),
    Failed(Checked),
    /// A bug of the compiler (the linker or validator rejected generated code): not the user's
    /// fault, reported as an internal error.
    InternalError(String),
}

/// The whole pipeline: a validated WASI command module, or the diagnostics that prevent it.
pub fn compile(name: &str, bytes: &[u8], options: &Options) -> Compiled {
    let mut checked = check(name, bytes, options);
    if checked.has_errors() {
        return Compiled::Failed(checked);
    }
    match codegen::generate(&checked.file, &checked.module, checked.lexicon) {
        Ok(user) => match link::link(link::RUNTIME_WASM, &user) {
            Ok(module) => Compiled::Module(module),
            Err(message) => Compiled::InternalError(message),
        },
        Err(diagnostics) => {
            checked.diagnostics.extend(diagnostics);
            Compiled::Failed(checked)
        }
    }
}
