//! Golden WAT of generated code: every `tests/golden/wat/NAME.ml` is compiled by the front end
//! and the code generator (before linking, so only the program's own code is shown) and printed
//! with `wasmprinter`; the text is compared with `NAME.wat` next to it.
//!
//! `BLESS=1 cargo test -p mlc-tests --test wat` rewrites the expected files; review the diffs.
use std::path::Path;

use mlc::driver::{self, Options};

fn generated_wat(name: &str, source: &[u8]) -> String {
    let checked = driver::check(name, source, &Options::default());
    if checked.has_errors() {
        return format!(";; diagnostics\n{}", checked.render_diagnostics());
    }
    match mlc::codegen::generate(&checked.file, &checked.module, checked.lexicon) {
        Ok(bytes) => wasmprinter::print_bytes(&bytes).unwrap_or_else(|err| format!(";; {err}\n")),
        Err(diagnostics) => {
            let rendered: Vec<String> = diagnostics
                .iter()
                .map(|d| mlc::render::render(d, &checked.file, checked.lexicon))
                .collect();
            format!(";; not supported\n{}", rendered.concat())
        }
    }
}

#[test]
fn generated_code_matches_golden_wat() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden/wat");
    let bless = std::env::var_os("BLESS").is_some();
    let mut sources: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden/wat exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "ml"))
        .collect();
    sources.sort();
    assert!(
        !sources.is_empty(),
        "no golden WAT sources in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for source in &sources {
        let name = source.file_name().unwrap_or_default().to_string_lossy();
        let text = std::fs::read(source).expect("read source");
        let actual = generated_wat(&name, &text);
        let expected_path = source.with_extension("wat");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write golden file");
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(_) => failures.push(format!("{name}: differs from {}", expected_path.display())),
            Err(_) => failures.push(format!("{name}: {} missing", expected_path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "golden WAT mismatches (BLESS=1 to regenerate):\n{}",
        failures.join("\n")
    );
}
