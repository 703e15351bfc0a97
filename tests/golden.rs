//! Golden files: every `tests/golden/<stage>/NAME.LANG.ml` is checked by the front end
//! (`mlc::driver::check`, language detected as for any file) and the stage's output is compared
//! with the expected file next to it:
//! - `tokens/NAME.LANG.tokens`: the detected language, the token dump and the lexer's
//!   diagnostics (code, position, arguments);
//! - `ast/NAME.LANG.ast`: the syntax tree dump;
//! - `diagnostics/NAME.LANG.diag`: all diagnostics, rendered.
//!
//! Translated twins `ast/NAME.LANG.ml` (one NAME, several LANGs) must also give identical
//! `dump::ast_without_spans` output: one test `ast-twins/NAME` per program.
//!
//! `BLESS=1 cargo test -p mlc-tests --test golden` writes the expected files from the current
//! output; review them as diffs. Each input file is one test (filter by its path).
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use mlc::driver::{self, Checked, Options};
use mlc::syntax::dump;

struct Stage {
    dir: &'static str,
    extension: &'static str,
    output: fn(&Checked) -> String,
}

const STAGES: &[Stage] = &[
    Stage {
        dir: "tokens",
        extension: "tokens",
        output: tokens_output,
    },
    Stage {
        dir: "ast",
        extension: "ast",
        output: |checked| dump::ast(&checked.file, &checked.module),
    },
    Stage {
        dir: "diagnostics",
        extension: "diag",
        output: Checked::render_diagnostics,
    },
];

fn tokens_output(checked: &Checked) -> String {
    let mut out = format!("# language: {}\n", checked.lexicon.code);
    out.push_str(&dump::tokens(&checked.file, &checked.tokens));
    // Lexical diagnostics: the lexer's own (re-lexed: the driver merges them with later
    // stages') and the driver's decoding ones (01xx codes); in source order.
    let (_, lexer_diagnostics) = mlc::syntax::lexer::lex(&checked.file, checked.lexicon);
    let mut lexical: Vec<_> = lexer_diagnostics
        .iter()
        .chain(checked.diagnostics.iter().filter(|d| d.code.number() < 200))
        .collect();
    lexical.sort_by_key(|d| (d.span.start, d.code.number()));
    lexical.dedup_by_key(|d| (d.span, d.code));
    for d in lexical {
        let (line, col) = checked.file.line_col(d.span.start);
        let args: Vec<String> = d
            .args
            .iter()
            .map(|(k, v)| format!(" {k}={}", dump::quoted(v)))
            .collect();
        out.push_str(&format!(
            "! {line}:{col} E{:04} {}{}\n",
            d.code.number(),
            d.code.key(),
            args.concat()
        ));
    }
    out
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let bless = std::env::var_os("BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    let mut trials = Vec::new();
    for stage in STAGES {
        for input in inputs(&root.join(stage.dir)) {
            let name = format!("{}/{}", stage.dir, file_name(&input));
            trials.push(Trial::test(name, move || run(stage, &input, bless)));
        }
    }
    for (name, twins) in twin_groups(&root.join("ast")) {
        trials.push(Trial::test(format!("ast-twins/{name}"), move || {
            check_twins(&twins)
        }));
    }
    let tests = root.parent().map(Path::to_path_buf).unwrap_or_default();
    trials.push(Trial::test("detect/languages-of-file-names", move || {
        check_detection(&tests)
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// Files knowingly detected as another language, with that language: all their keywords are
/// spelled alike in both (`for`, `i`, `skriv` are Danish and Swedish; the tie goes to the
/// first in list order) and the program behaves the same under both.
const DETECTED_AS_OTHER: &[(&str, &str)] =
    &[("variables.da.ml", "sv"), ("rt_fail_type.da.ml", "sv")];

/// Every `NAME.LANG.ml` of `tests/corpus` and `tests/golden/*` is detected as LANG.
fn check_detection(tests: &Path) -> Result<(), Failed> {
    let mut dirs = vec![tests.join("corpus")];
    if let Ok(entries) = std::fs::read_dir(tests.join("golden")) {
        dirs.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
    }
    dirs.sort();
    let mut wrong = String::new();
    let mut checked = 0;
    for dir in dirs {
        for input in inputs(&dir) {
            let file = file_name(&input);
            let parts: Vec<&str> = file.split('.').collect();
            let [_, lang, "ml"] = parts.as_slice() else {
                continue;
            };
            let expected = DETECTED_AS_OTHER
                .iter()
                .find(|(name, _)| *name == file)
                .map_or(*lang, |(_, other)| *other);
            let bytes = std::fs::read(&input)
                .map_err(|e| format!("cannot read {}: {e}", input.display()))?;
            let text = String::from_utf8_lossy(&bytes);
            let detected = mlc::syntax::detect::detect_language(&text).code;
            checked += 1;
            if detected != expected {
                wrong.push_str(&format!(
                    "{}: detected {detected}, expected {expected}\n",
                    input.display()
                ));
            }
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("{} of {checked} files:\n{wrong}", wrong.lines().count()).into())
    }
}

/// The `NAME.LANG.ml` files of `dir` grouped by NAME, for the NAMEs written in several LANGs.
fn twin_groups(dir: &Path) -> BTreeMap<String, Vec<PathBuf>> {
    let mut groups: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for input in inputs(dir) {
        let file = file_name(&input);
        let parts: Vec<&str> = file.split('.').collect();
        if let [name, _lang, "ml"] = parts.as_slice() {
            groups.entry(name.to_string()).or_default().push(input);
        }
    }
    groups.retain(|_, files| files.len() > 1);
    groups
}

/// Every twin's tree without positions and spellings equals the first one's (English first).
fn check_twins(twins: &[PathBuf]) -> Result<(), Failed> {
    let mut twins = twins.to_vec();
    twins.sort_by_key(|p| !file_name(p).ends_with(".en.ml"));
    let mut reference: Option<(String, String)> = None;
    let mut failures = String::new();
    for input in &twins {
        let bytes =
            std::fs::read(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
        let checked = driver::check(&file_name(input), &bytes, &Options::default());
        let tree = dump::ast_without_spans(&checked.file, &checked.module);
        match &reference {
            None => reference = Some((file_name(input), tree)),
            Some((first, expected)) if *expected != tree => {
                failures.push_str(&format!(
                    "{} differs from {first}:\n{}",
                    file_name(input),
                    line_diff(expected, &tree)
                ));
            }
            Some(_) => {}
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.into())
    }
}

/// The `*.ml` files of a stage directory, sorted (none if the directory does not exist).
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn run(stage: &Stage, input: &Path, bless: bool) -> Result<(), Failed> {
    let bytes =
        std::fs::read(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let checked = driver::check(&file_name(input), &bytes, &Options::default());
    let actual = (stage.output)(&checked);
    let expected_path = input.with_extension(stage.extension);
    if bless {
        std::fs::write(&expected_path, &actual)
            .map_err(|e| format!("cannot write {}: {e}", expected_path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&expected_path).map_err(|_| {
        format!(
            "missing {}: run `BLESS=1 cargo test -p mlc-tests --test golden` and review it",
            expected_path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    Err(format!(
        "{} differs (BLESS=1 rewrites it):\n{}",
        expected_path.display(),
        line_diff(&expected, &actual)
    )
    .into())
}

/// The differing lines, `-` expected and `+` actual, at most 40 of them.
fn line_diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..expected.len().max(actual.len()) {
        let (e, a) = (expected.get(i), actual.get(i));
        if e == a {
            continue;
        }
        if shown == 40 {
            out.push_str("...\n");
            break;
        }
        if let Some(e) = e {
            out.push_str(&format!("{:>5} - {e}\n", i + 1));
        }
        if let Some(a) = a {
            out.push_str(&format!("{:>5} + {a}\n", i + 1));
        }
        shown += 1;
    }
    out
}
