//! A running instance: run `_start`, call exports, read memory and captured output.

use wasmtime::{Instance, Store, Val};

use crate::error::message_of;
use crate::runtime::HostState;
use crate::wasi::Captured;
use crate::{HostError, Limits, Runtime, WasmModule};

/// An instance of a [`WasmModule`] with its own store, WASI context and limits.
pub struct WasmInstance {
    store: Store<HostState>,
    instance: Instance,
    captured: Captured,
    runtime: Runtime,
}

impl WasmInstance {
    pub(crate) fn new(
        module: &WasmModule,
        state: HostState,
        captured: Captured,
    ) -> Result<WasmInstance, HostError> {
        let runtime = module.runtime();
        let limits = runtime.limits().clone();
        let mut store = Store::new(runtime.engine(), state);
        store.limiter(|state| &mut state.limits);
        if let Some(fuel) = limits.fuel {
            store
                .set_fuel(fuel)
                .map_err(|e| HostError::Load(message_of(&e)))?;
        }
        runtime.arm_timeout(&mut store);
        let instance = runtime
            .linker()
            .instantiate(&mut store, module.module())
            .map_err(|e| match HostError::from_wasmtime(e, &limits) {
                HostError::Load(message) => instantiation_error(message, &limits),
                other => other,
            })?;
        Ok(WasmInstance {
            store,
            instance,
            captured,
            runtime: runtime.clone(),
        })
    }

    /// Runs a WASI command: calls `_start` and returns the exit status (0 when `_start`
    /// returns, `n` when the module calls `proc_exit(n)`).
    pub fn run(&mut self) -> Result<i32, HostError> {
        match self.call("_start", &[]) {
            Ok(_) => Ok(0),
            Err(HostError::Exit(code)) => Ok(code),
            Err(other) => Err(other),
        }
    }

    /// Calls the exported function `name` with `args` and returns its results. Fuel, if
    /// limited, is shared by all calls of this instance; the timeout applies to each call.
    pub fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, HostError> {
        let func = self
            .instance
            .get_func(&mut self.store, name)
            .ok_or_else(|| HostError::Usage(format!("the module exports no function `{name}`")))?;
        let mut results = vec![Val::I32(0); func.ty(&self.store).results().len()];
        self.runtime.arm_timeout(&mut self.store);
        match func.call(&mut self.store, args, &mut results) {
            Ok(()) => Ok(results),
            Err(e) => Err(HostError::from_wasmtime(e, self.runtime.limits())),
        }
    }

    /// Copies `len` bytes at `offset` out of the exported memory `memory` (or the first
    /// exported memory).
    pub fn read_memory(&mut self, offset: usize, len: usize) -> Result<Vec<u8>, HostError> {
        let memory = match self.instance.get_memory(&mut self.store, "memory") {
            Some(memory) => memory,
            None => self
                .instance
                .exports(&mut self.store)
                .find_map(|export| export.into_memory())
                .ok_or_else(|| HostError::Usage("the module exports no memory".into()))?,
        };
        let mut buffer = vec![0; len];
        memory.read(&self.store, offset, &mut buffer).map_err(|_| {
            HostError::Usage(format!(
                "bytes {offset}..{} are outside the memory ({} bytes)",
                offset.saturating_add(len),
                memory.data_size(&self.store)
            ))
        })?;
        Ok(buffer)
    }

    /// What the module wrote to standard output, if it was captured.
    pub fn stdout(&self) -> Vec<u8> {
        captured_bytes(self.captured.stdout.as_ref())
    }

    /// What the module wrote to standard error, if it was captured.
    pub fn stderr(&self) -> Vec<u8> {
        captured_bytes(self.captured.stderr.as_ref())
    }

    /// Fuel left, when fuel is limited.
    pub fn fuel_remaining(&self) -> Option<u64> {
        self.runtime
            .limits()
            .fuel
            .and_then(|_| self.store.get_fuel().ok())
    }
}

fn captured_bytes(pipe: Option<&wasmtime_wasi::p2::pipe::MemoryOutputPipe>) -> Vec<u8> {
    pipe.map(|pipe| pipe.contents().to_vec())
        .unwrap_or_default()
}

fn instantiation_error(message: String, limits: &Limits) -> HostError {
    match limits.memory_bytes {
        Some(bytes) if message.contains("memory") => HostError::Load(format!(
            "cannot instantiate the module: {message} (memory limit: {bytes} bytes, see --memory-limit)"
        )),
        _ => HostError::Load(format!("cannot instantiate the module: {message}")),
    }
}
