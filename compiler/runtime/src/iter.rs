//! The iteration protocol: `iter(v)` makes an iterator object, `next` yields items and `UNBOUND`
//! when exhausted.

use crate::containers;
use crate::exc::{self, R};
use crate::gc;
use crate::int;
use crate::num::type_name;
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

pub const K_LIST: u16 = 0;
pub const K_TUPLE: u16 = 1;
pub const K_STR: u16 = 2;
pub const K_RANGE: u16 = 3;
pub const K_DICT_KEYS: u16 = 4;
pub const K_DICT_VALUES: u16 = 5;
pub const K_DICT_ITEMS: u16 = 6;
pub const K_ENUMERATE: u16 = 7;
pub const K_ZIP: u16 = 8;
pub const K_REVERSED: u16 = 9;
pub const K_SET: u16 = 10;
/// `map(f, *its)`: `src` = f, `aux` = tuple of iterators.
pub const K_MAP: u16 = 11;
/// `filter(f, it)`: `src` = f (None = truthiness), `aux` = the iterator.
pub const K_FILTER: u16 = 12;
pub const K_BYTES: u16 = 13;

pub fn kind_name(k: u16) -> &'static str {
    match k {
        K_LIST => "list_iterator",
        K_TUPLE => "tuple_iterator",
        K_STR => "str_ascii_iterator",
        K_RANGE => "range_iterator",
        K_DICT_KEYS => "dict_keyiterator",
        K_DICT_VALUES => "dict_valueiterator",
        K_DICT_ITEMS => "dict_itemiterator",
        K_ENUMERATE => "enumerate",
        K_ZIP => "zip",
        K_REVERSED => "list_reverseiterator",
        K_MAP => "map",
        K_FILTER => "filter",
        K_BYTES => "bytes_iterator",
        _ => "set_iterator",
    }
}

pub fn new_iter(kind: u16, src: Word, aux: Word, i: i64, n: i64) -> R<Word> {
    let p = gc::alloc_object(core::mem::size_of::<IterObj>(), tag::ITER)? as *mut IterObj;
    unsafe {
        (*p).h.flags = kind;
        (*p).src = src;
        (*p).aux = aux;
        (*p).i = i;
        (*p).n = n;
    }
    Ok(from_addr(p as usize))
}

pub fn is_iterable(v: Word) -> bool {
    if crate::dunder::is_user(v) {
        return crate::dunder::special(v, b"__iter__").is_some();
    }
    matches!(
        tag_of(v),
        tag::LIST
            | tag::TUPLE
            | tag::STR
            | tag::BYTES
            | tag::RANGE
            | tag::DICT
            | tag::SET
            | tag::FROZENSET
            | tag::DICT_VIEW
            | tag::ITER
            | tag::GENERATOR
    )
}

pub fn iter(v: Word) -> R<Word> {
    if let Some(r) = crate::dunder::try_call(v, b"__iter__", &[]) {
        let it = r?;
        if !matches!(tag_of(it), tag::ITER | tag::GENERATOR)
            && crate::dunder::special(it, b"__next__").is_none()
        {
            return Err(exc::type_error(&[
                b"iter() returned non-iterator of type '",
                type_name(it).as_bytes(),
                b"'",
            ]));
        }
        return Ok(it);
    }
    match tag_of(v) {
        tag::ITER | tag::GENERATOR => Ok(v),
        tag::LIST => new_iter(K_LIST, v, NONE, 0, 0),
        tag::TUPLE => new_iter(K_TUPLE, v, NONE, 0, 0),
        tag::STR => new_iter(K_STR, v, NONE, 0, 0),
        tag::BYTES => new_iter(K_BYTES, v, NONE, 0, 0),
        tag::RANGE => {
            let r = obj::<RangeObj>(v);
            new_iter(K_RANGE, NONE, small(0), r.start, containers::range_len(r)).inspect(|&it| {
                obj::<IterObj>(it).aux = small(r.step);
            })
        }
        tag::DICT => new_iter(K_DICT_KEYS, v, NONE, 0, dict_of(v).len() as i64),
        tag::SET | tag::FROZENSET => new_iter(K_SET, v, NONE, 0, dict_of(v).len() as i64),
        tag::DICT_VIEW => {
            let d = obj::<ViewObj>(v).dict;
            new_iter(
                K_DICT_KEYS + header(v).flags,
                d,
                NONE,
                0,
                dict_of(d).len() as i64,
            )
        }
        _ => Err(exc::type_error(&[
            b"'",
            type_name(v).as_bytes(),
            b"' object is not iterable",
        ])),
    }
}

/// The next item, or `UNBOUND` when exhausted.
pub fn next(it: Word) -> R<Word> {
    if let Some(r) = crate::dunder::next(it) {
        return r;
    }
    if is_tag(it, tag::GENERATOR) {
        return crate::generator::resume(it, NONE);
    }
    if !is_tag(it, tag::ITER) {
        return Err(exc::type_error(&[
            b"'",
            type_name(it).as_bytes(),
            b"' object is not an iterator",
        ]));
    }
    let o = obj::<IterObj>(it);
    match header(it).flags {
        K_LIST => {
            let items = list_items(o.src);
            if (o.i as usize) < items.len() {
                o.i += 1;
                return Ok(items[o.i as usize - 1]);
            }
            o.i = i64::MAX / 2;
            Ok(UNBOUND)
        }
        K_TUPLE => {
            let items = tuple_items(o.src);
            if (o.i as usize) < items.len() {
                o.i += 1;
                return Ok(items[o.i as usize - 1]);
            }
            Ok(UNBOUND)
        }
        K_STR => {
            let b = str_bytes(o.src);
            let start = o.i as usize;
            if start >= b.len() {
                return Ok(UNBOUND);
            }
            let end = start + text::utf8_width(b[start]);
            o.i = end as i64;
            text::new_str_counted(&b[start..end], 1)
        }
        K_BYTES => {
            let b = bytes_data(o.src);
            match b.get(o.i as usize) {
                Some(&c) => {
                    o.i += 1;
                    Ok(small(c as i64))
                }
                None => Ok(UNBOUND),
            }
        }
        K_RANGE => {
            if o.n <= 0 {
                return Ok(UNBOUND);
            }
            let v = o.i;
            o.n -= 1;
            o.i = v.wrapping_add(small_value(o.aux));
            int::from_i64(v)
        }
        K_DICT_KEYS | K_DICT_VALUES | K_DICT_ITEMS | K_SET => {
            let d = dict_of(o.src);
            if d.len() as i64 != o.n {
                o.n = -1;
                let what: &[u8] = if header(it).flags == K_SET {
                    b"set"
                } else {
                    b"dictionary"
                };
                return Err(exc::raise_parts(
                    exc::RUNTIME_ERROR,
                    &[what, b" changed size during iteration"],
                ));
            }
            let Some(i) = d.next_live(o.i as usize) else {
                o.i = d.entries.len() as i64;
                return Ok(UNBOUND);
            };
            o.i = i as i64 + 1;
            let e = &d.entries[i];
            match header(it).flags {
                K_DICT_VALUES => Ok(e.value),
                K_DICT_ITEMS => containers::tuple_from(&[e.key, e.value]),
                _ => Ok(e.key),
            }
        }
        K_ENUMERATE => {
            let x = next(o.src)?;
            if x == UNBOUND {
                return Ok(UNBOUND);
            }
            let n = o.aux;
            o.aux = int::add(n, small(1))?;
            containers::tuple_from(&[n, x])
        }
        K_ZIP => next_of_each(o.src),
        K_MAP => {
            let f = o.src;
            let args = next_of_each(o.aux)?;
            if args == UNBOUND {
                return Ok(UNBOUND);
            }
            crate::call::call(f, args, NONE)
        }
        K_FILTER => {
            let (f, src) = (o.src, o.aux);
            loop {
                let x = next(src)?;
                if x == UNBOUND {
                    return Ok(UNBOUND);
                }
                let keep = if f == NONE {
                    crate::num::truthy_r(x)?
                } else {
                    let args = containers::tuple_from(&[x])?;
                    crate::num::truthy_r(crate::call::call(f, args, NONE)?)?
                };
                if keep {
                    return Ok(x);
                }
            }
        }
        K_REVERSED => {
            if o.i <= 0 {
                return Ok(UNBOUND);
            }
            o.i -= 1;
            let items: &[Word] = if is_tag(o.src, tag::LIST) {
                list_items(o.src)
            } else {
                tuple_items(o.src)
            };
            Ok(items.get(o.i as usize).copied().unwrap_or(UNBOUND))
        }
        _ => Ok(UNBOUND),
    }
}

/// A tuple of the next item of each iterator in tuple `its`, or UNBOUND when one is exhausted
/// (the tuple is built first so the items are rooted while later iterators run user code).
fn next_of_each(its: Word) -> R<Word> {
    let n = tuple_items(its).len();
    if n == 0 {
        return Ok(UNBOUND);
    }
    let out = containers::tuple_new(n)?;
    let _roots = gc::Roots::of(&[out])?;
    for i in 0..n {
        let x = next(tuple_items(its)[i])?;
        if x == UNBOUND {
            return Ok(UNBOUND);
        }
        tuple_items(out)[i] = x;
    }
    Ok(out)
}

/// The items of an iterable as a list or tuple object rooted by `roots` (safe to hold while user
/// code runs); lists and tuples are used as they are.
pub fn collect_rooted(v: Word, roots: &gc::Roots) -> R<Word> {
    if matches!(tag_of(v), tag::LIST | tag::TUPLE) {
        roots.push(v)?;
        return Ok(v);
    }
    let l = containers::list_from(Vec::new())?;
    roots.push(l)?;
    let it = iter(v)?;
    roots.push(it)?;
    loop {
        let x = next(it)?;
        if x == UNBOUND {
            return Ok(l);
        }
        containers::push(list_items(l), x)?;
    }
}

/// The items of a list or tuple object.
pub fn seq_items(v: Word) -> &'static [Word] {
    if is_tag(v, tag::LIST) {
        list_items(v)
    } else {
        tuple_items(v)
    }
}

/// All items of an iterable. When the iteration may run user code (user iterators, `map`), the
/// items are collected in a rooted list object first.
pub fn collect(v: Word) -> R<Vec<Word>> {
    match tag_of(v) {
        tag::LIST => return Ok(list_items(v).clone()),
        tag::TUPLE => return Ok(tuple_items(v).to_vec()),
        tag::DICT | tag::SET | tag::FROZENSET => {
            return Ok(dict_of(v).live().map(|e| e.key).collect());
        }
        _ => {}
    }
    let roots = gc::Roots::new();
    let l = collect_rooted(v, &roots)?;
    Ok(seq_items(l).to_vec())
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_iter(v: Word) -> Word {
    crate::num::rooted2(v, NONE, |v, _| iter(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_next(it: Word) -> Word {
    if is_tag(it, tag::ITER) && header(it).flags < K_ENUMERATE {
        return exc::ret(next(it));
    }
    crate::num::rooted2(it, NONE, |it, _| next(it))
}
