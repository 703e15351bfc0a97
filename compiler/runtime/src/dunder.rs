//! Special methods of user classes honoured by operators and builtins (`__add__`, `__eq__`,
//! `__len__`, `__iter__`, ...). Every function here returns `None` when `v` is not an instance of a
//! user class defining the method, so callers fall back to the builtin behaviour.

use crate::call;
use crate::class;
use crate::containers::tuple_from;
use crate::exc::{self, R, Raised};
use crate::gc::Roots;
use crate::num::{CmpOp, Op, type_name};
use crate::object::*;
use crate::value::*;

/// An instance of a user class (or a user exception).
#[inline]
pub fn is_user(v: Word) -> bool {
    class::class_of(v) != UNBOUND
}

/// The class attribute `name` of a user instance (unbound), if defined.
pub fn special(v: Word, name: &[u8]) -> Option<Word> {
    let cls = class::class_of(v);
    if cls == UNBOUND {
        return None;
    }
    class::lookup(cls, name)
}

type SpecialCall = fn(Word, Word, &[Word]) -> R<Word>;

/// How special methods are called, installed by the first user class ([`enable_special_methods`]).
/// Only user classes have special methods; through this pointer a program without classes does
/// not link the generic call machinery (the mlc linker keeps a function-table entry only when
/// reachable code materializes its slot).
static mut CALL_SPECIAL: Option<SpecialCall> = None;

pub fn enable_special_methods() {
    // `black_box`: a pointer the optimizer cannot turn back into a direct call.
    unsafe { CALL_SPECIAL = Some(core::hint::black_box(call_special_method as SpecialCall)) };
}

/// Calls special method `m` (found on `v`'s class) with `v` and `extra` as arguments.
pub fn call_special(v: Word, m: Word, extra: &[Word]) -> R<Word> {
    match unsafe { CALL_SPECIAL } {
        Some(call) => call(v, m, extra),
        None => Err(exc::raise(
            exc::RUNTIME_ERROR,
            b"internal error: special method without a user class",
        )),
    }
}

fn call_special_method(v: Word, m: Word, extra: &[Word]) -> R<Word> {
    let mut items = alloc::vec::Vec::with_capacity(1 + extra.len());
    items.push(v);
    items.extend_from_slice(extra);
    let args = tuple_from(&items)?;
    match tag_of(m) {
        tag::FUNCTION if header(m).flags == call::FN_USER => call::call(m, args, NONE),
        _ => {
            let _roots = Roots::of(&[args])?;
            let bound = class::bind(m, v, class::class_of(v))?;
            call::call(bound, tuple_from(&items[1..])?, NONE)
        }
    }
}

/// `v.name(*extra)` if the class of `v` defines `name`.
pub fn try_call(v: Word, name: &[u8], extra: &[Word]) -> Option<R<Word>> {
    let m = special(v, name)?;
    if m == NONE {
        return None;
    }
    Some(call_special(v, m, extra))
}

fn op_names(op: Op) -> (&'static [u8], &'static [u8]) {
    match op {
        Op::Add => (b"__add__", b"__radd__"),
        Op::Sub => (b"__sub__", b"__rsub__"),
        Op::Mul => (b"__mul__", b"__rmul__"),
        Op::TrueDiv => (b"__truediv__", b"__rtruediv__"),
        Op::FloorDiv => (b"__floordiv__", b"__rfloordiv__"),
        Op::Mod => (b"__mod__", b"__rmod__"),
        Op::Pow => (b"__pow__", b"__rpow__"),
        Op::LShift => (b"__lshift__", b"__rlshift__"),
        Op::RShift => (b"__rshift__", b"__rrshift__"),
        Op::And => (b"__and__", b"__rand__"),
        Op::Or => (b"__or__", b"__ror__"),
        Op::Xor => (b"__xor__", b"__rxor__"),
    }
}

/// Whether `b`'s class is a proper subclass of `a`'s that overrides the reflected method (then
/// the reflected method is tried first, like CPython).
fn reflected_first(a: Word, b: Word, rname: &[u8]) -> bool {
    let (ca, cb) = (class::class_of(a), class::class_of(b));
    if cb == UNBOUND || cb == ca {
        return false;
    }
    let ta = if ca == UNBOUND {
        match class::type_of(a) {
            Ok(t) => t,
            Err(_) => return false,
        }
    } else {
        ca
    };
    class::is_subclass(cb, ta) && special(b, rname).is_some_and(|m| m != NONE)
}

/// Tries `a.first(b)` then `b.second(a)` (the second only when the classes differ); `Ok(None)`
/// when both are missing or return NotImplemented.
fn two_way(a: Word, b: Word, first: &[u8], second: &[u8]) -> R<Option<Word>> {
    let swap = reflected_first(a, b, second);
    let order: [(Word, &[u8], Word); 2] = if swap {
        [(b, second, a), (a, first, b)]
    } else {
        [(a, first, b), (b, second, a)]
    };
    for (i, &(x, name, y)) in order.iter().enumerate() {
        if i == 1 && class::class_of(a) == class::class_of(b) && !swap {
            break;
        }
        if let Some(r) = try_call(x, name, &[y]) {
            let r = r?;
            if r != NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `a op b` through `__op__` / `__rop__`; `None` = not handled by user classes.
pub fn binary(op: Op, a: Word, b: Word) -> Option<R<Word>> {
    if !is_user(a) && !is_user(b) {
        return None;
    }
    let (name, rname) = op_names(op);
    match two_way(a, b, name, rname) {
        Ok(Some(r)) => Some(Ok(r)),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

/// `a += b` through `__iadd__`, `None` = use `a + b`.
pub fn inplace_add(a: Word, b: Word) -> Option<R<Word>> {
    match try_call(a, b"__iadd__", &[b])? {
        Ok(NOT_IMPLEMENTED) => None,
        r => Some(r),
    }
}

fn cmp_names(op: CmpOp) -> (&'static [u8], &'static [u8]) {
    match op {
        CmpOp::Lt => (b"__lt__", b"__gt__"),
        CmpOp::Le => (b"__le__", b"__ge__"),
        CmpOp::Gt => (b"__gt__", b"__lt__"),
        CmpOp::Ge => (b"__ge__", b"__le__"),
    }
}

/// `a < b` etc. through the rich comparison methods: the result object (any value), `None` =
/// not handled (the caller raises its TypeError).
pub fn compare(op: CmpOp, a: Word, b: Word) -> Option<R<Word>> {
    if !is_user(a) && !is_user(b) {
        return None;
    }
    let (name, rname) = cmp_names(op);
    match two_way_cmp(a, b, name, rname) {
        Ok(Some(r)) => Some(Ok(r)),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

/// Like `two_way`, but the reflected method is tried even for the same class (CPython does).
fn two_way_cmp(a: Word, b: Word, first: &[u8], second: &[u8]) -> R<Option<Word>> {
    let swap = reflected_first(a, b, second);
    let order: [(Word, &[u8], Word); 2] = if swap {
        [(b, second, a), (a, first, b)]
    } else {
        [(a, first, b), (b, second, a)]
    };
    for &(x, name, y) in order.iter() {
        if let Some(r) = try_call(x, name, &[y]) {
            let r = r?;
            if r != NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `x.__ne__(y)` with object's default (the negation of `__eq__`).
fn ne_of(x: Word, y: Word) -> Option<R<Word>> {
    if let Some(r) = try_call(x, b"__ne__", &[y]) {
        return Some(r);
    }
    let r = try_call(x, b"__eq__", &[y])?;
    Some(r.and_then(|r| {
        if r == NOT_IMPLEMENTED {
            Ok(r)
        } else {
            Ok(bool_word(!crate::num::truthy_r(r)?))
        }
    }))
}

/// `a == b` (or `!=` when `negate`) through `__eq__`/`__ne__`: the result object, falling back to
/// identity; `None` = neither operand is a user instance.
pub fn equality(a: Word, b: Word, negate: bool) -> Option<R<Word>> {
    if !is_user(a) && !is_user(b) {
        return None;
    }
    let swap = reflected_first(a, b, if negate { b"__ne__" } else { b"__eq__" });
    let order = if swap {
        [(b, a), (a, b)]
    } else {
        [(a, b), (b, a)]
    };
    for (x, y) in order {
        let r = if negate {
            ne_of(x, y)
        } else {
            try_call(x, b"__eq__", &[y])
        };
        match r {
            Some(Ok(NOT_IMPLEMENTED)) | None => {}
            other => return other,
        }
    }
    Some(Ok(bool_word((a == b) != negate)))
}

/// `object.__hash__`: derived from the address, like CPython's.
pub fn id_hash(v: Word) -> i64 {
    (heap_addr(v) >> 4) as i64
}

/// `hash(v)` through `__hash__` (`__hash__ = None` → unhashable); `None` = not a user instance.
pub fn hash(v: Word) -> Option<R<i64>> {
    if !is_user(v) {
        return None;
    }
    let Some(m) = special(v, b"__hash__") else {
        return Some(Ok(id_hash(v)));
    };
    if m == NONE {
        return Some(Err(exc::type_error(&[
            b"unhashable type: '",
            type_name(v).as_bytes(),
            b"'",
        ])));
    }
    Some(
        call_special(v, m, &[]).and_then(|r| match crate::int::as_i64(r) {
            Some(h) => Ok(if h == -1 { -2 } else { h }),
            None if crate::int::is_int(r) => Ok(crate::int::hash(r)),
            None => Err(exc::type_error(&[
                b"__hash__ method should return an integer",
            ])),
        }),
    )
}

/// `bool(v)` through `__bool__` or `__len__`.
pub fn truthy(v: Word) -> Option<R<bool>> {
    if let Some(r) = try_call(v, b"__bool__", &[]) {
        return Some(r.and_then(|r| {
            if is_bool(r) {
                Ok(r == TRUE)
            } else {
                Err(exc::type_error(&[
                    b"__bool__ should return bool, returned ",
                    type_name(r).as_bytes(),
                ]))
            }
        }));
    }
    len(v).map(|r| r.map(|n| n != 0))
}

/// `len(v)` through `__len__`.
pub fn len(v: Word) -> Option<R<usize>> {
    let r = try_call(v, b"__len__", &[])?;
    Some(r.and_then(|n| match crate::int::as_i64(n) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) if crate::int::is_int(n) => {
            Err(exc::value_error(&[b"__len__() should return >= 0"]))
        }
        _ => Err(exc::type_error(&[
            b"'",
            type_name(n).as_bytes(),
            b"' object cannot be interpreted as an integer",
        ])),
    }))
}

/// `str(v)` / `repr(v)` through `__str__` / `__repr__` (must return a str).
pub fn to_text(v: Word, name: &[u8]) -> Option<R<Word>> {
    let r = try_call(v, name, &[])?;
    Some(r.and_then(|s| {
        if crate::text::is_str(s) {
            Ok(s)
        } else {
            Err(exc::type_error(&[
                name,
                b" returned non-string (type ",
                type_name(s).as_bytes(),
                b")",
            ]))
        }
    }))
}

/// `next(v)` through `__next__`: `UNBOUND` when it raises StopIteration.
pub fn next(v: Word) -> Option<R<Word>> {
    let r = try_call(v, b"__next__", &[])?;
    Some(match r {
        Err(Raised) if exc::pending_is(exc::STOP_ITERATION) => {
            exc::clear_pending();
            Ok(UNBOUND)
        }
        r => r,
    })
}
