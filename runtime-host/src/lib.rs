//! `mlc-host`: the native host of the multilingual toolchain, built on wasmtime.
//!
//! It runs two kinds of WebAssembly modules: the compiler itself (`mlc.wasm`, embedded in this
//! crate, see [`compiler`]) and the WASI command modules it produces. The API mirrors the loader
//! of the original Python implementation:
//!
//! | Python (`multilingualprogramming.wasm`)    | here                                            |
//! |--------------------------------------------|-------------------------------------------------|
//! | `WasmModule.load(path)`                    | [`WasmModule::from_file`], [`WasmModule::from_bytes`] |
//! | `module.instantiate()`                     | [`WasmModule::instantiate`] with a [`WasiConfig`] |
//! | `module.call("fibonacci", 10)`             | [`WasmInstance::call`]                          |
//! | (exports, linear memory access)            | [`WasmModule::exports`], [`WasmInstance::read_memory`] |
//! | `WasmModuleCache().get_or_load(path)`      | [`ModuleCache::get_or_compile`] (memory + disk) |
//! | `BackendSelector(prefer_backend=...)`      | [`Backend`] (Cranelift JIT or Pulley interpreter), `MULTILINGUAL_BACKEND` |
//! | `BackendConfig(memory_pages=...)`          | [`Limits`] (memory, fuel, timeout, stack)       |
//! | `MULTILINGUAL_DEBUG=1`                     | same variable: timings and cache decisions on stderr |
//!
//! ```no_run
//! use mlc_host::{Backend, Limits, Runtime, WasiConfig, WasmModule};
//!
//! let runtime = Runtime::new(Backend::from_env()?, &Limits::default())?;
//! let module = WasmModule::from_file(&runtime, "hello.wasm".as_ref())?;
//! let mut instance = module.instantiate(WasiConfig::new().capture_stdout())?;
//! let status = instance.run()?;
//! println!("exit {status}: {}", String::from_utf8_lossy(&instance.stdout()));
//! # Ok::<(), mlc_host::HostError>(())
//! ```

#[macro_use]
mod debug;

mod backend;
mod cache;
pub mod compiler;
mod error;
mod instance;
mod limits;
mod module;
mod runtime;
mod wasi;

pub use backend::Backend;
pub use cache::{CacheOutcome, ModuleCache};
pub use compiler::Compiler;
pub use error::{Frame, HostError, TrapReason};
pub use instance::WasmInstance;
pub use limits::{Limits, parse_seconds, parse_size};
pub use module::{ExportInfo, ExportKind, WasmModule};
pub use runtime::Runtime;
pub use wasi::{DirGrant, Input, Output, WasiConfig};

/// Re-exported so callers can build arguments for [`WasmInstance::call`].
pub use wasmtime::Val;

pub use debug::enabled as debug_enabled;
