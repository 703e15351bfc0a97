//! `mlrt`: the guest runtime linked into every program compiled by mlc.
//!
//! The contract with generated code (value word, calls, exceptions, exports) is `ABI.md` next to
//! this crate. Pure modules (`bigint`, `floatfmt`) have no global state and are tested on the host.
#![no_std]
#![allow(clippy::missing_safety_doc)]
// `&mut *(&raw mut STATIC)` is the 2024-edition way to reach single-threaded globals.
#![allow(clippy::deref_addrof)]

extern crate alloc;
// On the host (unit tests) std provides the allocator and the panic handler.
#[cfg(any(test, not(target_arch = "wasm32")))]
extern crate std;

pub mod ascii_chars;
pub mod bigint;
pub mod bind;
pub mod floatfmt;
pub mod value;

pub mod builtins;
pub mod bytes;
pub mod bytes_methods;
pub mod call;
mod case_table;
pub mod casing;
pub mod class;
pub mod codec_errors;
pub mod codecs;
pub mod containers;
pub mod ctxmgr;
pub mod dict;
pub mod dunder;
pub mod exc;
pub mod fastpath;
pub mod format;
pub mod gc;
pub mod generator;
pub mod heap;
pub mod int;
pub mod io;
pub mod iter;
pub mod lifecycle;
pub mod math;
pub mod methods;
pub mod modules;
pub mod num;
pub mod object;
pub mod pattern;
pub mod repr;
pub mod set_ops;
pub mod set_table;
pub mod state;
pub mod str_search;
pub mod text;

#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    io::write_stderr(b"mlrt: internal error\n");
    core::arch::wasm32::unreachable()
}

/// `memcmp` for the wasm build (no libc is linked; `core` calls it for slice comparisons).
#[cfg(all(target_arch = "wasm32", not(test)))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    for i in 0..n {
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return x as i32 - y as i32;
        }
    }
    0
}

#[cfg(all(target_arch = "wasm32", not(test)))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    unsafe { memcmp(a, b, n) }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_bind;
#[cfg(test)]
mod tests_bytes;
#[cfg(test)]
mod tests_fastpath;
#[cfg(test)]
mod tests_floats;
#[cfg(test)]
mod tests_generator;
#[cfg(test)]
mod tests_objects;
#[cfg(test)]
mod tests_sets;
#[cfg(test)]
mod tests_text;
