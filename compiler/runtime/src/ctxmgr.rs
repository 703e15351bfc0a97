//! The context-manager protocol of `with` statements: `__enter__` on entry, `__exit__` on the
//! way out (with the exception that is leaving the block, whose suppression it decides).

use crate::dunder;
use crate::exc::{self, R};
use crate::gc::Roots;
use crate::num::{truthy_r, type_name};
use crate::value::*;

/// The special method `name` of a context manager (user classes define them).
fn method(mgr: Word, name: &[u8]) -> Option<Word> {
    dunder::special(mgr, name).filter(|&m| m != NONE)
}

fn not_a_manager(mgr: Word, detail: &[u8]) -> exc::Raised {
    exc::type_error(&[
        b"'",
        type_name(mgr).as_bytes(),
        b"' object does not support the context manager protocol",
        detail,
    ])
}

fn enter(mgr: Word) -> R<Word> {
    let Some(enter) = method(mgr, b"__enter__") else {
        return Err(not_a_manager(mgr, b""));
    };
    if method(mgr, b"__exit__").is_none() {
        return Err(not_a_manager(mgr, b" (missed __exit__ method)"));
    }
    dunder::call_special(mgr, enter, &[])
}

/// `__exit__(type(e), e, None)` (or three `None`s when `e` is None); whether to suppress `e`.
fn exit(mgr: Word, e: Word) -> R<bool> {
    let Some(exit) = method(mgr, b"__exit__") else {
        return Err(not_a_manager(mgr, b" (missed __exit__ method)"));
    };
    if e == NONE || e == UNBOUND {
        dunder::call_special(mgr, exit, &[NONE, NONE, NONE])?;
        return Ok(false);
    }
    let cls = crate::class::type_of(e)?;
    let result = dunder::call_special(mgr, exit, &[cls, e, NONE])?;
    truthy_r(result)
}

/// `with mgr`: checks that `mgr` has `__enter__` and `__exit__` (TypeError like CPython
/// otherwise), calls `__enter__` → its result | EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_with_enter(mgr: Word) -> Word {
    let Ok(_roots) = Roots::of(&[mgr]) else {
        return EXC;
    };
    exc::ret(enter(mgr))
}

/// Leaving a `with` block: `e` = the exception leaving it (already being handled, see
/// `mlrt_exc_enter_handler`), or None. → 1: suppress `e`, 0: go on, -1: `__exit__` raised.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_with_exit(mgr: Word, e: Word) -> i32 {
    let Ok(_roots) = Roots::of(&[mgr, e]) else {
        return -1;
    };
    match exit(mgr, e) {
        Ok(suppress) => suppress as i32,
        Err(_) => -1,
    }
}
