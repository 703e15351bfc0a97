//! `mlc run|build|check` on multilingual sources: the embedded compiler (mlc.wasm) under
//! wasmtime, then the program it produced.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

fn mlc_in(dir: &Path, args: &[&str]) -> Output {
    assert!(
        !mlc_host::compiler::MLC_WASM.is_empty(),
        "this mlc has no compiler embedded: building mlc.wasm failed (see the build warnings)"
    );
    // Compile the compiler into the test cache once, not once per concurrent test.
    static WARM_CACHE: Once = Once::new();
    WARM_CACHE.call_once(|| {
        command(&programs(), &["check", "hello.fr.ml"]);
    });
    command(dir, args)
}

fn command(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mlc"))
        .current_dir(dir)
        .args(args)
        .env(
            "MLC_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("mlc-cache"),
        )
        .env_remove("MULTILINGUAL_BACKEND")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn assert_status(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

#[test]
fn run_hello_world() {
    let output = mlc_in(&programs(), &["run", "hello.fr.ml"]);
    assert_status(&output, 0);
    assert_eq!(text(&output.stdout), "Bonjour, le monde !\n");
    // The same file named with a directory.
    let output = mlc_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["run", "tests/programs/hello.fr.ml"],
    );
    assert_status(&output, 0);
    assert_eq!(text(&output.stdout), "Bonjour, le monde !\n");
}

#[test]
fn compile_errors_exit_1_with_diagnostics() {
    for command in ["run", "check", "build"] {
        let output = mlc_in(&programs(), &[command, "syntax_error.en.ml"]);
        assert_status(&output, 1);
        let stderr = text(&output.stderr);
        assert!(stderr.contains("syntax_error.en.ml"), "{command}: {stderr}");
        assert!(output.stdout.is_empty(), "{command}");
    }
}

#[test]
fn build_writes_a_module_that_runs() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hello.fr.wasm");
    let _ = std::fs::remove_file(&out);
    let output = mlc_in(
        &programs(),
        &["build", "hello.fr.ml", "-o", out.to_str().unwrap()],
    );
    assert_status(&output, 0);
    let wasm = std::fs::read(&out).unwrap();
    assert!(wasm.starts_with(b"\0asm"), "not a wasm module");
    let output = mlc_in(&programs(), &["run", out.to_str().unwrap()]);
    assert_status(&output, 0);
    assert_eq!(text(&output.stdout), "Bonjour, le monde !\n");
}

#[test]
fn arguments_reach_the_program_and_sys_exit_is_the_exit_status() {
    let output = mlc_in(&programs(), &["run", "exit_args.en.ml", "a", "b c"]);
    assert_status(&output, 3);
    assert_eq!(text(&output.stdout), "['a', 'b c']\n");
}
