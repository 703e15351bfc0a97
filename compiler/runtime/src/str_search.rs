//! `str.find/rfind/index/rindex/count/startswith/endswith` with CPython's optional
//! `start`/`end` code-point bounds.

use crate::exc::{self, R};
use crate::int;
use crate::num::type_name;
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

/// Byte offset of `needle` in `hay` at or after `from`.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Byte offset of the last `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// A `start`/`end` argument: an int, None (or absent) for `default`.
pub fn bound(v: Word, default: i64) -> R<i64> {
    if v == UNBOUND || v == NONE {
        return Ok(default);
    }
    if !int::is_int(v) {
        return Err(exc::type_error(&[
            b"slice indices must be integers or None or have an __index__ method",
        ]));
    }
    Ok(int::as_i64(v).unwrap_or(if int::is_negative(v) {
        i64::MIN
    } else {
        i64::MAX
    }))
}

/// CPython's ADJUST_INDICES: negative indexes count from the end, then clamp to `0..=len`.
pub fn adjust(i: i64, len: i64) -> i64 {
    if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i
    }
}

/// The bytes of `s[start:end]` and the code-point index they start at, or None when
/// `end < start` (nothing matches there, not even "").
fn window(s: Word, start: Word, end: Word) -> R<Option<(&'static [u8], usize)>> {
    let len = text::char_len(s) as i64;
    let start = adjust(bound(start, 0)?, len);
    let end = adjust(bound(end, len)?, len).min(len);
    if end < start {
        return Ok(None);
    }
    let (bs, be) = (
        text::byte_offset(s, start as usize),
        text::byte_offset(s, end as usize),
    );
    Ok(Some((&str_bytes(s)[bs..be], start as usize)))
}

pub fn arity(name: &[u8], a: &[Word]) -> R<()> {
    if (1..=3).contains(&a.len()) {
        return Ok(());
    }
    let mut m = name.to_vec();
    m.extend_from_slice(if a.is_empty() {
        b"() takes at least 1 argument ("
    } else {
        b"() takes at most 3 arguments ("
    });
    int::push_i64(&mut m, a.len() as i64);
    m.extend_from_slice(b" given)");
    Err(exc::type_error(&[&m]))
}

fn needle(v: Word) -> R<&'static [u8]> {
    if text::is_str(v) {
        return Ok(str_bytes(v));
    }
    Err(exc::type_error(&[
        b"must be str, not ",
        type_name(v).as_bytes(),
    ]))
}

fn arg(a: &[Word], i: usize) -> Word {
    a.get(i).copied().unwrap_or(UNBOUND)
}

/// `find`, `rfind`, `index`, `rindex`: the code-point index of the first (last) match.
fn find(s: Word, name: &[u8], a: &[Word]) -> R<Word> {
    arity(name, a)?;
    let sub = needle(a[0])?;
    let found = window(s, arg(a, 1), arg(a, 2))?.and_then(|(hay, first)| {
        let at = if name[0] == b'r' {
            rfind_bytes(hay, sub)
        } else {
            find_bytes(hay, sub, 0)
        };
        at.map(|b| first + text::char_count(&hay[..b]))
    });
    match found {
        Some(i) => Ok(small(i as i64)),
        None if name.ends_with(b"find") => Ok(small(-1)),
        None => Err(exc::value_error(&[b"substring not found"])),
    }
}

/// Non-overlapping matches of the needle in the window.
fn count(s: Word, a: &[Word]) -> R<Word> {
    arity(b"count", a)?;
    let sub = needle(a[0])?;
    let Some((hay, _)) = window(s, arg(a, 1), arg(a, 2))? else {
        return Ok(small(0));
    };
    if sub.is_empty() {
        return Ok(small(text::char_count(hay) as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find_bytes(hay, sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(small(n))
}

/// `startswith`/`endswith` with a str or a tuple of str.
fn affix(s: Word, name: &[u8], a: &[Word]) -> R<Word> {
    arity(name, a)?;
    let prefix = name == b"startswith";
    let candidates: Vec<Word> = if is_tag(a[0], tag::TUPLE) {
        tuple_items(a[0]).to_vec()
    } else if text::is_str(a[0]) {
        alloc::vec![a[0]]
    } else {
        return Err(exc::type_error(&[
            name,
            b" first arg must be str or a tuple of str, not ",
            type_name(a[0]).as_bytes(),
        ]));
    };
    let window = window(s, arg(a, 1), arg(a, 2))?;
    for p in candidates {
        if !text::is_str(p) {
            return Err(exc::type_error(&[
                b"tuple for ",
                name,
                b" must only contain str, not ",
                type_name(p).as_bytes(),
            ]));
        }
        let p = str_bytes(p);
        let hit = window.is_some_and(|(hay, _)| {
            if prefix {
                hay.starts_with(p)
            } else {
                hay.ends_with(p)
            }
        });
        if hit {
            return Ok(TRUE);
        }
    }
    Ok(FALSE)
}

/// The search method `name` of str `s`, or None when `name` is not one.
pub fn call(s: Word, name: &[u8], a: &[Word]) -> Option<R<Word>> {
    Some(match name {
        b"find" | b"rfind" | b"index" | b"rindex" => find(s, name, a),
        b"count" => count(s, a),
        b"startswith" | b"endswith" => affix(s, name, a),
        _ => return None,
    })
}
