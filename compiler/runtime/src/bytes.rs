//! `bytes` objects: construction (`bytes(...)`, literals), repr, items, slices, membership and
//! the sequence operators, with CPython's error messages.

use crate::containers;
use crate::exc::{self, R};
use crate::gc;
use crate::int;
use crate::iter;
use crate::num::type_name;
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

pub fn new_bytes(b: &[u8]) -> R<Word> {
    let p =
        gc::alloc_object(core::mem::size_of::<BytesObj>() + b.len(), tag::BYTES)? as *mut BytesObj;
    unsafe {
        (*p).len = b.len() as u32;
        (*p).hash = 0;
        core::ptr::copy_nonoverlapping(b.as_ptr(), (*p).data.as_mut_ptr(), b.len());
    }
    Ok(from_addr(p as usize))
}

#[inline]
pub fn is_bytes(w: Word) -> bool {
    is_tag(w, tag::BYTES)
}

pub fn hash(w: Word) -> i64 {
    let o = obj::<BytesObj>(w);
    if o.hash != 0 {
        return (o.hash - 1) as i64;
    }
    let h = text::hash_bytes(bytes_data(w));
    o.hash = h as u64 + 1;
    h
}

/// `repr(b)`: `b'...'` (or `b"..."` when only that avoids escaping a quote).
pub fn write_repr(b: &[u8], out: &mut Vec<u8>) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push(b'b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ if c == quote => {
                out.push(b'\\');
                out.push(c);
            }
            0x20..=0x7E => out.push(c),
            _ => {
                out.extend_from_slice(b"\\x");
                out.push(b"0123456789abcdef"[(c >> 4) as usize]);
                out.push(b"0123456789abcdef"[(c & 15) as usize]);
            }
        }
    }
    out.push(quote);
}

/// TypeError `a bytes-like object is required, not 'T'` unless `v` is bytes.
pub fn want_bytes(v: Word) -> R<&'static [u8]> {
    if is_bytes(v) {
        return Ok(bytes_data(v));
    }
    Err(exc::type_error(&[
        b"a bytes-like object is required, not '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

/// An int used as a single byte (`97 in b"a"`, `b.count(97)`).
pub fn byte_value(v: Word) -> R<u8> {
    match int::as_i64(v) {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(exc::value_error(&[b"byte must be in range(0, 256)"])),
    }
}

pub fn getitem(o: Word, k: Word) -> R<Word> {
    let b = bytes_data(o);
    if is_tag(k, tag::SLICE) {
        let (start, _, step, n) = containers::slice_indices(k, b.len() as i64)?;
        let picked: Vec<u8> = (0..n).map(|j| b[(start + j * step) as usize]).collect();
        return new_bytes(&picked);
    }
    let Some(i) = int::as_i64(k) else {
        if is_tag(k, tag::BIGINT) {
            return Err(exc::raise(
                exc::INDEX_ERROR,
                b"cannot fit 'int' into an index-sized integer",
            ));
        }
        return Err(exc::type_error(&[
            b"byte indices must be integers or slices, not ",
            type_name(k).as_bytes(),
        ]));
    };
    let j = if i < 0 { i + b.len() as i64 } else { i };
    if j < 0 || j >= b.len() as i64 {
        return Err(exc::raise(exc::INDEX_ERROR, b"index out of range"));
    }
    Ok(small(b[j as usize] as i64))
}

/// `item in b`: an int (one byte) or a bytes sub-sequence.
pub fn contains(o: Word, item: Word) -> R<bool> {
    let b = bytes_data(o);
    if int::is_int(item) {
        let x = byte_value(item)?;
        return Ok(b.contains(&x));
    }
    let sub = want_bytes(item)?;
    Ok(crate::str_search::find_bytes(b, sub, 0).is_some())
}

/// `a + b` with `a` a bytes object.
pub fn concat(a: Word, b: Word) -> R<Word> {
    if !is_bytes(b) {
        return Err(exc::type_error(&[
            b"can't concat ",
            type_name(b).as_bytes(),
            b" to bytes",
        ]));
    }
    let mut v = Vec::with_capacity(bytes_data(a).len() + bytes_data(b).len());
    v.extend_from_slice(bytes_data(a));
    v.extend_from_slice(bytes_data(b));
    new_bytes(&v)
}

pub fn repeat(a: Word, n: i64) -> R<Word> {
    if n <= 0 {
        return new_bytes(b"");
    }
    let total = bytes_data(a).len().saturating_mul(n as usize);
    if total > crate::heap::heap().limit {
        return Err(exc::raise_memory_error());
    }
    new_bytes(&bytes_data(a).repeat(n as usize))
}

/// The bytes of an iterable of ints in `range(0, 256)`.
fn from_iterable(v: Word) -> R<Vec<u8>> {
    let items = iter::collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let Some(n) = int::as_i64(x) else {
            if is_tag(x, tag::BIGINT) {
                return Err(exc::value_error(&[b"bytes must be in range(0, 256)"]));
            }
            return Err(exc::type_error(&[
                b"'",
                type_name(x).as_bytes(),
                b"' object cannot be interpreted as an integer",
            ]));
        };
        if !(0..256).contains(&n) {
            return Err(exc::value_error(&[b"bytes must be in range(0, 256)"]));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `bytes(n)`: `n` zero bytes.
fn zeros(n: Word) -> R<Word> {
    let Some(n) = int::as_i64(n) else {
        return Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"cannot fit 'int' into an index-sized integer",
        ));
    };
    if n < 0 {
        return Err(exc::value_error(&[b"negative count"]));
    }
    if n as u64 > crate::heap::heap().limit as u64 {
        return Err(exc::raise_memory_error());
    }
    let mut v = Vec::new();
    if v.try_reserve(n as usize).is_err() {
        return Err(exc::raise_memory_error());
    }
    v.resize(n as usize, 0);
    new_bytes(&v)
}

/// `bytes(source=b'', encoding=..., errors=...)`.
fn construct(args: &[Word], kwargs: Word) -> R<Word> {
    const NAMES: [&[u8]; 3] = [b"source", b"encoding", b"errors"];
    if args.len() > 3 {
        let mut m = b"bytes() takes at most 3 arguments (".to_vec();
        int::push_i64(&mut m, args.len() as i64);
        m.extend_from_slice(b" given)");
        return Err(exc::type_error(&[&m]));
    }
    let mut params = [UNBOUND; 3];
    params[..args.len()].copy_from_slice(args);
    if is_tag(kwargs, tag::DICT) {
        for e in dict_of(kwargs).live() {
            let name = str_bytes(e.key);
            let Some(i) = NAMES.iter().position(|n| *n == name) else {
                return Err(exc::type_error(&[
                    b"'",
                    name,
                    b"' is an invalid keyword argument for bytes()",
                ]));
            };
            if params[i] != UNBOUND {
                return Err(exc::type_error(&[
                    b"argument for bytes() given by name ('",
                    name,
                    b"') and position (",
                    &[b'1' + i as u8],
                    b")",
                ]));
            }
            params[i] = e.value;
        }
    }
    let [source, encoding, errors] = params;
    for (i, &v) in [encoding, errors].iter().enumerate() {
        if v != UNBOUND && !text::is_str(v) {
            return Err(exc::type_error(&[
                b"bytes() argument '",
                NAMES[i + 1],
                b"' must be str, not ",
                type_name(v).as_bytes(),
            ]));
        }
    }
    let coded = encoding != UNBOUND || errors != UNBOUND;
    if text::is_str(source) {
        if encoding == UNBOUND {
            return Err(exc::type_error(&[b"string argument without an encoding"]));
        }
        return crate::bytes_methods::encode(source, encoding, errors);
    }
    if coded {
        let what: &[u8] = if encoding != UNBOUND {
            b"encoding without a string argument"
        } else {
            b"errors without a string argument"
        };
        return Err(exc::type_error(&[what]));
    }
    if source == UNBOUND {
        return new_bytes(b"");
    }
    if is_bytes(source) {
        return Ok(source);
    }
    if int::is_int(source) {
        return zeros(source);
    }
    if !iter::is_iterable(source) {
        return Err(exc::type_error(&[
            b"cannot convert '",
            type_name(source).as_bytes(),
            b"' object to bytes",
        ]));
    }
    new_bytes(&from_iterable(source)?)
}

/// A bytes constant: `len` bytes at `ptr` (copied).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_bytes_new(ptr: i32, len: i32) -> Word {
    let b = unsafe {
        core::slice::from_raw_parts(ptr as u32 as usize as *const u8, len as u32 as usize)
    };
    exc::ret(new_bytes(b))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_builtin_bytes(args: Word, kwargs: Word) -> Word {
    let Ok(_roots) = gc::Roots::of(&[args, kwargs]) else {
        return EXC;
    };
    exc::ret(construct(tuple_items(args), kwargs))
}
