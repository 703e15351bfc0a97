//! Builds the guest runtime (`compiler/runtime/`, crate `mlrt`) for wasm32-wasip1 with a nested
//! cargo and writes its compact form (`runtime_compact.rs`) to `$OUT_DIR/mlrt.wasm`, which
//! `src/link` embeds, and the module as built to `$OUT_DIR/mlrt.full.wasm` (for tests).
//!
//! The nested build gets a clean environment: everything the outer build exports to build scripts
//! (`CARGO_*`, `RUSTFLAGS`, `TARGET`, ...) would otherwise leak into it, e.g. when the outer build
//! itself targets wasm32-wasip1 to produce `mlc.wasm`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

const RUNTIME_TARGET: &str = "wasm32-wasip1";
const RUNTIME_ARTIFACT: &str = "mlrt.wasm";
const FULL_RUNTIME_ARTIFACT: &str = "mlrt.full.wasm";

/// What the runtime build depends on (not its `target/`, should someone build it in place).
const RUNTIME_INPUTS: &[&str] = &["Cargo.toml", "Cargo.lock", "src", "build.rs", ".cargo"];

/// Variables set by cargo for build scripts (or by the user for the outer build) that must not
/// reach the nested build.
const LEAKING_VARIABLES: &[&str] = &[
    "RUSTFLAGS",
    "RUSTDOCFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "TARGET",
    "HOST",
    "OUT_DIR",
    "OPT_LEVEL",
    "PROFILE",
    "DEBUG",
    "NUM_JOBS",
    "RUSTC_LINKER",
];

/// `CARGO_*` variables the nested build needs from the outer environment.
const KEPT_CARGO_VARIABLES: &[&str] = &[
    "CARGO_HOME",
    "CARGO_NET_OFFLINE",
    "CARGO_REGISTRIES_CRATES_IO_PROTOCOL",
];

pub fn build() {
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let runtime_dir = manifest_dir.join("runtime");
    let artifact = out_dir.join(RUNTIME_ARTIFACT);
    let full_artifact = out_dir.join(FULL_RUNTIME_ARTIFACT);
    if !runtime_dir.join("Cargo.toml").exists() {
        println!("cargo:rerun-if-changed={}", runtime_dir.display());
        println!(
            "cargo:warning=guest runtime missing in {}",
            runtime_dir.display()
        );
        write_runtime(&artifact, &full_artifact, b"");
        return;
    }
    for input in RUNTIME_INPUTS {
        println!(
            "cargo:rerun-if-changed={}",
            runtime_dir.join(input).display()
        );
    }
    // A runtime that does not build must not stop the compiler from building (the runtime is
    // developed alongside it): the linker then reports that the runtime is missing.
    match build_runtime(&runtime_dir, &out_dir.join("mlrt-target")) {
        Ok(built) => {
            let full = std::fs::read(&built)
                .unwrap_or_else(|err| panic!("read {}: {err}", built.display()));
            write_runtime(&artifact, &full_artifact, &full);
        }
        Err(message) => {
            for line in message.lines() {
                println!("cargo:warning={line}");
            }
            write_runtime(&artifact, &full_artifact, b"");
        }
    }
}

/// Writes `full` and its compact form; the full module, should it have no compact form (it links
/// the same, only larger).
fn write_runtime(artifact: &Path, full_artifact: &Path, full: &[u8]) {
    let embedded = if full.is_empty() {
        Vec::new()
    } else {
        crate::runtime_compact::compact(full).unwrap_or_else(|message| {
            println!("cargo:warning=guest runtime embedded in full: {message}");
            full.to_vec()
        })
    };
    for (path, bytes) in [(artifact, &embedded[..]), (full_artifact, full)] {
        std::fs::write(path, bytes).unwrap_or_else(|err| panic!("write {}: {err}", path.display()));
    }
}

/// Runs the nested `cargo build` and returns the path of the produced module.
fn build_runtime(runtime_dir: &Path, target_dir: &Path) -> Result<PathBuf, String> {
    let manifest = runtime_dir.join("Cargo.toml");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command
        // The runtime's own `.cargo/config.toml` (target flags) applies only from its directory.
        .current_dir(runtime_dir)
        .arg("build")
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target")
        .arg(RUNTIME_TARGET)
        .arg("--release")
        .arg("--target-dir")
        .arg(target_dir);
    for (name, _) in env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        let leaks = LEAKING_VARIABLES.contains(&name)
            || (name.starts_with("CARGO_") && !KEPT_CARGO_VARIABLES.contains(&name));
        if leaks {
            command.env_remove(name);
        }
    }
    let output = command
        .output()
        .map_err(|err| format!("cannot run cargo for the guest runtime: {err}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("error"))
            .take(10)
            .collect();
        return Err(format!(
            "building the guest runtime failed ({}):\n{}",
            output.status,
            errors.join("\n")
        ));
    }
    let package = package_name(&manifest);
    Ok(target_dir
        .join(RUNTIME_TARGET)
        .join("release")
        .join(format!("{}.wasm", package.replace('-', "_"))))
}

/// The library name of the runtime crate: `[lib] name`, else `[package] name`.
fn package_name(manifest: &Path) -> String {
    let text = std::fs::read_to_string(manifest).expect("read runtime Cargo.toml");
    let value: toml::Table = text.parse().expect("runtime Cargo.toml is TOML");
    let lib_name = value
        .get("lib")
        .and_then(|lib| lib.get("name"))
        .and_then(|n| n.as_str());
    let package_name = value
        .get("package")
        .and_then(|package| package.get("name"))
        .and_then(|n| n.as_str());
    lib_name.or(package_name).unwrap_or("mlrt").to_owned()
}
