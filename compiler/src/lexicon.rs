//! The human-language tables, compiled in from `lexicons/*.toml` by `build.rs`.
//!
//! This is the only module that knows human languages exist as data; everything it exposes is
//! looked up by concept id, builtin name or message key.

/// One element of a reordered statement form (see `lexicons/*.toml` `[[surface]]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SurfaceElement {
    /// An expression up to the next element (at bracket depth 0) or the end of the line.
    Expr(&'static str),
    /// A single identifier.
    Name(&'static str),
    /// A keyword token of this concept id.
    Keyword(&'static str),
    /// A token whose text is exactly this word (not necessarily a keyword).
    Word(&'static str),
    /// A delimiter such as `:`.
    Delimiter(&'static str),
}

/// A reordered statement form and the canonical statement it stands for.
#[derive(Clone, Copy, Debug)]
pub struct SurfaceForm {
    /// `for` (slots `iterable`, `target`), `while` (`condition`), `if` (`condition`),
    /// `with` (`context`).
    pub statement: &'static str,
    pub pattern: &'static [SurfaceElement],
}

#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code, also the file name: `fr` for `lexicons/fr.toml`.
    pub code: &'static str,
    /// The language's own name for itself.
    pub name: &'static str,
    pub right_to_left: bool,
    /// `(concept id, spellings)`; the first spelling is canonical; spellings may be phrases.
    pub keywords: &'static [(&'static str, &'static [&'static str])],
    /// `(canonical builtin, localized aliases)`.
    pub builtins: &'static [(&'static str, &'static [&'static str])],
    /// `(message key, template)`; templates use `{name}` placeholders.
    pub messages: &'static [(&'static str, &'static str)],
    pub surface_forms: &'static [SurfaceForm],
}

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// Every language: English first, then by the files' `order` key (see `build/lexicons.rs`).
pub fn all() -> &'static [Lexicon] {
    LEXICONS
}

pub fn by_code(code: &str) -> Option<&'static Lexicon> {
    LEXICONS.iter().find(|l| l.code == code)
}

pub fn english() -> &'static Lexicon {
    by_code("en").expect("lexicons/en.toml is compiled in")
}

impl Lexicon {
    pub fn spellings(&self, concept: &str) -> &'static [&'static str] {
        self.keywords
            .iter()
            .find(|(c, _)| *c == concept)
            .map_or(&[], |(_, s)| s)
    }

    /// The canonical builtin a localized alias stands for (`intervalle` -> `range`).
    pub fn builtin_for_alias(&self, alias: &str) -> Option<&'static str> {
        self.builtins
            .iter()
            .find(|(_, aliases)| aliases.contains(&alias))
            .map(|(c, _)| *c)
    }

    pub fn message(&self, key: &str) -> Option<&'static str> {
        self.messages
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, m)| *m)
    }
}
