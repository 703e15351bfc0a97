//! The `mlc` binary: usage errors, and running WAT-built `.wasm` files with `mlc run`
//! (standard streams, arguments, exit codes, traps, limits).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn mlc(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mlc"))
        .args(args)
        .env_remove("MULTILINGUAL_BACKEND")
        .env_remove("MULTILINGUAL_DEBUG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// `tests/programs/NAME.wat` assembled to a `.wasm` file.
fn wasm(name: &str) -> String {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(format!("{name}.wat"));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-programs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.wasm"));
    std::fs::write(&path, wat::parse_file(&source).unwrap()).unwrap();
    path.to_str().unwrap().to_string()
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

/// Users of the language never see Rust internals.
fn assert_no_rust_internals(output: &Output) {
    let stderr = text(&output.stderr);
    for word in ["panicked", "RUST_BACKTRACE", "rustc", ".rs:"] {
        assert!(!stderr.contains(word), "{word} in {stderr}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("does-not-exist.ml");
    let missing = missing.to_str().unwrap();
    for args in [
        &[][..],
        &["--frobnicate"],
        &["run"],
        &["run", "--fuel"],
        &["run", "--fuel", "lots", "x.wasm"],
        &["run", "--memory-limit", "12XB", "x.wasm"],
        &["run", "--timeout", "never", "x.wasm"],
        &["run", "--backend", "quantum", "x.wasm"],
        &["run", "--unknown", "x.wasm"],
        &["run", missing],
        &["build", "--backend"],
    ] {
        let output = mlc(args, b"");
        assert_status(&output, 2);
        assert!(text(&output.stderr).starts_with("mlc: "), "{args:?}");
        assert_no_rust_internals(&output);
    }
}

#[test]
fn help_and_version() {
    let output = mlc(&["--help"], b"");
    assert_status(&output, 0);
    assert!(text(&output.stdout).contains("usage: mlc run"));
    let output = mlc(&["--version"], b"");
    assert_status(&output, 0);
    assert!(text(&output.stdout).starts_with("mlc "));
}

#[test]
fn arguments_and_stdout_pass_through() {
    let output = mlc(
        &["run", &wasm("echo_args"), "un", "--deux", "trois quatre"],
        b"",
    );
    assert_status(&output, 0);
    assert_eq!(text(&output.stdout), "un\n--deux\ntrois quatre\n");
    // `--` after the file separates host options from program arguments.
    let output = mlc(&["run", &wasm("echo_args"), "--", "--fuel"], b"");
    assert_eq!(text(&output.stdout), "--fuel\n");
}

#[test]
fn stdin_passes_through() {
    let output = mlc(
        &["run", "--backend", "pulley", &wasm("cat")],
        "entrée\n".as_bytes(),
    );
    assert_status(&output, 0);
    assert_eq!(text(&output.stdout), "entrée\n");
}

#[test]
fn exit_status_and_stderr_pass_through() {
    let output = mlc(&["run", &wasm("exit7")], b"");
    assert_status(&output, 7);
    assert_eq!(text(&output.stderr), "bye\n");
}

#[test]
fn a_trap_exits_1_with_function_names() {
    let output = mlc(&["run", &wasm("divide_by_zero")], b"");
    assert_status(&output, 1);
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("mlc: wasm trap: integer divide by zero"),
        "{stderr}"
    );
    assert!(stderr.contains("0: divide\n"), "{stderr}");
    assert!(stderr.contains("1: compute\n"), "{stderr}");
    assert_no_rust_internals(&output);
}

#[test]
fn limits_end_runaway_programs() {
    let output = mlc(&["run", "--fuel", "5000", &wasm("spin")], b"");
    assert_status(&output, 1);
    assert!(text(&output.stderr).contains("ran out of fuel"));

    let output = mlc(&["run", "--timeout", "0.3", &wasm("spin")], b"");
    assert_status(&output, 1);
    assert!(text(&output.stderr).contains("stopped after 0.3 s"));

    let output = mlc(&["run", "--memory-limit", "1MB", &wasm("big_memory")], b"");
    assert_status(&output, 1);
    assert!(text(&output.stderr).contains("see --memory-limit"));

    // A big wasm stack runs on a native stack sized for it.
    let output = mlc(
        &[
            "run",
            "--stack-size",
            "64MB",
            "--fuel",
            "100000000",
            &wasm("recurse"),
        ],
        b"",
    );
    assert_status(&output, 1);
    assert!(text(&output.stderr).contains("call stack exhausted"));
    assert_no_rust_internals(&output);
}
