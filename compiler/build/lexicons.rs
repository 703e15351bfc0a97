//! `lexicons/*.toml` -> `$OUT_DIR/lexicons.rs`: one static `Lexicon` per file, consumed by
//! `src/lexicon.rs` through `include!`. Any `*.toml` in the directory is a language: adding a
//! language is adding a file. Order: `en` first, then by the file's `order` key, then by code.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    code: String,
    name: String,
    #[serde(default)]
    right_to_left: bool,
    order: Option<u32>,
    #[serde(default)]
    keywords: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    builtins: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    messages: BTreeMap<String, String>,
    #[serde(default)]
    surface: Vec<SurfaceFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SurfaceFile {
    statement: String,
    pattern: Vec<String>,
}

pub fn generate() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let dir = manifest.join("../lexicons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut lexicons: Vec<LexiconFile> = lexicon_paths(&dir).iter().map(|p| load(p)).collect();
    lexicons.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));

    let mut out = String::from("static LEXICONS: &[Lexicon] = &[\n");
    for lexicon in &lexicons {
        emit_lexicon(&mut out, lexicon);
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("lexicons.rs"), out).expect("write $OUT_DIR/lexicons.rs");
}

fn lexicon_paths(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the lexicons directory {}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.expect("lexicons directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
}

fn load(path: &Path) -> LexiconFile {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let lexicon: LexiconFile =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    assert_eq!(
        lexicon.code,
        stem,
        "{}: `code` must equal the file name",
        path.display()
    );
    lexicon
}

fn sort_key(lexicon: &LexiconFile) -> (bool, u32, &str) {
    (
        lexicon.code != "en",
        lexicon.order.unwrap_or(u32::MAX),
        &lexicon.code,
    )
}

fn emit_lexicon(out: &mut String, lexicon: &LexiconFile) {
    let _ = writeln!(out, "    Lexicon {{");
    let _ = writeln!(out, "        code: {:?},", lexicon.code);
    let _ = writeln!(out, "        name: {:?},", lexicon.name);
    let _ = writeln!(out, "        right_to_left: {},", lexicon.right_to_left);
    emit_word_lists(out, "keywords", &lexicon.keywords);
    emit_word_lists(out, "builtins", &lexicon.builtins);
    let _ = writeln!(out, "        messages: &[");
    for (key, template) in &lexicon.messages {
        let _ = writeln!(out, "            ({key:?}, {template:?}),");
    }
    let _ = writeln!(out, "        ],");
    let _ = writeln!(out, "        surface_forms: &[");
    for form in &lexicon.surface {
        let elements: Vec<String> = form
            .pattern
            .iter()
            .map(|element| surface_element(&lexicon.code, lexicon, element))
            .collect();
        let _ = writeln!(
            out,
            "            SurfaceForm {{ statement: {:?}, pattern: &[{}] }},",
            form.statement,
            elements.join(", ")
        );
    }
    let _ = writeln!(out, "        ],");
    let _ = writeln!(out, "    }},");
}

fn emit_word_lists(out: &mut String, field: &str, table: &BTreeMap<String, Vec<String>>) {
    let _ = writeln!(out, "        {field}: &[");
    for (key, words) in table {
        let _ = writeln!(out, "            ({key:?}, &{words:?}),");
    }
    let _ = writeln!(out, "        ],");
}

/// `expr:SLOT`, `name:SLOT`, `kw:CONCEPT`, `word:TEXT`, `delim:TEXT` -> a `SurfaceElement`.
fn surface_element(code: &str, lexicon: &LexiconFile, element: &str) -> String {
    let (kind, value) = element
        .split_once(':')
        .unwrap_or_else(|| panic!("{code}.toml: surface element {element:?} has no `kind:`"));
    let variant = match kind {
        "expr" => "Expr",
        "name" => "Name",
        "kw" => {
            assert!(
                lexicon.keywords.contains_key(value),
                "{code}.toml: surface element {element:?} names an unknown concept"
            );
            "Keyword"
        }
        "word" => "Word",
        "delim" => "Delimiter",
        _ => panic!("{code}.toml: unknown surface element kind in {element:?}"),
    };
    format!("SurfaceElement::{variant}({value:?})")
}
