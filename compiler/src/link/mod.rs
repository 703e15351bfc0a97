//! The linker: merges generated code with the guest runtime, drops unreachable functions.

/// The guest runtime, built by `build.rs` from `compiler/runtime/`.
pub static RUNTIME_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mlrt.wasm"));

/// STUB: returns the user module unchanged.
pub fn link(_runtime: &[u8], user: &[u8]) -> Result<Vec<u8>, String> {
    Ok(user.to_vec())
}
