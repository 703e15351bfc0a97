//! tuple, list, range, slice, set/dict objects: construction, items, sequence operators,
//! equality and ordering of containers.

use crate::dict::Dict;
use crate::exc::{self, R, Raised};
use crate::gc;
use crate::int;
use crate::num::{self, CmpOp, Op, type_name};
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::mem::size_of;

pub fn tuple_new(n: usize) -> R<Word> {
    let p = gc::alloc_object(size_of::<TupleObj>() + 8 * n, tag::TUPLE)? as *mut TupleObj;
    unsafe {
        (*p).len = n as u32;
        let items = (*p).items.as_mut_ptr();
        for i in 0..n {
            *items.add(i) = NONE;
        }
    }
    Ok(from_addr(p as usize))
}

pub fn tuple_from(items: &[Word]) -> R<Word> {
    let t = tuple_new(items.len())?;
    tuple_items(t).copy_from_slice(items);
    Ok(t)
}

pub fn list_from(items: Vec<Word>) -> R<Word> {
    let p = gc::alloc_object(size_of::<ListObj>(), tag::LIST)? as *mut ListObj;
    unsafe { core::ptr::write(&raw mut (*p).items, items) };
    Ok(from_addr(p as usize))
}

pub fn dict_new(t: u8) -> R<Word> {
    let p = gc::alloc_object(size_of::<DictObj>(), t)? as *mut DictObj;
    let d = if t == tag::SET || t == tag::FROZENSET {
        Dict::new_set()
    } else {
        Dict::new()
    };
    unsafe { core::ptr::write(&raw mut (*p).d, d) };
    Ok(from_addr(p as usize))
}

pub fn range_new(start: i64, stop: i64, step: i64) -> R<Word> {
    let p = gc::alloc_object(size_of::<RangeObj>(), tag::RANGE)? as *mut RangeObj;
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Ok(from_addr(p as usize))
}

pub fn slice_new(start: Word, stop: Word, step: Word) -> R<Word> {
    let p = gc::alloc_object(size_of::<SliceObj>(), tag::SLICE)? as *mut SliceObj;
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Ok(from_addr(p as usize))
}

pub fn range_len(r: &RangeObj) -> i64 {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as i64
}

/// Append with a MemoryError instead of an abort when the heap is full.
pub fn push(v: &mut Vec<Word>, w: Word) -> R<()> {
    if v.try_reserve(1).is_err() {
        return Err(exc::raise_memory_error());
    }
    v.push(w);
    Ok(())
}

/// Clamp an index-like value (int or None) for slices.
fn slice_part(w: Word, default: i64) -> R<i64> {
    if w == NONE || w == UNBOUND {
        return Ok(default);
    }
    if let Some(v) = int::as_i64(w) {
        return Ok(v);
    }
    if is_tag(w, tag::BIGINT) {
        return Ok(if int::is_negative(w) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
    }
    Err(exc::type_error(&[
        b"slice indices must be integers or None or have an __index__ method",
    ]))
}

/// (start, stop, step, count) of a slice over a sequence of length `len`, like CPython.
pub fn slice_indices(s: Word, len: i64) -> R<(i64, i64, i64, i64)> {
    let so = obj::<SliceObj>(s);
    let step = slice_part(so.step, 1)?;
    if step == 0 {
        return Err(exc::value_error(&[b"slice step cannot be zero"]));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |w: Word, default: i64| -> R<i64> {
        if w == NONE || w == UNBOUND {
            return Ok(default);
        }
        let mut v = slice_part(w, default)?;
        if v < 0 {
            v += len;
            if v < lo {
                v = lo;
            }
        } else if v > hi {
            v = hi;
        }
        Ok(v)
    };
    let start = adjust(so.start, if step < 0 { hi } else { lo })?;
    let stop = adjust(so.stop, if step < 0 { lo } else { hi })?;
    let count = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn index_value(k: Word, what: &[u8]) -> R<i64> {
    if let Some(v) = int::as_i64(k) {
        return Ok(v);
    }
    if is_tag(k, tag::BIGINT) {
        return Err(exc::raise(
            exc::INDEX_ERROR,
            b"cannot fit 'int' into an index-sized integer",
        ));
    }
    Err(exc::type_error(&[
        what,
        b" indices must be integers or slices, not ",
        type_name(k).as_bytes(),
    ]))
}

fn normalize(i: i64, len: usize, what: &[u8]) -> R<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(exc::raise_parts(
            exc::INDEX_ERROR,
            &[what, b" index out of range"],
        ));
    }
    Ok(j as usize)
}

fn pick(items: &[Word], start: i64, step: i64, count: i64) -> Vec<Word> {
    (0..count)
        .map(|k| items[(start + k * step) as usize])
        .collect()
}

pub fn getitem(o: Word, k: Word) -> R<Word> {
    if let Some(r) = crate::dunder::try_call(o, b"__getitem__", &[k]) {
        return r;
    }
    match tag_of(o) {
        tag::LIST => {
            let items = list_items(o);
            if is_tag(k, tag::SLICE) {
                let (start, _, step, n) = slice_indices(k, items.len() as i64)?;
                return list_from(pick(items, start, step, n));
            }
            Ok(items[normalize(index_value(k, b"list")?, items.len(), b"list")?])
        }
        tag::TUPLE => {
            let items = tuple_items(o);
            if is_tag(k, tag::SLICE) {
                let (start, _, step, n) = slice_indices(k, items.len() as i64)?;
                return tuple_from(&pick(items, start, step, n));
            }
            Ok(items[normalize(index_value(k, b"tuple")?, items.len(), b"tuple")?])
        }
        tag::STR => {
            if is_tag(k, tag::SLICE) {
                let (start, stop, step, _) = slice_indices(k, text::char_len(o) as i64)?;
                return text::slice(o, start, stop, step);
            }
            match int::as_i64(k) {
                Some(i) => text::get_char(o, i),
                None if is_tag(k, tag::BIGINT) => Err(exc::raise(
                    exc::INDEX_ERROR,
                    b"cannot fit 'int' into an index-sized integer",
                )),
                None => Err(exc::type_error(&[
                    b"string indices must be integers, not '",
                    type_name(k).as_bytes(),
                    b"'",
                ])),
            }
        }
        tag::DICT => match dict_of(o).get(k)? {
            Some(v) => Ok(v),
            None => Err(exc::raise_value(exc::KEY_ERROR, k)),
        },
        tag::BYTES => crate::bytes::getitem(o, k),
        tag::RANGE => {
            let r = obj::<RangeObj>(o);
            let n = range_len(r);
            if is_tag(k, tag::SLICE) {
                let (start, stop, step, _) = slice_indices(k, n)?;
                let first = r.start + start * r.step;
                return range_new(first, r.start + stop * r.step, step * r.step);
            }
            let i = normalize(index_value(k, b"range")?, n as usize, b"range object")?;
            int::from_i64(r.start + i as i64 * r.step)
        }
        _ => Err(exc::type_error(&[
            b"'",
            type_name(o).as_bytes(),
            b"' object is not subscriptable",
        ])),
    }
}

pub fn setitem(o: Word, k: Word, v: Word) -> R<()> {
    if let Some(r) = crate::dunder::try_call(o, b"__setitem__", &[k, v]) {
        return r.map(|_| ());
    }
    match tag_of(o) {
        tag::LIST => {
            if is_tag(k, tag::SLICE) {
                return list_set_slice(o, k, v);
            }
            let items = list_items(o);
            let i = normalize(index_value(k, b"list")?, items.len(), b"list assignment")?;
            items[i] = v;
            Ok(())
        }
        tag::DICT => dict_of(o).insert(k, v),
        _ => Err(exc::type_error(&[
            b"'",
            type_name(o).as_bytes(),
            b"' object does not support item assignment",
        ])),
    }
}

fn list_set_slice(o: Word, k: Word, v: Word) -> R<()> {
    let new = crate::iter::collect(v)?;
    let items = list_items(o);
    let (start, stop, step, n) = slice_indices(k, items.len() as i64)?;
    if step == 1 {
        let stop = stop.max(start);
        items.splice(start as usize..stop as usize, new);
        return Ok(());
    }
    if new.len() as i64 != n {
        let mut m = Vec::new();
        m.extend_from_slice(b"attempt to assign sequence of size ");
        int::push_i64(&mut m, new.len() as i64);
        m.extend_from_slice(b" to extended slice of size ");
        int::push_i64(&mut m, n);
        return Err(exc::value_error(&[&m]));
    }
    for (j, w) in new.into_iter().enumerate() {
        items[(start + j as i64 * step) as usize] = w;
    }
    Ok(())
}

pub fn delitem(o: Word, k: Word) -> R<()> {
    if let Some(r) = crate::dunder::try_call(o, b"__delitem__", &[k]) {
        return r.map(|_| ());
    }
    match tag_of(o) {
        tag::LIST => {
            let items = list_items(o);
            if is_tag(k, tag::SLICE) {
                let (start, _, step, n) = slice_indices(k, items.len() as i64)?;
                let mut doomed: Vec<usize> = (0..n).map(|j| (start + j * step) as usize).collect();
                doomed.sort_unstable();
                let mut d = 0;
                let mut idx = 0;
                items.retain(|_| {
                    let keep = d >= doomed.len() || doomed[d] != idx;
                    if !keep {
                        d += 1;
                    }
                    idx += 1;
                    keep
                });
                return Ok(());
            }
            let i = normalize(index_value(k, b"list")?, items.len(), b"list assignment")?;
            items.remove(i);
            Ok(())
        }
        tag::DICT => match dict_of(o).remove(k)? {
            Some(_) => Ok(()),
            None => Err(exc::raise_value(exc::KEY_ERROR, k)),
        },
        _ => Err(exc::type_error(&[
            b"'",
            type_name(o).as_bytes(),
            b"' object doesn't support item deletion",
        ])),
    }
}

pub fn is_set_like(w: Word) -> bool {
    matches!(tag_of(w), tag::SET | tag::FROZENSET)
        || (is_tag(w, tag::DICT_VIEW) && header(w).flags == 0)
}

fn set_dict(w: Word) -> &'static mut Dict {
    if is_tag(w, tag::DICT_VIEW) {
        dict_of(obj::<ViewObj>(w).dict)
    } else {
        dict_of(w)
    }
}

/// Every element of `a` is in `b`.
pub fn set_subset((a, b): (Word, Word)) -> bool {
    let db = set_dict(b);
    set_dict(a)
        .live()
        .all(|e| db.find_hashed(e.key, e.hash).is_some())
}

fn repeat_count(n: Word) -> Option<i64> {
    int::as_i64(n).or_else(|| {
        if is_tag(n, tag::BIGINT) {
            Some(if int::is_negative(n) { 0 } else { i64::MAX })
        } else {
            None
        }
    })
}

fn repeat_items(items: &[Word], n: i64) -> R<Vec<Word>> {
    let n = n.max(0) as usize;
    let total = items.len().saturating_mul(n);
    if total.saturating_mul(8) > crate::heap::heap().limit {
        return Err(exc::raise_memory_error());
    }
    if let [item] = items {
        // `[x] * n`: one fill instead of n one-item copies.
        return Ok(alloc::vec![*item; n]);
    }
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn is_seq(w: Word) -> bool {
    matches!(tag_of(w), tag::STR | tag::LIST | tag::TUPLE | tag::BYTES)
}

/// The container forms of binary operators; `None` = not applicable (TypeError "unsupported").
pub fn sequence_binary(op: Op, a: Word, b: Word) -> Option<R<Word>> {
    let (ta, tb) = (tag_of(a), tag_of(b));
    match op {
        Op::Add => Some(match (ta, tb) {
            (tag::STR, tag::STR) => text::concat(a, b),
            (tag::LIST, tag::LIST) => {
                let mut v = list_items(a).clone();
                v.extend_from_slice(list_items(b));
                list_from(v)
            }
            (tag::TUPLE, tag::TUPLE) => {
                let mut v = tuple_items(a).to_vec();
                v.extend_from_slice(tuple_items(b));
                tuple_from(&v)
            }
            (tag::BYTES, _) => crate::bytes::concat(a, b),
            (tag::STR | tag::LIST | tag::TUPLE, _) => Err(num::concat_error(a, b)),
            _ => return None,
        }),
        Op::Mul => {
            let (seq, n) = if is_seq(a) {
                (a, b)
            } else if is_seq(b) {
                (b, a)
            } else {
                return None;
            };
            let Some(count) = repeat_count(n) else {
                return Some(Err(exc::type_error(&[
                    b"can't multiply sequence by non-int of type '",
                    type_name(n).as_bytes(),
                    b"'",
                ])));
            };
            Some(match tag_of(seq) {
                tag::STR => text::repeat(seq, count),
                tag::BYTES => crate::bytes::repeat(seq, count),
                tag::LIST => repeat_items(list_items(seq), count).and_then(list_from),
                _ => repeat_items(tuple_items(seq), count).and_then(|v| tuple_from(&v)),
            })
        }
        Op::Mod if ta == tag::STR => Some(crate::format::percent(a, b)),
        Op::Mod if ta == tag::BYTES => Some(Err(exc::not_implemented(b"bytes % formatting"))),
        Op::Or | Op::And | Op::Sub | Op::Xor if is_set_like(a) && is_set_like(b) => {
            Some(crate::set_ops::binary(op, a, b))
        }
        Op::Or if ta == tag::DICT && tb == tag::DICT => Some((|| {
            let out = dict_new(tag::DICT)?;
            let d = dict_of(out);
            for e in dict_of(a).live().chain(dict_of(b).live()) {
                d.insert_hashed(e.key, e.hash, e.value);
            }
            Ok(out)
        })()),
        _ => None,
    }
}

fn seq_items(w: Word) -> Option<&'static [Word]> {
    match tag_of(w) {
        tag::LIST => Some(list_items(w).as_slice()),
        tag::TUPLE => Some(tuple_items(w)),
        _ => None,
    }
}

/// `==` on two heap objects.
pub fn eq_objects(a: Word, b: Word) -> bool {
    let (ta, tb) = (tag_of(a), tag_of(b));
    match (ta, tb) {
        (tag::STR, tag::STR) => str_bytes(a) == str_bytes(b),
        (tag::BYTES, tag::BYTES) => bytes_data(a) == bytes_data(b),
        (tag::LIST, tag::LIST) | (tag::TUPLE, tag::TUPLE) => {
            let (x, y) = (seq_items(a).unwrap(), seq_items(b).unwrap());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(&p, &q)| num::eq(p, q))
        }
        (tag::DICT, tag::DICT) => {
            let (x, y) = (dict_of(a), dict_of(b));
            x.len() == y.len()
                && x.live().all(|e| {
                    y.find_hashed(e.key, e.hash)
                        .is_some_and(|i| num::eq(e.value, y.entries[i].value))
                })
        }
        _ if is_set_like(a) && is_set_like(b) => {
            set_dict(a).len() == set_dict(b).len() && set_subset((a, b))
        }
        (tag::RANGE, tag::RANGE) => {
            let (x, y) = (obj::<RangeObj>(a), obj::<RangeObj>(b));
            let (n, m) = (range_len(x), range_len(y));
            n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))
        }
        (tag::SLICE, tag::SLICE) => {
            let (x, y) = (obj::<SliceObj>(a), obj::<SliceObj>(b));
            num::eq(x.start, y.start) && num::eq(x.stop, y.stop) && num::eq(x.step, y.step)
        }
        (tag::TYPE, tag::TYPE) => obj::<TypeObj>(a).kind == obj::<TypeObj>(b).kind,
        _ => false,
    }
}

/// Ordering of containers of the same kind (`None` = not comparable).
pub fn order_objects(op: CmpOp, a: Word, b: Word) -> Option<R<Option<Ordering>>> {
    match (tag_of(a), tag_of(b)) {
        (tag::STR, tag::STR) => Some(Ok(Some(str_bytes(a).cmp(str_bytes(b))))),
        (tag::BYTES, tag::BYTES) => Some(Ok(Some(bytes_data(a).cmp(bytes_data(b))))),
        (tag::LIST, tag::LIST) | (tag::TUPLE, tag::TUPLE) => {
            let (x, y) = (seq_items(a).unwrap(), seq_items(b).unwrap());
            for (&p, &q) in x.iter().zip(y.iter()) {
                if !num::eq(p, q) {
                    return Some(num::order(op, p, q));
                }
            }
            Some(Ok(Some(x.len().cmp(&y.len()))))
        }
        _ => None,
    }
}

/// The first index of an item `== x` (user `__eq__` errors propagate).
pub fn position_eq(items: &[Word], x: Word) -> R<Option<usize>> {
    for (i, &y) in items.iter().enumerate() {
        if y == x || num::eq_r(y, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn count_eq(items: &[Word], x: Word) -> R<usize> {
    let mut n = 0;
    for &y in items {
        if y == x || num::eq_r(y, x)? {
            n += 1;
        }
    }
    Ok(n)
}

pub fn contains(c: Word, item: Word) -> R<bool> {
    if let Some(r) = crate::dunder::try_call(c, b"__contains__", &[item]) {
        return num::truthy_r(r?);
    }
    if crate::dunder::is_user(c) {
        let it = crate::iter::iter(c)?;
        let _roots = gc::Roots::of(&[it])?;
        loop {
            let x = crate::iter::next(it)?;
            if x == UNBOUND {
                return Ok(false);
            }
            if x == item || num::eq_r(x, item)? {
                return Ok(true);
            }
        }
    }
    match tag_of(c) {
        tag::STR => {
            if !text::is_str(item) {
                return Err(exc::type_error(&[
                    b"'in <string>' requires string as left operand, not ",
                    type_name(item).as_bytes(),
                ]));
            }
            Ok(crate::methods::find_bytes(str_bytes(c), str_bytes(item), 0).is_some())
        }
        tag::LIST | tag::TUPLE => Ok(position_eq(seq_items(c).unwrap(), item)?.is_some()),
        tag::BYTES => crate::bytes::contains(c, item),
        tag::DICT | tag::SET | tag::FROZENSET => Ok(dict_of(c).find(item)?.is_some()),
        tag::RANGE => {
            let r = obj::<RangeObj>(c);
            let Some(v) = int::as_i64(item).filter(|_| !num::is_float(item)) else {
                return Ok(crate::iter::collect(c)?.iter().any(|&x| num::eq(x, item)));
            };
            let n = range_len(r);
            if n == 0 {
                return Ok(false);
            }
            let off = v as i128 - r.start as i128;
            Ok(off % r.step as i128 == 0 && (0..n as i128).contains(&(off / r.step as i128)))
        }
        tag::DICT_VIEW => {
            let d = dict_of(obj::<ViewObj>(c).dict);
            match header(c).flags {
                0 => Ok(d.find(item)?.is_some()),
                1 => Ok(d.live().any(|e| num::eq(e.value, item))),
                _ => {
                    if !is_tag(item, tag::TUPLE) || tuple_items(item).len() != 2 {
                        return Ok(false);
                    }
                    let kv = tuple_items(item);
                    Ok(d.get(kv[0])?.is_some_and(|v| num::eq(v, kv[1])))
                }
            }
        }
        tag::ITER => {
            let it = c;
            loop {
                let x = crate::iter::next(it)?;
                if x == UNBOUND {
                    return Ok(false);
                }
                if num::eq_r(x, item)? {
                    return Ok(true);
                }
            }
        }
        _ => Err(exc::type_error(&[
            b"argument of type '",
            type_name(c).as_bytes(),
            b"' is not iterable",
        ])),
    }
}

pub fn len(w: Word) -> R<usize> {
    if let Some(r) = crate::dunder::len(w) {
        return r;
    }
    Ok(match tag_of(w) {
        tag::STR => text::char_len(w),
        tag::BYTES => bytes_data(w).len(),
        tag::LIST => list_items(w).len(),
        tag::TUPLE => tuple_items(w).len(),
        tag::DICT | tag::SET | tag::FROZENSET => dict_of(w).len(),
        tag::RANGE => range_len(obj::<RangeObj>(w)) as usize,
        tag::DICT_VIEW => dict_of(obj::<ViewObj>(w).dict).len(),
        _ => {
            return Err(exc::type_error(&[
                b"object of type '",
                type_name(w).as_bytes(),
                b"' has no len()",
            ]));
        }
    })
}

pub fn list_extend(l: Word, src: Word) -> R<()> {
    let new = match seq_items(src) {
        Some(items) => items.to_vec(),
        None => crate::iter::collect(src)?,
    };
    let items = list_items(l);
    if items.try_reserve(new.len()).is_err() {
        return Err(exc::raise_memory_error());
    }
    items.extend_from_slice(&new);
    Ok(())
}

/// Exactly `n` items of an iterable, as a tuple.
pub fn unpack(v: Word, n: usize) -> R<Word> {
    if is_tag(v, tag::TUPLE) && tuple_items(v).len() == n {
        return Ok(v);
    }
    if !crate::iter::is_iterable(v) {
        return Err(exc::type_error(&[
            b"cannot unpack non-iterable ",
            type_name(v).as_bytes(),
            b" object",
        ]));
    }
    let items = crate::iter::collect(v)?;
    let mut m = Vec::new();
    if items.len() > n {
        m.extend_from_slice(b"too many values to unpack (expected ");
        int::push_i64(&mut m, n as i64);
        m.push(b')');
        return Err(exc::value_error(&[&m]));
    }
    if items.len() < n {
        m.extend_from_slice(b"not enough values to unpack (expected ");
        int::push_i64(&mut m, n as i64);
        m.extend_from_slice(b", got ");
        int::push_i64(&mut m, items.len() as i64);
        m.push(b')');
        return Err(exc::value_error(&[&m]));
    }
    tuple_from(&items)
}

fn none_or_exc(r: R<()>) -> Word {
    match r {
        Ok(()) => NONE,
        Err(Raised) => EXC,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_tuple_new(n: i32) -> Word {
    exc::ret(tuple_new(n.max(0) as usize))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_tuple_set(t: Word, i: i32, v: Word) {
    tuple_items(t)[i as usize] = v;
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_tuple_get(t: Word, i: i32) -> Word {
    tuple_items(t)[i as usize]
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_list_new(capacity: i32) -> Word {
    let mut v = Vec::new();
    if v.try_reserve(capacity.max(0) as usize).is_err() {
        exc::raise_memory_error();
        return EXC;
    }
    exc::ret(list_from(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_list_append(l: Word, v: Word) -> Word {
    none_or_exc(push(list_items(l), v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_dict_new() -> Word {
    exc::ret(dict_new(tag::DICT))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_dict_set(d: Word, k: Word, v: Word) -> Word {
    let Ok(_roots) = gc::Roots::of(&[d, k, v]) else {
        return EXC;
    };
    none_or_exc(dict_of(d).insert(k, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_set_new() -> Word {
    exc::ret(dict_new(tag::SET))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_set_add(s: Word, v: Word) -> Word {
    num::rooted2(s, v, |s, v| dict_of(s).insert(v, NONE).map(|_| NONE))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_slice_new(start: Word, stop: Word, step: Word) -> Word {
    exc::ret(slice_new(start, stop, step))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_getitem(o: Word, k: Word) -> Word {
    if is_tag(o, tag::LIST) && is_small(k) {
        let items = list_items(o);
        let i = small_value(k);
        let j = if i < 0 { i + items.len() as i64 } else { i };
        if j >= 0 && (j as usize) < items.len() {
            return items[j as usize];
        }
    }
    if is_tag(o, tag::STR) && is_small(k) {
        // No user code runs (and one-character ASCII strs are shared): no rooting needed.
        return exc::ret(text::get_char(o, small_value(k)));
    }
    num::rooted2(o, k, getitem)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_setitem(o: Word, k: Word, v: Word) -> Word {
    if is_tag(o, tag::LIST) && is_small(k) {
        let items = list_items(o);
        let i = small_value(k);
        let j = if i < 0 { i + items.len() as i64 } else { i };
        if j >= 0 && (j as usize) < items.len() {
            items[j as usize] = v;
            return NONE;
        }
    }
    let Ok(_roots) = gc::Roots::of(&[o, k, v]) else {
        return EXC;
    };
    none_or_exc(setitem(o, k, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_delitem(o: Word, k: Word) -> Word {
    num::rooted2(o, k, |o, k| delitem(o, k).map(|_| NONE))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_contains(c: Word, item: Word) -> Word {
    num::rooted2(c, item, |c, item| contains(c, item).map(bool_word))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_len(v: Word) -> Word {
    num::rooted2(v, NONE, |v, _| len(v).map(|n| small(n as i64)))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_unpack(v: Word, n: i32) -> Word {
    num::rooted2(v, NONE, |v, _| unpack(v, n.max(0) as usize))
}
