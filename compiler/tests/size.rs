//! Linked modules stay small: the linker keeps only the runtime code, data and function-table
//! entries a program can reach (see `src/link/`). Sizes are deterministic, so the bounds are exact
//! checks with headroom for the runtime to grow, not measurements.
use mlc::driver::{self, Compiled, Options};
use std::path::Path;

fn linked_size(corpus_program: &str) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus")
        .join(corpus_program);
    let source = std::fs::read(&path).expect("read corpus program");
    match driver::compile(corpus_program, &source, &Options::default()) {
        Compiled::Module(bytes) => bytes.len(),
        Compiled::Failed(checked) => panic!("{}", checked.render_diagnostics()),
        Compiled::InternalError(message) => panic!("internal error: {message}"),
    }
}

/// About 1.5 times the 46 KB of hello world when this test was written. Over the bound, look for
/// what made the runtime's generic machinery reachable (e.g. `wasm-tools print` the module and
/// follow the calls from `mlrt_report_uncaught`), or whether the runtime lost its relocations.
const HELLO_BOUND: usize = 70_000;

#[test]
fn hello_world_stays_small() {
    let size = linked_size("hello.en.ml");
    assert!(
        size < HELLO_BOUND,
        "hello.en.ml links to {size} bytes (bound {HELLO_BOUND})"
    );
}
