//! A compiled module (the original's `WasmModule`): load, list exports, instantiate.

use std::fmt;
use std::path::Path;

use wasmtime::{ExternType, FuncType, Module, StoreLimitsBuilder};

use crate::error::message_of;
use crate::instance::WasmInstance;
use crate::runtime::HostState;
use crate::{HostError, Runtime, WasiConfig};

/// A WebAssembly module compiled for one [`Runtime`]. Cheap to clone; instantiate it any
/// number of times.
#[derive(Clone)]
pub struct WasmModule {
    runtime: Runtime,
    module: Module,
}

/// The kind of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Function,
    Memory,
    Global,
    Table,
    Other,
}

/// One export of a module: its name, kind and (for functions) signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportInfo {
    pub name: String,
    pub kind: ExportKind,
    /// For functions: `(i32, i64) -> f64`; otherwise the wasm type as wasmtime prints it.
    pub signature: String,
}

impl WasmModule {
    /// Compiles a module from its binary (or, with wasmtime's `wat` feature, text) form.
    pub fn from_bytes(runtime: &Runtime, bytes: &[u8]) -> Result<WasmModule, HostError> {
        if bytes.is_empty() {
            return Err(HostError::Load("the module is empty (0 bytes)".into()));
        }
        let module = Module::new(runtime.engine(), bytes)
            .map_err(|e| HostError::Load(format!("invalid module: {}", message_of(&e))))?;
        Ok(WasmModule::from_compiled(runtime, module))
    }

    /// Reads and compiles a `.wasm` file.
    pub fn from_file(runtime: &Runtime, path: &Path) -> Result<WasmModule, HostError> {
        let bytes = std::fs::read(path)
            .map_err(|e| HostError::Io(format!("cannot read {}: {e}", path.display())))?;
        WasmModule::from_bytes(runtime, &bytes)
    }

    pub(crate) fn from_compiled(runtime: &Runtime, module: Module) -> WasmModule {
        WasmModule {
            runtime: runtime.clone(),
            module,
        }
    }

    /// The wasmtime module.
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The runtime this module was compiled for.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// The module's exports, in declaration order.
    pub fn exports(&self) -> Vec<ExportInfo> {
        self.module
            .exports()
            .map(|export| {
                let (kind, signature) = match export.ty() {
                    ExternType::Func(func) => (ExportKind::Function, signature(&func)),
                    ExternType::Memory(memory) => (ExportKind::Memory, format!("{memory:?}")),
                    ExternType::Global(global) => (ExportKind::Global, format!("{global:?}")),
                    ExternType::Table(table) => (ExportKind::Table, format!("{table:?}")),
                    other => (ExportKind::Other, format!("{other:?}")),
                };
                ExportInfo {
                    name: export.name().to_string(),
                    kind,
                    signature,
                }
            })
            .collect()
    }

    /// Creates an instance that sees the world described by `wasi`, under the runtime's
    /// limits. A `start` function runs now, under the same limits as [`WasmInstance::call`].
    pub fn instantiate(&self, wasi: WasiConfig) -> Result<WasmInstance, HostError> {
        let (wasi_ctx, captured) = wasi.build()?;
        let limits = self.runtime.limits();
        let mut store_limits = StoreLimitsBuilder::new();
        if let Some(bytes) = limits.memory_bytes {
            store_limits = store_limits.memory_size(usize::try_from(bytes).unwrap_or(usize::MAX));
        }
        let state = HostState {
            wasi: wasi_ctx,
            limits: store_limits.build(),
        };
        WasmInstance::new(self, state, captured)
    }
}

fn signature(func: &FuncType) -> String {
    let list = |types: Vec<String>| types.join(", ");
    let params = list(func.params().map(|t| t.to_string()).collect());
    let results: Vec<String> = func.results().map(|t| t.to_string()).collect();
    match results.len() {
        0 => format!("({params})"),
        1 => format!("({params}) -> {}", results[0]),
        _ => format!("({params}) -> ({})", list(results)),
    }
}

impl fmt::Debug for WasmModule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WasmModule")
            .field("name", &self.module.name())
            .field("backend", &self.runtime.backend())
            .finish_non_exhaustive()
    }
}
