//! Which code generator turns WebAssembly into something this machine runs.

use std::fmt;
use std::str::FromStr;

/// The execution backend (the original's `BackendSelector`: here both choices run WebAssembly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Backend {
    /// Cranelift compiles to native machine code: fastest, where Cranelift supports the CPU.
    Cranelift,
    /// Cranelift compiles to Pulley bytecode, run by wasmtime's portable interpreter.
    Pulley,
}

impl Backend {
    /// The environment variable that chooses the backend: `cranelift`, `pulley` or `auto`.
    pub const ENV: &'static str = "MULTILINGUAL_BACKEND";

    /// Cranelift where it can generate code for this CPU, Pulley elsewhere.
    pub fn auto() -> Backend {
        if cfg!(any(
            target_arch = "x86_64",
            target_arch = "aarch64",
            target_arch = "s390x",
            target_arch = "riscv64"
        )) {
            Backend::Cranelift
        } else {
            Backend::Pulley
        }
    }

    /// The backend named by `MULTILINGUAL_BACKEND`, or [`Backend::auto`] when it is unset.
    pub fn from_env() -> Result<Backend, crate::HostError> {
        match std::env::var(Self::ENV) {
            Ok(name) => name.parse().map_err(crate::HostError::Usage),
            Err(_) => Ok(Backend::auto()),
        }
    }

    /// The name used on the command line and in `MULTILINGUAL_BACKEND`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Cranelift => "cranelift",
            Backend::Pulley => "pulley",
        }
    }
}

impl FromStr for Backend {
    type Err = String;

    /// `cranelift`, `pulley`, or `auto` (also the empty string); case-insensitive.
    fn from_str(name: &str) -> Result<Backend, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "cranelift" | "native" | "jit" => Ok(Backend::Cranelift),
            "pulley" | "interpreter" => Ok(Backend::Pulley),
            "auto" | "" => Ok(Backend::auto()),
            _ => Err(format!(
                "unknown backend `{name}` (expected `cranelift`, `pulley` or `auto`)"
            )),
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
