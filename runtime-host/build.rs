//! Builds the compiler (`compiler/`, binary `mlcc`) for wasm32-wasip1 and places it at
//! `$OUT_DIR/mlc.wasm`, which `src/compiler.rs` embeds with `include_bytes!`.
//!
//! - `MLC_WASM=/path/to/mlc.wasm` embeds a prebuilt compiler instead of building one.
//! - The nested build uses its own target directory (`<workspace>/target/mlc-wasm`, shared with
//!   `scripts/dist`) and the size-optimized release profile of the shipped `mlc.wasm`.
//! - If the nested build fails (the compiler is being edited) and an earlier build left an
//!   artifact, that artifact is embedded with a warning; otherwise an empty file is embedded with a
//!   warning, and the host reports at run time that it has no compiler.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

const WASM_TARGET: &str = "wasm32-wasip1";

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let embedded = out_dir.join("mlc.wasm");
    println!("cargo:rerun-if-env-changed=MLC_WASM");

    if let Some(prebuilt) = env::var_os("MLC_WASM") {
        let prebuilt = PathBuf::from(prebuilt);
        println!("cargo:rerun-if-changed={}", prebuilt.display());
        copy(&prebuilt, &embedded);
        return;
    }

    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let workspace = manifest_dir
        .parent()
        .expect("runtime-host lives in the workspace");
    for watched in ["compiler", "lexicons", "Cargo.toml"] {
        println!(
            "cargo:rerun-if-changed={}",
            workspace.join(watched).display()
        );
    }

    let target_dir = workspace.join("target").join("mlc-wasm");
    let artifact = target_dir
        .join(WASM_TARGET)
        .join("release")
        .join("mlcc.wasm");
    match build_compiler(workspace, &target_dir) {
        Ok(()) => copy(&artifact, &embedded),
        Err(log) if artifact.exists() => {
            println!(
                "cargo:warning=building mlc.wasm failed; embedding the previous build ({})",
                artifact.display()
            );
            for line in log.lines().filter(|l| l.starts_with("error")).take(5) {
                println!("cargo:warning={line}");
            }
            copy(&artifact, &embedded);
        }
        Err(log) => {
            // The host still builds (its own tests do not need the compiler); running the compiler
            // then reports that it is missing.
            println!("cargo:warning=building mlc.wasm failed; this mlc has no compiler embedded");
            for line in log.lines().filter(|l| l.starts_with("error")).take(5) {
                println!("cargo:warning={line}");
            }
            write_empty(&embedded);
        }
    }
}

/// `cargo build -p mlc --bin mlcc --target wasm32-wasip1 --release`, size-optimized, in a clean
/// environment: the variables cargo sets for this build script must not leak into the nested build.
fn build_compiler(workspace: &Path, target_dir: &Path) -> Result<(), String> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(workspace)
        .args(["build", "--package", "mlc", "--bin", "mlcc", "--release"])
        .args(["--target", WASM_TARGET])
        .arg("--target-dir")
        .arg(target_dir);
    for (key, _) in env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        if leaks_into_nested_build(key) {
            cmd.env_remove(key);
        }
    }
    for (key, value) in release_profile() {
        cmd.env(key, value);
    }
    let output = cmd.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The profile of the shipped compiler (also used by `scripts/dist`).
fn release_profile() -> [(&'static str, &'static str); 4] {
    [
        ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "s"),
        ("CARGO_PROFILE_RELEASE_LTO", "true"),
        ("CARGO_PROFILE_RELEASE_STRIP", "true"),
        ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1"),
    ]
}

fn leaks_into_nested_build(key: &str) -> bool {
    const EXACT: &[&str] = &[
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_MANIFEST_DIR",
        "CARGO_MANIFEST_PATH",
        "CARGO_MANIFEST_LINKS",
    ];
    const PREFIXES: &[&str] = &[
        "CARGO_FEATURE_",
        "CARGO_CFG_",
        "CARGO_PKG_",
        "CARGO_PROFILE_",
    ];
    EXACT.contains(&key) || PREFIXES.iter().any(|p| key.starts_with(p))
}

fn copy(from: &Path, to: &Path) {
    if let Err(e) = std::fs::copy(from, to) {
        panic!("cannot copy {} to {}: {e}", from.display(), to.display());
    }
}

fn write_empty(to: &Path) {
    if let Err(e) = std::fs::write(to, b"") {
        panic!("cannot write {}: {e}", to.display());
    }
}
