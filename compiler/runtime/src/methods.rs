//! Methods of builtin values through one entry, `mlrt_call_method(obj, name, args, kwargs)`.

use crate::builtins::{dict_update, sort_values};
use crate::casing;
use crate::containers::{self, dict_new, list_from, tuple_from};
use crate::exc::{self, R};
use crate::int;
use crate::iter;
use crate::num::{self, type_name};
use crate::object::*;
use crate::repr;
pub use crate::str_search::find_bytes;
use crate::str_search::{self, rfind_bytes};
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

fn no_attr(o: Word, name: &[u8]) -> exc::Raised {
    exc::raise_parts(
        exc::ATTRIBUTE_ERROR,
        &[
            b"'",
            type_name(o).as_bytes(),
            b"' object has no attribute '",
            name,
            b"'",
        ],
    )
}

fn args_n(name: &[u8], a: &'static [Word], min: usize, max: usize) -> R<&'static [Word]> {
    if a.len() < min || a.len() > max {
        let mut m = Vec::new();
        m.extend_from_slice(name);
        if min == max {
            m.extend_from_slice(b"() takes exactly ");
            int::push_i64(&mut m, min as i64);
            m.extend_from_slice(if min == 1 {
                b" argument ("
            } else {
                b" arguments ("
            });
            int::push_i64(&mut m, a.len() as i64);
            m.extend_from_slice(b" given)");
        } else {
            m.extend_from_slice(if a.len() < min {
                b" expected at least "
            } else {
                b" expected at most "
            });
            int::push_i64(&mut m, if a.len() < min { min } else { max } as i64);
            m.extend_from_slice(b" arguments, got ");
            int::push_i64(&mut m, a.len() as i64);
        }
        return Err(exc::type_error(&[&m]));
    }
    Ok(a)
}

fn want_str(v: Word, what: &[u8]) -> R<&'static [u8]> {
    if text::is_str(v) {
        return Ok(str_bytes(v));
    }
    Err(exc::type_error(&[
        what,
        b" must be str, not ",
        type_name(v).as_bytes(),
    ]))
}

fn kw(kwargs: Word, name: &[u8]) -> Word {
    if !is_tag(kwargs, tag::DICT) {
        return UNBOUND;
    }
    dict_of(kwargs)
        .live()
        .find(|e| is_tag(e.key, tag::STR) && str_bytes(e.key) == name)
        .map_or(UNBOUND, |e| e.value)
}

fn opt(a: &[Word], i: usize, kwargs: Word, name: &[u8]) -> Word {
    match a.get(i) {
        Some(&v) => v,
        None => kw(kwargs, name),
    }
}

fn str_pred(s: Word, f: impl Fn(char) -> bool) -> Word {
    let st = str_of(s);
    bool_word(!st.is_empty() && st.chars().all(f))
}

fn strip(s: Word, chars: Word, left: bool, right: bool) -> R<Word> {
    let st = str_of(s);
    let set: Option<&str> = if chars == UNBOUND || chars == NONE {
        None
    } else {
        Some(str_of(chars))
    };
    let is_strip = |c: char| match set {
        None => c.is_whitespace(),
        Some(cs) => cs.contains(c),
    };
    let mut r = st;
    if left {
        r = r.trim_start_matches(is_strip);
    }
    if right {
        r = r.trim_end_matches(is_strip);
    }
    text::new_str(r.as_bytes())
}

fn split(s: Word, sep: Word, maxsplit: Word, from_right: bool) -> R<Word> {
    let b = str_bytes(s);
    let max = if maxsplit == UNBOUND {
        -1
    } else {
        int::as_i64(maxsplit).unwrap_or(-1)
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    if sep == UNBOUND || sep == NONE {
        let st = str_of(s);
        let words: Vec<&str> = st
            .split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .collect();
        if max < 0 || words.len() as i64 <= max {
            parts = words.iter().map(|w| w.as_bytes()).collect();
        } else if !from_right {
            let mut rest = st.trim_start();
            for _ in 0..max {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                parts.push(&rest.as_bytes()[..end]);
                rest = rest[end..].trim_start();
            }
            if !rest.is_empty() {
                parts.push(rest.as_bytes());
            }
        } else {
            let mut rest = st.trim_end();
            let mut tail = Vec::new();
            for _ in 0..max {
                let start = rest.rfind(char::is_whitespace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                tail.push(&rest.as_bytes()[start..]);
                rest = rest[..start].trim_end();
            }
            if !rest.is_empty() {
                tail.push(rest.as_bytes());
            }
            tail.reverse();
            parts = tail;
        }
    } else {
        let sp = want_str(sep, b"sep")?;
        if sp.is_empty() {
            return Err(exc::value_error(&[b"empty separator"]));
        }
        if !from_right {
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
        } else {
            let mut end = b.len();
            let mut tail = Vec::new();
            while max < 0 || (tail.len() as i64) < max {
                match rfind_bytes(&b[..end], sp) {
                    Some(i) => {
                        tail.push(&b[i + sp.len()..end]);
                        end = i;
                    }
                    None => break,
                }
            }
            tail.push(&b[..end]);
            tail.reverse();
            parts = tail;
        }
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(text::new_str(p)?);
    }
    list_from(out)
}

fn join(sep: Word, items: Word) -> R<Word> {
    let mut out = Vec::new();
    let mut n = 0;
    for (i, x) in iter::collect(items)?.into_iter().enumerate() {
        if !text::is_str(x) {
            let mut m = Vec::new();
            m.extend_from_slice(b"sequence item ");
            int::push_i64(&mut m, i as i64);
            m.extend_from_slice(b": expected str instance, ");
            m.extend_from_slice(type_name(x).as_bytes());
            m.extend_from_slice(b" found");
            return Err(exc::type_error(&[&m]));
        }
        if i > 0 {
            out.extend_from_slice(str_bytes(sep));
            n += text::char_len(sep);
        }
        out.extend_from_slice(str_bytes(x));
        n += text::char_len(x);
    }
    text::new_str_counted(&out, n)
}

fn replace(s: Word, old: &[u8], new: &[u8], count: i64) -> R<Word> {
    let b = str_bytes(s);
    let mut out = Vec::new();
    let mut i = 0;
    let mut done = 0;
    if old.is_empty() {
        for (k, ch) in str_of(s).char_indices() {
            if count >= 0 && done >= count {
                out.extend_from_slice(&b[k..]);
                return text::from_string(out);
            }
            out.extend_from_slice(new);
            out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
            done += 1;
        }
        if count < 0 || done < count {
            out.extend_from_slice(new);
        }
        return text::from_string(out);
    }
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
    text::from_string(out)
}

fn pad_str(s: Word, width: Word, fill: Word, how: u8) -> R<Word> {
    let w = int::as_i64(width).unwrap_or(0).max(0) as usize;
    let n = text::char_len(s);
    if n >= w {
        return Ok(s);
    }
    let f: &[u8] = if fill == UNBOUND {
        b" "
    } else {
        str_bytes(fill)
    };
    let total = w - n;
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let mut out = Vec::new();
    for _ in 0..l {
        out.extend_from_slice(f);
    }
    out.extend_from_slice(str_bytes(s));
    for _ in 0..r {
        out.extend_from_slice(f);
    }
    text::from_string(out)
}

/// `str.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `!r`/`!s`, `:spec`, `{{ }}`.
fn str_format(s: Word, args: &[Word], kwargs: Word) -> R<Word> {
    let f = str_bytes(s);
    let mut out = Vec::new();
    let mut auto = 0;
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c == b'{' && f.get(i + 1) == Some(&b'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        if c == b'}' {
            if f.get(i + 1) == Some(&b'}') {
                out.push(b'}');
                i += 2;
                continue;
            }
            return Err(exc::value_error(&[
                b"Single '}' encountered in format string",
            ]));
        }
        if c != b'{' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(close) = f[i..].iter().position(|&c| c == b'}').map(|p| p + i) else {
            return Err(exc::value_error(&[
                b"Single '{' encountered in format string",
            ]));
        };
        let field = &f[i + 1..close];
        i = close + 1;
        let (head, spec) = match field.iter().position(|&c| c == b':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (field, &b""[..]),
        };
        let (name, conv) = match head.iter().position(|&c| c == b'!') {
            Some(p) => (&head[..p], head.get(p + 1).copied()),
            None => (head, None),
        };
        let v = if name.is_empty() {
            let v = *args.get(auto).ok_or_else(|| {
                exc::raise(
                    exc::INDEX_ERROR,
                    b"Replacement index 0 out of range for positional args tuple",
                )
            })?;
            auto += 1;
            v
        } else if name.iter().all(u8::is_ascii_digit) {
            let k = name
                .iter()
                .fold(0usize, |a, &d| a * 10 + (d - b'0') as usize);
            *args.get(k).ok_or_else(|| {
                exc::raise(
                    exc::INDEX_ERROR,
                    b"Replacement index out of range for positional args tuple",
                )
            })?
        } else {
            let v = kw(kwargs, name);
            if v == UNBOUND {
                let key = text::new_str(name)?;
                return Err(exc::raise_value(exc::KEY_ERROR, key));
            }
            v
        };
        let v = match conv {
            Some(b'r') => repr::to_repr(v)?,
            Some(b's') => repr::to_str(v)?,
            _ => v,
        };
        crate::format::format_into(v, core::str::from_utf8(spec).unwrap_or(""), &mut out)?;
    }
    text::from_string(out)
}

fn str_method(s: Word, name: &[u8], a: &'static [Word], kwargs: Word) -> R<Word> {
    if let Some(r) = str_search::call(s, name, a) {
        return r;
    }
    let b = str_bytes(s);
    match name {
        b"upper" | b"lower" | b"casefold" | b"swapcase" | b"capitalize" | b"title" => {
            let converted = casing::convert(name, str_of(s)).unwrap_or_default();
            text::from_string(converted.into_bytes())
        }
        b"strip" => strip(s, opt(a, 0, kwargs, b"chars"), true, true),
        b"lstrip" => strip(s, opt(a, 0, kwargs, b"chars"), true, false),
        b"rstrip" => strip(s, opt(a, 0, kwargs, b"chars"), false, true),
        b"split" => split(
            s,
            opt(a, 0, kwargs, b"sep"),
            opt(a, 1, kwargs, b"maxsplit"),
            false,
        ),
        b"rsplit" => split(
            s,
            opt(a, 0, kwargs, b"sep"),
            opt(a, 1, kwargs, b"maxsplit"),
            true,
        ),
        b"splitlines" => {
            let mut out = Vec::new();
            for line in str_of(s).lines() {
                out.push(text::new_str(line.as_bytes())?);
            }
            list_from(out)
        }
        b"join" => join(s, args_n(b"join", a, 1, 1)?[0]),
        b"replace" => {
            let a = args_n(b"replace", a, 2, 3)?;
            let count = a.get(2).and_then(|&c| int::as_i64(c)).unwrap_or(-1);
            replace(
                s,
                want_str(a[0], b"replace() argument 1")?,
                want_str(a[1], b"replace() argument 2")?,
                count,
            )
        }
        b"isdigit" | b"isdecimal" | b"isnumeric" => Ok(str_pred(s, |c| c.is_numeric())),
        b"isalpha" => Ok(str_pred(s, char::is_alphabetic)),
        b"isalnum" => Ok(str_pred(s, char::is_alphanumeric)),
        b"isspace" => Ok(str_pred(s, char::is_whitespace)),
        b"isupper" => {
            let st = str_of(s);
            Ok(bool_word(
                st.chars().any(char::is_uppercase) && !st.chars().any(char::is_lowercase),
            ))
        }
        b"islower" => {
            let st = str_of(s);
            Ok(bool_word(
                st.chars().any(char::is_lowercase) && !st.chars().any(char::is_uppercase),
            ))
        }
        b"center" => pad_str(
            s,
            args_n(b"center", a, 1, 2)?[0],
            opt(a, 1, kwargs, b"fillchar"),
            b'c',
        ),
        b"ljust" => pad_str(
            s,
            args_n(b"ljust", a, 1, 2)?[0],
            opt(a, 1, kwargs, b"fillchar"),
            b'l',
        ),
        b"rjust" => pad_str(
            s,
            args_n(b"rjust", a, 1, 2)?[0],
            opt(a, 1, kwargs, b"fillchar"),
            b'r',
        ),
        b"zfill" => {
            let w = int::as_i64(args_n(b"zfill", a, 1, 1)?[0])
                .unwrap_or(0)
                .max(0) as usize;
            let n = text::char_len(s);
            if n >= w {
                return Ok(s);
            }
            let (sign, rest) = if matches!(b.first(), Some(b'-' | b'+')) {
                (&b[..1], &b[1..])
            } else {
                (&b[..0], b)
            };
            let mut out = sign.to_vec();
            out.extend(core::iter::repeat_n(b'0', w - n));
            out.extend_from_slice(rest);
            text::from_string(out)
        }
        b"partition" | b"rpartition" => {
            let sep = want_str(args_n(name, a, 1, 1)?[0], b"sep")?;
            if sep.is_empty() {
                return Err(exc::value_error(&[b"empty separator"]));
            }
            let found = if name[0] == b'r' {
                rfind_bytes(b, sep)
            } else {
                find_bytes(b, sep, 0)
            };
            let empty = text::new_str(b"")?;
            match found {
                Some(i) => {
                    let x = text::new_str(&b[..i])?;
                    let y = text::new_str(&b[i + sep.len()..])?;
                    tuple_from(&[x, a[0], y])
                }
                None if name[0] == b'r' => tuple_from(&[empty, empty, s]),
                None => tuple_from(&[s, empty, empty]),
            }
        }
        b"removeprefix" => {
            let p = want_str(args_n(name, a, 1, 1)?[0], b"prefix")?;
            if b.starts_with(p) {
                text::new_str(&b[p.len()..])
            } else {
                Ok(s)
            }
        }
        b"removesuffix" => {
            let p = want_str(args_n(name, a, 1, 1)?[0], b"suffix")?;
            if b.ends_with(p) && !p.is_empty() {
                text::new_str(&b[..b.len() - p.len()])
            } else {
                Ok(s)
            }
        }
        b"format" => str_format(s, a, kwargs),
        b"encode" => crate::bytes_methods::str_encode(s, a, kwargs),
        _ => Err(no_attr(s, name)),
    }
}

fn list_method(l: Word, name: &[u8], a: &'static [Word], kwargs: Word) -> R<Word> {
    let items = list_items(l);
    match name {
        b"append" => {
            containers::push(items, args_n(b"list.append", a, 1, 1)?[0])?;
            Ok(NONE)
        }
        b"extend" => containers::list_extend(l, args_n(b"list.extend", a, 1, 1)?[0]).map(|_| NONE),
        b"insert" => {
            let a = args_n(b"insert", a, 2, 2)?;
            let n = items.len() as i64;
            let mut i = int::as_i64(a[0]).unwrap_or(n);
            if i < 0 {
                i = (i + n).max(0);
            }
            items.insert(i.min(n) as usize, a[1]);
            Ok(NONE)
        }
        b"pop" => {
            let a = args_n(b"pop", a, 0, 1)?;
            if items.is_empty() {
                return Err(exc::raise(exc::INDEX_ERROR, b"pop from empty list"));
            }
            let n = items.len() as i64;
            let i = a.first().and_then(|&v| int::as_i64(v)).unwrap_or(-1);
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(exc::raise(exc::INDEX_ERROR, b"pop index out of range"));
            }
            Ok(items.remove(j as usize))
        }
        b"remove" => {
            let x = args_n(b"list.remove", a, 1, 1)?[0];
            match containers::position_eq(items, x)? {
                Some(i) => {
                    items.remove(i);
                    Ok(NONE)
                }
                None => Err(exc::value_error(&[b"list.remove(x): x not in list"])),
            }
        }
        b"index" => {
            let x = args_n(b"index", a, 1, 1)?[0];
            match containers::position_eq(items, x)? {
                Some(i) => Ok(small(i as i64)),
                None => {
                    let mut m = Vec::new();
                    repr::write_repr(x, &mut m)?;
                    m.extend_from_slice(b" is not in list");
                    Err(exc::value_error(&[&m]))
                }
            }
        }
        b"count" => {
            let x = args_n(b"count", a, 1, 1)?[0];
            Ok(small(containers::count_eq(items, x)? as i64))
        }
        b"sort" => {
            args_n(b"sort", a, 0, 0)?;
            let key = match kw(kwargs, b"key") {
                NONE => UNBOUND,
                k => k,
            };
            let rev = kw(kwargs, b"reverse");
            let rev = rev != UNBOUND && num::truthy_r(rev)?;
            let v = sort_values(l, key, rev)?;
            *list_items(l) = v;
            Ok(NONE)
        }
        b"reverse" => {
            items.reverse();
            Ok(NONE)
        }
        b"clear" => {
            items.clear();
            Ok(NONE)
        }
        b"copy" => list_from(items.clone()),
        _ => Err(no_attr(l, name)),
    }
}

fn dict_method(d: Word, name: &[u8], a: &'static [Word], kwargs: Word) -> R<Word> {
    let dd = dict_of(d);
    let view = |flags: u16| -> R<Word> {
        let p = crate::gc::alloc_object(core::mem::size_of::<ViewObj>(), tag::DICT_VIEW)?
            as *mut ViewObj;
        unsafe {
            (*p).h.flags = flags;
            (*p).dict = d;
        }
        Ok(from_addr(p as usize))
    };
    match name {
        b"get" => {
            let a = args_n(b"get", a, 1, 2)?;
            Ok(dd.get(a[0])?.unwrap_or(a.get(1).copied().unwrap_or(NONE)))
        }
        b"keys" => view(0),
        b"values" => view(1),
        b"items" => view(2),
        b"pop" => {
            let a = args_n(b"pop", a, 1, 2)?;
            match dd.remove(a[0])? {
                Some((_, v)) => Ok(v),
                None => a
                    .get(1)
                    .copied()
                    .ok_or_else(|| exc::raise_value(exc::KEY_ERROR, a[0])),
            }
        }
        b"popitem" => match dd.pop_last() {
            Some((k, v)) => tuple_from(&[k, v]),
            None => Err(exc::raise(
                exc::KEY_ERROR,
                b"popitem(): dictionary is empty",
            )),
        },
        b"setdefault" => {
            let a = args_n(b"setdefault", a, 1, 2)?;
            if let Some(v) = dd.get(a[0])? {
                return Ok(v);
            }
            let v = a.get(1).copied().unwrap_or(NONE);
            dd.insert(a[0], v)?;
            Ok(v)
        }
        b"update" => {
            if let Some(&src) = args_n(b"update", a, 0, 1)?.first() {
                dict_update(d, src)?;
            }
            if is_tag(kwargs, tag::DICT) {
                dict_update(d, kwargs)?;
            }
            Ok(NONE)
        }
        b"clear" => {
            dd.clear();
            Ok(NONE)
        }
        b"copy" => {
            let out = dict_new(tag::DICT)?;
            dict_update(out, d)?;
            Ok(out)
        }
        _ => Err(no_attr(d, name)),
    }
}

fn set_method(s: Word, name: &[u8], a: &'static [Word]) -> R<Word> {
    let sd = dict_of(s);
    let frozen = is_tag(s, tag::FROZENSET);
    let other_set = |v: Word| -> R<Word> {
        if containers::is_set_like(v) {
            return Ok(v);
        }
        let t = dict_new(tag::SET)?;
        for x in iter::collect(v)? {
            dict_of(t).insert(x, NONE)?;
        }
        Ok(t)
    };
    match (name, frozen) {
        (b"add", false) => {
            sd.insert(args_n(b"add", a, 1, 1)?[0], NONE)?;
            Ok(NONE)
        }
        (b"remove", false) => {
            let x = args_n(b"remove", a, 1, 1)?[0];
            match sd.remove(x)? {
                Some(_) => Ok(NONE),
                None => Err(exc::raise_value(exc::KEY_ERROR, x)),
            }
        }
        (b"discard", false) => {
            sd.remove(args_n(b"discard", a, 1, 1)?[0])?;
            Ok(NONE)
        }
        (b"pop", false) => match crate::set_ops::pop(s) {
            Some(k) => Ok(k),
            None => Err(exc::raise(exc::KEY_ERROR, b"pop from an empty set")),
        },
        (b"clear", false) => {
            sd.clear();
            Ok(NONE)
        }
        (b"update", false) => {
            for &o in a {
                crate::set_ops::update(s, o)?;
            }
            Ok(NONE)
        }
        (b"copy", _) => crate::set_ops::union(s, &[]),
        (b"union", _) => crate::set_ops::union(s, a),
        (b"intersection", _) => crate::set_ops::fold(num::Op::And, s, a),
        (b"difference", _) => crate::set_ops::fold(num::Op::Sub, s, a),
        (b"symmetric_difference", _) => {
            crate::set_ops::symmetric_difference(s, args_n(name, a, 1, 1)?[0])
        }
        (b"issubset", _) => Ok(bool_word(containers::set_subset((
            s,
            other_set(args_n(name, a, 1, 1)?[0])?,
        )))),
        (b"issuperset", _) => Ok(bool_word(containers::set_subset((
            other_set(args_n(name, a, 1, 1)?[0])?,
            s,
        )))),
        (b"isdisjoint", _) => {
            let o = other_set(args_n(name, a, 1, 1)?[0])?;
            let od = dict_of(o);
            Ok(bool_word(
                sd.live().all(|e| od.find_hashed(e.key, e.hash).is_none()),
            ))
        }
        _ => Err(no_attr(s, name)),
    }
}

/// Whether builtin value `o` has a method `name` (for `o.name` as a bound method value).
pub fn has_method(o: Word, name: &[u8]) -> bool {
    const STR: &[&str] = &[
        "upper",
        "lower",
        "casefold",
        "swapcase",
        "capitalize",
        "title",
        "strip",
        "lstrip",
        "rstrip",
        "split",
        "rsplit",
        "splitlines",
        "join",
        "replace",
        "startswith",
        "endswith",
        "find",
        "rfind",
        "index",
        "rindex",
        "count",
        "isdigit",
        "isdecimal",
        "isnumeric",
        "isalpha",
        "isalnum",
        "isspace",
        "isupper",
        "islower",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "partition",
        "rpartition",
        "removeprefix",
        "removesuffix",
        "format",
        "encode",
    ];
    const LIST: &[&str] = &[
        "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse",
        "clear", "copy",
    ];
    const DICT: &[&str] = &[
        "get",
        "keys",
        "values",
        "items",
        "pop",
        "popitem",
        "setdefault",
        "update",
        "clear",
        "copy",
    ];
    const SET: &[&str] = &[
        "add",
        "remove",
        "discard",
        "pop",
        "clear",
        "update",
        "copy",
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "isdisjoint",
    ];
    let names: &[&str] = match tag_of(o) {
        tag::STR => STR,
        tag::BYTES => return crate::bytes_methods::METHODS.contains(&name),
        tag::LIST => LIST,
        tag::DICT => DICT,
        tag::SET | tag::FROZENSET => SET,
        tag::TUPLE => &["count", "index"],
        tag::FLOAT => &["is_integer"],
        _ if int::is_int(o) => &["bit_length"],
        _ => &[],
    };
    names.iter().any(|n| n.as_bytes() == name)
}

/// `o.name(*a, **kwargs)`: user objects and classes through `class`, builtin values here.
pub fn call_method(o: Word, name: &[u8], a: &'static [Word], kwargs: Word) -> R<Word> {
    if matches!(
        tag_of(o),
        tag::INSTANCE
            | tag::EXCEPTION
            | tag::CLASS
            | tag::FUNCTION
            | tag::BOUND
            | tag::TYPE
            | tag::WRAPPER
    ) {
        let args = tuple_from(a)?;
        if let Some(r) = crate::class::call_method(o, name, args, kwargs) {
            return r;
        }
    }
    match tag_of(o) {
        tag::STR => str_method(o, name, a, kwargs),
        tag::BYTES => {
            crate::bytes_methods::call(o, name, a, kwargs).unwrap_or_else(|| Err(no_attr(o, name)))
        }
        tag::LIST => list_method(o, name, a, kwargs),
        tag::GENERATOR => crate::generator::call_method(o, name, a)
            .unwrap_or_else(|| Err(no_attr(o, name))),
        tag::DICT => dict_method(o, name, a, kwargs),
        tag::SET | tag::FROZENSET => set_method(o, name, a),
        tag::TUPLE => {
            let items = tuple_items(o);
            match name {
                b"count" => {
                    let x = args_n(b"count", a, 1, 1)?[0];
                    Ok(small(containers::count_eq(items, x)? as i64))
                }
                b"index" => {
                    let x = args_n(b"index", a, 1, 1)?[0];
                    match containers::position_eq(items, x)? {
                        Some(i) => Ok(small(i as i64)),
                        None => Err(exc::value_error(&[b"tuple.index(x): x not in tuple"])),
                    }
                }
                _ => Err(no_attr(o, name)),
            }
        }
        tag::FLOAT if name == b"is_integer" => {
            let x = float_of(o);
            Ok(bool_word(x.is_finite() && x == libm::trunc(x)))
        }
        _ if int::is_int(o) && name == b"bit_length" => {
            int::from_i64(int::to_big(o).bit_length() as i64)
        }
        _ => Err(no_attr(o, name)),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_call_method(obj: Word, name: Word, args: Word, kwargs: Word) -> Word {
    let a: &'static [Word] = if is_tag(args, tag::TUPLE) {
        tuple_items(args)
    } else {
        &[]
    };
    let Ok(_roots) = crate::gc::Roots::of(&[obj, name, args, kwargs]) else {
        return EXC;
    };
    exc::ret(call_method(obj, str_bytes(name), a, kwargs))
}
