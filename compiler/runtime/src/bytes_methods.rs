//! Methods of `bytes` and the codec entry points `str.encode` / `bytes.decode` / `bytes(s, enc)`,
//! with CPython's argument handling and messages.

use crate::bytes::{byte_value, is_bytes, new_bytes, want_bytes};
use crate::codecs::{self, Codec};
use crate::containers::list_from;
use crate::exc::{self, R};
use crate::int;
use crate::iter;
use crate::num::type_name;
use crate::object::*;
use crate::str_search::{self, find_bytes, rfind_bytes};
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

/// Positional and keyword arguments matched to `names` (UNBOUND = not given), with CPython's
/// TypeErrors for `func()`.
fn params<const N: usize>(
    func: &[u8],
    a: &[Word],
    kwargs: Word,
    names: [&[u8]; N],
) -> R<[Word; N]> {
    if a.len() > N {
        let mut m = func.to_vec();
        m.extend_from_slice(b"() takes at most ");
        int::push_i64(&mut m, N as i64);
        m.extend_from_slice(if N == 1 {
            b" argument ("
        } else {
            b" arguments ("
        });
        int::push_i64(&mut m, a.len() as i64);
        m.extend_from_slice(b" given)");
        return Err(exc::type_error(&[&m]));
    }
    let mut out = [UNBOUND; N];
    out[..a.len()].copy_from_slice(a);
    if is_tag(kwargs, tag::DICT) {
        for e in dict_of(kwargs).live() {
            let name = str_bytes(e.key);
            let Some(i) = names.iter().position(|n| *n == name) else {
                return Err(exc::type_error(&[
                    b"'",
                    name,
                    b"' is an invalid keyword argument for ",
                    func,
                    b"()",
                ]));
            };
            if out[i] != UNBOUND {
                let mut m = b"argument for ".to_vec();
                m.extend_from_slice(func);
                m.extend_from_slice(b"() given by name ('");
                m.extend_from_slice(name);
                m.extend_from_slice(b"') and position (");
                int::push_i64(&mut m, i as i64 + 1);
                m.push(b')');
                return Err(exc::type_error(&[&m]));
            }
            out[i] = e.value;
        }
    }
    Ok(out)
}

/// An optional str argument (`default` when absent).
fn str_param(func: &[u8], name: &[u8], v: Word, default: &'static str) -> R<&'static str> {
    if v == UNBOUND {
        return Ok(default);
    }
    if !text::is_str(v) {
        return Err(exc::type_error(&[
            func,
            b"() argument '",
            name,
            b"' must be str, not ",
            type_name(v).as_bytes(),
        ]));
    }
    Ok(str_of(v))
}

/// The codec named `name`: LookupError for names CPython does not know either,
/// NotImplementedError for CPython codecs the runtime does not have.
fn codec(name: &str) -> R<Codec> {
    if let Some(c) = codecs::lookup(name) {
        return Ok(c);
    }
    if codecs::is_other_cpython_codec(name) {
        return Err(exc::not_implemented(
            &[b"the '", name.as_bytes(), b"' encoding"].concat(),
        ));
    }
    Err(exc::raise_parts(
        exc::LOOKUP_ERROR,
        &[b"unknown encoding: ", name.as_bytes()],
    ))
}

/// `s.encode(encoding, errors)` with both already checked to be str or UNBOUND.
pub fn encode(s: Word, encoding: Word, errors: Word) -> R<Word> {
    let name = str_param(b"encode", b"encoding", encoding, "utf-8")?;
    let errors = str_param(b"encode", b"errors", errors, "strict")?;
    let c = codec(name)?;
    match codecs::encode(c, str_of(s), errors) {
        Ok(b) => new_bytes(&b),
        Err(f) => Err(crate::codec_errors::raise(
            f,
            c,
            s,
            errors.as_bytes(),
            false,
        )),
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: Word, encoding: Word, errors: Word) -> R<Word> {
    let name = str_param(b"decode", b"encoding", encoding, "utf-8")?;
    let errors = str_param(b"decode", b"errors", errors, "strict")?;
    let c = codec(name)?;
    match codecs::decode(c, bytes_data(b), errors) {
        Ok(t) => text::from_string(t),
        Err(f) => Err(crate::codec_errors::raise(f, c, b, errors.as_bytes(), true)),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(s: Word, a: &[Word], kwargs: Word) -> R<Word> {
    let [encoding, errors] = params(b"encode", a, kwargs, [b"encoding", b"errors"])?;
    encode(s, encoding, errors)
}

/// `str(object, encoding, errors)`: the bytes decoded.
pub fn str_of_bytes(object: Word, encoding: Word, errors: Word) -> R<Word> {
    if text::is_str(object) {
        return Err(exc::type_error(&[b"decoding str is not supported"]));
    }
    if !is_bytes(object) {
        return Err(exc::type_error(&[
            b"decoding to str: need a bytes-like object, ",
            type_name(object).as_bytes(),
            b" found",
        ]));
    }
    for (v, name) in [(encoding, &b"encoding"[..]), (errors, b"errors")] {
        str_param(b"str", name, v, "")?;
    }
    decode(object, encoding, errors)
}

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn no_args(name: &[u8], a: &[Word]) -> R<()> {
    if a.is_empty() {
        return Ok(());
    }
    let mut m = b"bytes.".to_vec();
    m.extend_from_slice(name);
    m.extend_from_slice(b"() takes no arguments (");
    int::push_i64(&mut m, a.len() as i64);
    m.extend_from_slice(b" given)");
    Err(exc::type_error(&[&m]))
}

fn arg(a: &[Word], i: usize) -> Word {
    a.get(i).copied().unwrap_or(UNBOUND)
}

/// `b[start:end]` of a search method and its offset, or None when `end < start`.
fn window(b: &'static [u8], start: Word, end: Word) -> R<Option<(&'static [u8], usize)>> {
    let len = b.len() as i64;
    let start = str_search::adjust(str_search::bound(start, 0)?, len);
    let end = str_search::adjust(str_search::bound(end, len)?, len).min(len);
    if end < start {
        return Ok(None);
    }
    Ok(Some((&b[start as usize..end as usize], start as usize)))
}

/// The needle of `count`/`find`/`index`: bytes or one byte as an int.
fn needle(v: Word) -> R<Vec<u8>> {
    if is_bytes(v) {
        return Ok(bytes_data(v).to_vec());
    }
    if int::is_int(v) {
        return Ok(alloc::vec![byte_value(v)?]);
    }
    Err(exc::type_error(&[
        b"argument should be integer or bytes-like object, not '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

fn find(b: &'static [u8], name: &[u8], a: &[Word]) -> R<Word> {
    str_search::arity(name, a)?;
    let sub = needle(a[0])?;
    let found = window(b, arg(a, 1), arg(a, 2))?.and_then(|(hay, first)| {
        let at = if name[0] == b'r' {
            rfind_bytes(hay, &sub)
        } else {
            find_bytes(hay, &sub, 0)
        };
        at.map(|i| first + i)
    });
    match found {
        Some(i) => Ok(small(i as i64)),
        None if name.ends_with(b"find") => Ok(small(-1)),
        None => Err(exc::value_error(&[b"subsection not found"])),
    }
}

fn count(b: &'static [u8], a: &[Word]) -> R<Word> {
    str_search::arity(b"count", a)?;
    let sub = needle(a[0])?;
    let Some((hay, _)) = window(b, arg(a, 1), arg(a, 2))? else {
        return Ok(small(0));
    };
    if sub.is_empty() {
        return Ok(small(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find_bytes(hay, &sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(small(n))
}

fn affix(b: &'static [u8], name: &[u8], a: &[Word]) -> R<Word> {
    str_search::arity(name, a)?;
    let candidates: &[Word] = if is_tag(a[0], tag::TUPLE) {
        tuple_items(a[0])
    } else if is_bytes(a[0]) {
        &a[..1]
    } else {
        return Err(exc::type_error(&[
            name,
            b" first arg must be bytes or a tuple of bytes, not ",
            type_name(a[0]).as_bytes(),
        ]));
    };
    let window = window(b, arg(a, 1), arg(a, 2))?;
    for &p in candidates {
        let p = want_bytes(p)?;
        let hit = window.is_some_and(|(hay, _)| {
            if name == b"startswith" {
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

fn split(b: &'static [u8], a: &[Word], kwargs: Word, from_right: bool) -> R<Word> {
    let func: &[u8] = if from_right { b"rsplit" } else { b"split" };
    let [sep, maxsplit] = params(func, a, kwargs, [b"sep", b"maxsplit"])?;
    let max = if maxsplit == UNBOUND {
        -1
    } else {
        int::as_i64(maxsplit).unwrap_or(-1)
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    if sep == UNBOUND || sep == NONE {
        let is_space = |c: &u8| WHITESPACE.contains(c);
        if from_right {
            let mut rest = b;
            while let Some(end) = rest.iter().rposition(|c| !is_space(c)) {
                rest = &rest[..=end];
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let start = rest.iter().rposition(is_space).map_or(0, |i| i + 1);
                parts.push(&rest[start..]);
                rest = &rest[..start];
            }
            parts.reverse();
        } else {
            let mut rest = b;
            while let Some(start) = rest.iter().position(|c| !is_space(c)) {
                rest = &rest[start..];
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let end = rest.iter().position(is_space).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = &rest[end..];
            }
        }
    } else {
        let sp = want_bytes(sep)?;
        if sp.is_empty() {
            return Err(exc::value_error(&[b"empty separator"]));
        }
        if from_right {
            let mut end = b.len();
            while max < 0 || (parts.len() as i64) < max {
                match rfind_bytes(&b[..end], sp) {
                    Some(i) => {
                        parts.push(&b[i + sp.len()..end]);
                        end = i;
                    }
                    None => break,
                }
            }
            parts.push(&b[..end]);
            parts.reverse();
        } else {
            let mut start = 0;
            while max < 0 || (parts.len() as i64) < max {
                match find_bytes(b, sp, start) {
                    Some(i) => {
                        parts.push(&b[start..i]);
                        start = i + sp.len();
                    }
                    None => break,
                }
            }
            parts.push(&b[start..]);
        }
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(new_bytes(p)?);
    }
    list_from(out)
}

fn join(sep: &'static [u8], items: Word) -> R<Word> {
    if !iter::is_iterable(items) {
        return Err(exc::type_error(&[b"can only join an iterable"]));
    }
    let mut out = Vec::new();
    for (i, x) in iter::collect(items)?.into_iter().enumerate() {
        if !is_bytes(x) {
            let mut m = b"sequence item ".to_vec();
            int::push_i64(&mut m, i as i64);
            m.extend_from_slice(b": expected a bytes-like object, ");
            m.extend_from_slice(type_name(x).as_bytes());
            m.extend_from_slice(b" found");
            return Err(exc::type_error(&[&m]));
        }
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(bytes_data(x));
    }
    new_bytes(&out)
}

fn replace(b: &'static [u8], a: &[Word], kwargs: Word) -> R<Word> {
    let [old, new, count] = params(b"replace", a, kwargs, [b"old", b"new", b"count"])?;
    if old == UNBOUND || new == UNBOUND {
        let mut m = b"replace expected at least 2 arguments, got ".to_vec();
        int::push_i64(&mut m, a.len() as i64);
        return Err(exc::type_error(&[&m]));
    }
    let (old, new) = (want_bytes(old)?, want_bytes(new)?);
    let count = if count == UNBOUND {
        -1
    } else {
        int::as_i64(count).unwrap_or(-1)
    };
    let mut out = Vec::new();
    let mut done = 0;
    if old.is_empty() {
        for (k, &c) in b.iter().enumerate() {
            if count >= 0 && done >= count {
                out.extend_from_slice(&b[k..]);
                return new_bytes(&out);
            }
            out.extend_from_slice(new);
            out.push(c);
            done += 1;
        }
        if count < 0 || done < count {
            out.extend_from_slice(new);
        }
        return new_bytes(&out);
    }
    let mut i = 0;
    while count < 0 || done < count {
        match find_bytes(b, old, i) {
            Some(j) => {
                out.extend_from_slice(&b[i..j]);
                out.extend_from_slice(new);
                i = j + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    new_bytes(&out)
}

fn strip(b: &'static [u8], name: &[u8], a: &[Word], kwargs: Word) -> R<Word> {
    let [chars] = params(name, a, kwargs, [b"bytes"])?;
    let set: &[u8] = if chars == UNBOUND || chars == NONE {
        WHITESPACE
    } else {
        want_bytes(chars)?
    };
    let mut start = 0;
    let mut end = b.len();
    if name != b"rstrip" {
        while start < end && set.contains(&b[start]) {
            start += 1;
        }
    }
    if name != b"lstrip" {
        while end > start && set.contains(&b[end - 1]) {
            end -= 1;
        }
    }
    new_bytes(&b[start..end])
}

/// `b.hex(sep=None, bytes_per_sep=1)`.
fn hex(b: &'static [u8], a: &[Word], kwargs: Word) -> R<Word> {
    let [sep, per] = params(b"hex", a, kwargs, [b"sep", b"bytes_per_sep"])?;
    let sep: Option<u8> = if sep == UNBOUND || sep == NONE {
        None
    } else {
        let s: &[u8] = if text::is_str(sep) {
            str_bytes(sep)
        } else if is_bytes(sep) {
            bytes_data(sep)
        } else {
            return Err(exc::type_error(&[
                b"object of type '",
                type_name(sep).as_bytes(),
                b"' has no len()",
            ]));
        };
        let count = if text::is_str(sep) {
            text::char_len(sep)
        } else {
            s.len()
        };
        if count != 1 {
            return Err(exc::value_error(&[b"sep must be length 1."]));
        }
        if !s[0].is_ascii() {
            return Err(exc::value_error(&[b"sep must be ASCII."]));
        }
        Some(s[0])
    };
    let per = if per == UNBOUND {
        1
    } else {
        int::as_i64(per).ok_or_else(|| {
            exc::type_error(&[
                b"'",
                type_name(per).as_bytes(),
                b"' object cannot be interpreted as an integer",
            ])
        })?
    };
    let group = per.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(b.len() * 3);
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && group > 0
        {
            // Groups are counted from the right for a positive `bytes_per_sep`.
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(b"0123456789abcdef"[(c >> 4) as usize]);
        out.push(b"0123456789abcdef"[(c & 15) as usize]);
    }
    text::new_str_counted(&out, out.len())
}

fn ascii_pred(b: &[u8], f: impl Fn(&u8) -> bool) -> Word {
    bool_word(!b.is_empty() && b.iter().all(f))
}

/// Names of the methods `bytes` has (for `b.name` as a value and `bytes.name`).
pub const METHODS: &[&[u8]] = &[
    b"decode",
    b"hex",
    b"fromhex",
    b"count",
    b"find",
    b"rfind",
    b"index",
    b"rindex",
    b"startswith",
    b"endswith",
    b"split",
    b"rsplit",
    b"join",
    b"replace",
    b"strip",
    b"lstrip",
    b"rstrip",
    b"upper",
    b"lower",
    b"isdigit",
    b"isalpha",
    b"isalnum",
    b"isspace",
    b"removeprefix",
    b"removesuffix",
];

/// `o.name(*a, **kwargs)` for a bytes object `o`; None when `bytes` has no such method.
pub fn call(o: Word, name: &[u8], a: &'static [Word], kwargs: Word) -> Option<R<Word>> {
    let b = bytes_data(o);
    Some(match name {
        b"decode" => params(b"decode", a, kwargs, [b"encoding", b"errors"])
            .and_then(|[encoding, errors]| decode(o, encoding, errors)),
        b"hex" => hex(b, a, kwargs),
        b"fromhex" => fromhex(a),
        b"count" => count(b, a),
        b"find" | b"rfind" | b"index" | b"rindex" => find(b, name, a),
        b"startswith" | b"endswith" => affix(b, name, a),
        b"split" => split(b, a, kwargs, false),
        b"rsplit" => split(b, a, kwargs, true),
        b"join" => params(b"join", a, NONE, [b"iterable_of_bytes"]).and_then(|[items]| {
            if items == UNBOUND {
                return Err(exc::type_error(&[
                    b"bytes.join() takes exactly one argument (0 given)",
                ]));
            }
            join(b, items)
        }),
        b"replace" => replace(b, a, kwargs),
        b"strip" | b"lstrip" | b"rstrip" => strip(b, name, a, kwargs),
        b"upper" | b"lower" => no_args(name, a).and_then(|_| {
            let v: Vec<u8> = if name == b"upper" {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            new_bytes(&v)
        }),
        b"isdigit" => no_args(name, a).map(|_| ascii_pred(b, u8::is_ascii_digit)),
        b"isalpha" => no_args(name, a).map(|_| ascii_pred(b, u8::is_ascii_alphabetic)),
        b"isalnum" => no_args(name, a).map(|_| ascii_pred(b, u8::is_ascii_alphanumeric)),
        b"isspace" => no_args(name, a).map(|_| ascii_pred(b, |c| WHITESPACE.contains(c))),
        b"removeprefix" | b"removesuffix" => params(name, a, NONE, [b"prefix"]).and_then(|[p]| {
            let p = want_bytes(p)?;
            let kept = if name == b"removeprefix" {
                b.strip_prefix(p)
            } else {
                b.strip_suffix(p)
            };
            match kept {
                Some(rest) => new_bytes(rest),
                None => Ok(o),
            }
        }),
        _ => return None,
    })
}

/// `bytes.fromhex(string)`.
pub fn fromhex(a: &[Word]) -> R<Word> {
    let [s] = params(b"fromhex", a, NONE, [b"string"])?;
    if !text::is_str(s) {
        return Err(exc::type_error(&[
            b"fromhex() argument must be str, not ",
            type_name(s).as_bytes(),
        ]));
    }
    let chars: Vec<char> = str_of(s).chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: char| c.to_digit(16).filter(|_| c.is_ascii());
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = digit(chars[i]);
        let lo = chars.get(i + 1).and_then(|&c| digit(c));
        let (Some(hi), Some(lo)) = (hi, lo) else {
            let at = if hi.is_none() { i } else { i + 1 };
            let mut m = b"non-hexadecimal number found in fromhex() arg at position ".to_vec();
            int::push_i64(&mut m, at as i64);
            return Err(exc::value_error(&[&m]));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    new_bytes(&out)
}
