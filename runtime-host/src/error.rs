//! Errors of the host, and the translation of wasmtime errors (traps, WASI exits) into them.

use std::fmt;
use std::time::Duration;

use wasmtime::{Trap, WasmBacktrace};
use wasmtime_wasi::I32Exit;

use crate::Limits;

/// Everything that can go wrong while loading or running a module.
#[derive(Debug)]
pub enum HostError {
    /// Wrong use of the command line or of an API argument (exit code 2).
    Usage(String),
    /// A file could not be read or written.
    Io(String),
    /// A module could not be compiled, linked or instantiated.
    Load(String),
    /// The module called WASI `proc_exit(code)` during [`crate::WasmInstance::call`].
    Exit(i32),
    /// The module trapped; `frames` lists the wasm call stack, innermost first (wasmtime keeps
    /// the 20 innermost frames).
    Trap {
        reason: TrapReason,
        frames: Vec<Frame>,
    },
    /// A bug in mlc itself: the compiler crashed, or the host failed.
    Internal(String),
    /// This `mlc` was built without a compiler (its build script could not build `mlc.wasm`).
    NoCompiler,
}

/// Why a module stopped abnormally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrapReason {
    /// It used all the fuel granted by [`Limits::fuel`].
    OutOfFuel(Option<u64>),
    /// It ran longer than [`Limits::timeout`].
    Timeout(Option<Duration>),
    /// It exceeded the wasm stack ([`Limits::stack_bytes`]).
    StackOverflow,
    /// Any other trap (`unreachable`, division by zero, out-of-bounds access...), or an error
    /// raised by a host function; the message starts with `wasm trap:` for traps.
    Wasm(String),
}

/// One wasm frame of a trap's backtrace, named from the module's `name` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The function's name (Rust names demangled), or `<wasm function N>` without a name.
    pub function: String,
    /// The function's index in its module.
    pub index: u32,
}

impl HostError {
    /// The process exit code for this error: 2 for usage errors, `n` for `proc_exit(n)`,
    /// 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            HostError::Usage(_) => 2,
            HostError::Exit(code) => *code,
            _ => 1,
        }
    }

    /// Translates an error returned by wasmtime while `limits` were in force.
    pub(crate) fn from_wasmtime(err: wasmtime::Error, limits: &Limits) -> HostError {
        if let Some(exit) = err.downcast_ref::<I32Exit>() {
            return HostError::Exit(exit.0);
        }
        let frames = err
            .downcast_ref::<WasmBacktrace>()
            .map(frames_of)
            .unwrap_or_default();
        let reason = match err.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => TrapReason::OutOfFuel(limits.fuel),
            Some(Trap::Interrupt) => TrapReason::Timeout(limits.timeout),
            Some(Trap::StackOverflow) => TrapReason::StackOverflow,
            Some(trap) => TrapReason::Wasm(trap.to_string()),
            None if !frames.is_empty() => TrapReason::Wasm(message_of(&err)),
            None => return HostError::Load(message_of(&err)),
        };
        HostError::Trap { reason, frames }
    }
}

/// The error's message chain, without the backtrace wasmtime attaches as context.
pub(crate) fn message_of(err: &wasmtime::Error) -> String {
    let parts: Vec<String> = err
        .chain()
        .map(|cause| cause.to_string())
        .filter(|text| !text.starts_with("error while executing at wasm backtrace"))
        .collect();
    parts.join(": ")
}

fn frames_of(backtrace: &WasmBacktrace) -> Vec<Frame> {
    backtrace
        .frames()
        .iter()
        .map(|frame| Frame {
            function: match frame.func_name() {
                Some(name) => format!("{:#}", rustc_demangle::demangle(name)),
                None => format!("<wasm function {}>", frame.func_index()),
            },
            index: frame.func_index(),
        })
        .collect()
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostError::Usage(message) | HostError::Io(message) | HostError::Load(message) => {
                f.write_str(message)
            }
            HostError::Exit(code) => write!(f, "the module exited with status {code}"),
            HostError::Internal(message) => write!(f, "internal error (a bug in mlc): {message}"),
            HostError::NoCompiler => f.write_str(
                "this mlc has no compiler embedded: building mlc.wasm failed when mlc was built \
                 (rebuild it, or build with MLC_WASM=/path/to/mlc.wasm)",
            ),
            HostError::Trap { reason, frames } => {
                write!(f, "{reason}")?;
                if !frames.is_empty() {
                    f.write_str("\nwasm backtrace (most recent call first):")?;
                    write_frames(f, frames)?;
                }
                Ok(())
            }
        }
    }
}

/// One line per frame; runs of the same function (recursion) are collapsed like CPython does.
fn write_frames(f: &mut fmt::Formatter<'_>, frames: &[Frame]) -> fmt::Result {
    let mut i = 0;
    while i < frames.len() {
        let function = &frames[i].function;
        let run = frames[i..]
            .iter()
            .take_while(|frame| &frame.function == function)
            .count();
        write!(f, "\n  {i:>3}: {function}")?;
        if run > 1 {
            write!(
                f,
                "\n       [previous frame repeated {} more times]",
                run - 1
            )?;
        }
        i += run;
    }
    Ok(())
}

impl fmt::Display for TrapReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapReason::OutOfFuel(Some(fuel)) => {
                write!(
                    f,
                    "the program ran out of fuel (limit: {fuel} units, see --fuel)"
                )
            }
            TrapReason::OutOfFuel(None) => f.write_str("the program ran out of fuel"),
            TrapReason::Timeout(Some(after)) => write!(
                f,
                "the program was stopped after {} s (see --timeout)",
                after.as_secs_f64()
            ),
            TrapReason::Timeout(None) => f.write_str("the program was interrupted"),
            TrapReason::StackOverflow => {
                f.write_str("wasm trap: call stack exhausted (see --stack-size)")
            }
            TrapReason::Wasm(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for HostError {}
