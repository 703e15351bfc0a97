//! Builtin functions: `mlrt_builtin_<name>(args: tuple, kwargs: dict|None) -> value|EXC`.

use crate::bigint::BigInt;
use crate::containers::{self, dict_new, list_from, tuple_from};
use crate::exc::{self, R};
use crate::int;
use crate::iter;
use crate::num::{self, CmpOp, type_name};
use crate::object::*;
use crate::repr;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

/// Keyword argument `name` (removed from consideration), or UNBOUND.
fn kwarg(kwargs: Word, name: &[u8]) -> Word {
    if !is_tag(kwargs, tag::DICT) {
        return UNBOUND;
    }
    dict_of(kwargs)
        .live()
        .find(|e| is_tag(e.key, tag::STR) && str_bytes(e.key) == name)
        .map_or(UNBOUND, |e| e.value)
}

/// TypeError for any keyword not in `allowed`.
fn check_kwargs(func: &[u8], kwargs: Word, allowed: &[&[u8]]) -> R<()> {
    if !is_tag(kwargs, tag::DICT) {
        return Ok(());
    }
    for e in dict_of(kwargs).live() {
        let k = str_bytes(e.key);
        if !allowed.contains(&k) {
            return Err(exc::type_error(&[
                b"'",
                k,
                b"' is an invalid keyword argument for ",
                func,
                b"()",
            ]));
        }
    }
    Ok(())
}

fn arity(func: &[u8], args: Word, min: usize, max: usize) -> R<&'static [Word]> {
    let a = tuple_items(args);
    if a.len() >= min && a.len() <= max {
        return Ok(a);
    }
    let mut m = Vec::new();
    m.extend_from_slice(func);
    if min == max {
        m.extend_from_slice(b"() takes exactly ");
        int::push_i64(&mut m, min as i64);
        m.extend_from_slice(if min == 1 {
            b" argument ("
        } else {
            b" arguments ("
        });
    } else if a.len() < min {
        m.extend_from_slice(b" expected at least ");
        int::push_i64(&mut m, min as i64);
        m.extend_from_slice(if min == 1 {
            b" argument, got "
        } else {
            b" arguments, got "
        });
        int::push_i64(&mut m, a.len() as i64);
        return Err(exc::type_error(&[&m]));
    } else {
        m.extend_from_slice(b" expected at most ");
        int::push_i64(&mut m, max as i64);
        m.extend_from_slice(if max == 1 {
            b" argument, got "
        } else {
            b" arguments, got "
        });
        int::push_i64(&mut m, a.len() as i64);
        return Err(exc::type_error(&[&m]));
    }
    int::push_i64(&mut m, a.len() as i64);
    m.extend_from_slice(b" given)");
    Err(exc::type_error(&[&m]))
}

/// The `key=` argument: a callable, or UNBOUND when absent or None.
fn key_arg(kwargs: Word) -> Word {
    match kwarg(kwargs, b"key") {
        NONE => UNBOUND,
        k => k,
    }
}

/// Builtins root their arguments: user code they call may reach a collection.
macro_rules! builtin {
    ($name:ident, $body:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(args: Word, kwargs: Word) -> Word {
            let f: fn(Word, Word) -> R<Word> = $body;
            let Ok(_roots) = crate::gc::Roots::of(&[args, kwargs]) else {
                return EXC;
            };
            exc::ret(f(args, kwargs))
        }
    };
}

fn to_index(v: Word, what: &[u8]) -> R<i64> {
    match int::as_i64(v) {
        Some(x) => Ok(x),
        None if is_tag(v, tag::BIGINT) => Err(exc::raise_parts(
            exc::OVERFLOW_ERROR,
            &[what, b": Python int too large to convert to C long"],
        )),
        None => Err(exc::type_error(&[
            b"'",
            type_name(v).as_bytes(),
            b"' object cannot be interpreted as an integer",
        ])),
    }
}

builtin!(mlrt_builtin_len, |args, kwargs| {
    check_kwargs(b"len", kwargs, &[])?;
    let a = arity(b"len", args, 1, 1)?;
    Ok(small(containers::len(a[0])? as i64))
});

builtin!(mlrt_builtin_range, |args, kwargs| {
    check_kwargs(b"range", kwargs, &[])?;
    let a = arity(b"range", args, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (0, to_index(a[0], b"range")?, 1),
        2 => (to_index(a[0], b"range")?, to_index(a[1], b"range")?, 1),
        _ => (
            to_index(a[0], b"range")?,
            to_index(a[1], b"range")?,
            to_index(a[2], b"range")?,
        ),
    };
    if step == 0 {
        return Err(exc::value_error(&[b"range() arg 3 must not be zero"]));
    }
    containers::range_new(start, stop, step)
});

pub fn abs(v: Word) -> R<Word> {
    if let Some(r) = crate::dunder::try_call(v, b"__abs__", &[]) {
        return r;
    }
    if int::is_int(v) {
        return if int::is_negative(v) {
            int::neg(v)
        } else if is_bool(v) {
            Ok(small((v == TRUE) as i64))
        } else {
            Ok(v)
        };
    }
    if num::is_float(v) {
        return num::new_float(float_of(v).abs());
    }
    Err(exc::type_error(&[
        b"bad operand type for abs(): '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

builtin!(mlrt_builtin_abs, |args, _| abs(
    arity(b"abs", args, 1, 1)?[0]
));

/// `key(x)`, or `x` itself without a key function.
fn key_of(key: Word, x: Word) -> R<Word> {
    if key == UNBOUND {
        return Ok(x);
    }
    crate::call::call(key, tuple_from(&[x])?, NONE)
}

fn min_max(name: &[u8], args: Word, kwargs: Word, op: CmpOp) -> R<Word> {
    check_kwargs(name, kwargs, &[b"key", b"default"])?;
    let key = key_arg(kwargs);
    let a = tuple_items(args);
    if a.is_empty() {
        return Err(exc::type_error(&[
            name,
            b" expected at least 1 argument, got 0",
        ]));
    }
    let roots = crate::gc::Roots::new();
    let seq = if a.len() == 1 {
        iter::collect_rooted(a[0], &roots)?
    } else {
        args
    };
    let n = iter::seq_items(seq).len();
    if n == 0 {
        let d = kwarg(kwargs, b"default");
        if d != UNBOUND {
            return Ok(d);
        }
        return Err(exc::value_error(&[name, b"() iterable argument is empty"]));
    }
    // (best item, its key), rooted while key functions and comparisons run user code.
    let best = containers::tuple_new(2)?;
    roots.push(best)?;
    let first = iter::seq_items(seq)[0];
    let k = key_of(key, first)?;
    tuple_items(best).copy_from_slice(&[first, k]);
    for i in 1..n {
        let Some(&x) = iter::seq_items(seq).get(i) else {
            break;
        };
        let k = key_of(key, x)?;
        if num::compare(op, k, tuple_items(best)[1])? {
            tuple_items(best).copy_from_slice(&[x, k]);
        }
    }
    Ok(tuple_items(best)[0])
}

builtin!(mlrt_builtin_min, |args, kwargs| min_max(
    b"min",
    args,
    kwargs,
    CmpOp::Lt
));
builtin!(mlrt_builtin_max, |args, kwargs| min_max(
    b"max",
    args,
    kwargs,
    CmpOp::Gt
));

builtin!(mlrt_builtin_sum, |args, kwargs| {
    check_kwargs(b"sum", kwargs, &[b"start"])?;
    let a = arity(b"sum", args, 1, 2)?;
    let mut acc = if a.len() == 2 {
        a[1]
    } else {
        kwarg(kwargs, b"start")
    };
    if acc == UNBOUND {
        acc = small(0);
    }
    if text::is_str(acc) {
        return Err(exc::type_error(&[
            b"sum() can't sum strings [use ''.join(seq) instead]",
        ]));
    }
    let roots = crate::gc::Roots::new();
    let seq = iter::collect_rooted(a[0], &roots)?;
    let acc_slot = containers::tuple_new(1)?;
    roots.push(acc_slot)?;
    let mut i = 0;
    while i < iter::seq_items(seq).len() {
        if is_tag(acc, tag::FLOAT) {
            let (sum, taken) = float_sum(float_of(acc), &iter::seq_items(seq)[i..]);
            acc = num::new_float(sum)?;
            i += taken;
            if taken > 0 {
                continue;
            }
        }
        let x = iter::seq_items(seq)[i];
        tuple_items(acc_slot)[0] = acc;
        acc = num::binary(num::Op::Add, acc, x)?;
        i += 1;
    }
    Ok(acc)
});

/// CPython's float path of `sum()`: Neumaier-compensated addition of the leading float and
/// machine-int items of `items` to `start`; returns the sum and how many items it took.
fn float_sum(start: f64, items: &[Word]) -> (f64, usize) {
    let (mut sum, mut compensation) = (start, 0.0);
    let mut taken = 0;
    for &x in items {
        if is_tag(x, tag::FLOAT) {
            let v = float_of(x);
            let t = sum + v;
            if libm::fabs(sum) >= libm::fabs(v) {
                compensation += (sum - t) + v;
            } else {
                compensation += (v - t) + sum;
            }
            sum = t;
        } else if is_small(x) {
            sum += small_value(x) as f64;
        } else if is_bool(x) {
            sum += f64::from(u8::from(x == TRUE));
        } else {
            break;
        }
        taken += 1;
    }
    if compensation != 0.0 && compensation.is_finite() {
        sum += compensation;
    }
    (sum, taken)
}

/// The items of `seq` (a list or tuple object) sorted stably by Python's `<` on `key(item)`
/// (UNBOUND = the items themselves). Items and keys stay rooted while user code runs.
pub fn sort_values(seq: Word, key: Word, reverse: bool) -> R<Vec<Word>> {
    let roots = crate::gc::Roots::new();
    let items = tuple_from(iter::seq_items(seq))?;
    roots.push(items)?;
    let n = tuple_items(items).len();
    let keys = if key == UNBOUND {
        items
    } else {
        let keys = containers::tuple_new(n)?;
        roots.push(keys)?;
        for i in 0..n {
            tuple_items(keys)[i] = key_of(key, tuple_items(items)[i])?;
        }
        keys
    };
    let mut err = None;
    let mut less = |a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (x, y) = (tuple_items(keys)[a], tuple_items(keys)[b]);
        let (x, y) = if reverse { (y, x) } else { (x, y) };
        match num::compare(CmpOp::Lt, x, y) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    // Python's sort is stable also under reverse=True (equal items keep their order).
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        if less(a, b) {
            core::cmp::Ordering::Less
        } else if less(b, a) {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(order.into_iter().map(|i| tuple_items(items)[i]).collect()),
    }
}

builtin!(mlrt_builtin_sorted, |args, kwargs| {
    check_kwargs(b"sort", kwargs, &[b"key", b"reverse"])?;
    let a = arity(b"sorted", args, 1, 1)?;
    let roots = crate::gc::Roots::new();
    let seq = iter::collect_rooted(a[0], &roots)?;
    let rev = kwarg(kwargs, b"reverse");
    let v = sort_values(seq, key_arg(kwargs), rev != UNBOUND && num::truthy_r(rev)?)?;
    list_from(v)
});

builtin!(mlrt_builtin_enumerate, |args, kwargs| {
    check_kwargs(b"enumerate", kwargs, &[b"start"])?;
    let a = arity(b"enumerate", args, 1, 2)?;
    let start = if a.len() == 2 {
        a[1]
    } else {
        kwarg(kwargs, b"start")
    };
    let start = if start == UNBOUND { small(0) } else { start };
    let it = iter::iter(a[0])?;
    iter::new_iter(iter::K_ENUMERATE, it, start, 0, 0)
});

builtin!(mlrt_builtin_zip, |args, kwargs| {
    check_kwargs(b"zip", kwargs, &[b"strict"])?;
    let a = tuple_items(args);
    let its = containers::tuple_new(a.len())?;
    let _roots = crate::gc::Roots::of(&[its])?;
    for (i, &x) in a.iter().enumerate() {
        tuple_items(its)[i] = iter::iter(x)?;
    }
    iter::new_iter(iter::K_ZIP, its, NONE, 0, 0)
});

builtin!(mlrt_builtin_reversed, |args, _| {
    let a = arity(b"reversed", args, 1, 1)?[0];
    match tag_of(a) {
        tag::LIST | tag::TUPLE => {
            iter::new_iter(iter::K_REVERSED, a, NONE, containers::len(a)? as i64, 0)
        }
        tag::RANGE => {
            let r = obj::<RangeObj>(a);
            let n = containers::range_len(r);
            let last = r.start + (n - 1) * r.step;
            let rr = containers::range_new(last, last - n * r.step, -r.step)?;
            iter::iter(rr)
        }
        tag::STR | tag::DICT | tag::BYTES => {
            let v: Vec<Word> = iter::collect(a)?.into_iter().rev().collect();
            let l = list_from(v)?;
            iter::iter(l)
        }
        _ => Err(exc::type_error(&[
            b"'",
            type_name(a).as_bytes(),
            b"' object is not reversible",
        ])),
    }
});

builtin!(mlrt_builtin_iter, |args, _| iter::iter(
    arity(b"iter", args, 1, 1)?[0]
));

builtin!(mlrt_builtin_next, |args, _| {
    let a = arity(b"next", args, 1, 2)?;
    let x = iter::next(a[0])?;
    if x != UNBOUND {
        return Ok(x);
    }
    if a.len() == 2 {
        return Ok(a[1]);
    }
    let empty = tuple_from(&[])?;
    Err(exc::set_pending(exc::new_exception(
        exc::STOP_ITERATION,
        empty,
    )?))
});

/// Whether some item's truthiness is `want` (stops at the first one, like CPython).
fn any_truthy(v: Word, want: bool) -> R<bool> {
    let it = iter::iter(v)?;
    let _roots = crate::gc::Roots::of(&[it])?;
    loop {
        let x = iter::next(it)?;
        if x == UNBOUND {
            return Ok(false);
        }
        if num::truthy_r(x)? == want {
            return Ok(true);
        }
    }
}

builtin!(mlrt_builtin_all, |args, _| {
    let a = arity(b"all", args, 1, 1)?;
    Ok(bool_word(!any_truthy(a[0], false)?))
});

builtin!(mlrt_builtin_any, |args, _| {
    let a = arity(b"any", args, 1, 1)?;
    Ok(bool_word(any_truthy(a[0], true)?))
});

pub fn int_of(v: Word, base: Word) -> R<Word> {
    if base != UNBOUND {
        if !text::is_str(v) {
            return Err(exc::type_error(&[
                b"int() can't convert non-string with explicit base",
            ]));
        }
        let b = to_index(base, b"int")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(exc::value_error(&[
                b"int() base must be >= 2 and <= 36, or 0",
            ]));
        }
        return parse_int(v, b as u32);
    }
    if int::is_int(v) {
        return Ok(int::as_i64(v).map_or(v, small));
    }
    if num::is_float(v) {
        let x = float_of(v);
        if x.is_nan() {
            return Err(exc::value_error(&[b"cannot convert float NaN to integer"]));
        }
        if x.is_infinite() {
            return Err(exc::raise(
                exc::OVERFLOW_ERROR,
                b"cannot convert float infinity to integer",
            ));
        }
        if x.abs() < 4.0e18 {
            return int::from_i64(x as i64);
        }
        return int::from_big(&BigInt::from_f64(x));
    }
    if text::is_str(v) {
        return parse_int(v, 10);
    }
    Err(exc::type_error(&[
        b"int() argument must be a string, a bytes-like object or a real number, not '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

fn parse_int(v: Word, base: u32) -> R<Word> {
    let s = str_bytes(v);
    let digits = s.iter().filter(|c| c.is_ascii_alphanumeric()).count();
    if digits > repr::MAX_STR_DIGITS && base == 10 {
        let mut m = Vec::new();
        m.extend_from_slice(
            b"Exceeds the limit (4300 digits) for integer string conversion: value has ",
        );
        int::push_i64(&mut m, digits as i64);
        m.extend_from_slice(b" digits; use sys.set_int_max_str_digits() to increase the limit");
        return Err(exc::value_error(&[&m]));
    }
    match int::parse(s, base) {
        Some(b) => int::from_big(&b),
        None => {
            let mut m = Vec::new();
            m.extend_from_slice(b"invalid literal for int() with base ");
            int::push_i64(&mut m, base as i64);
            m.extend_from_slice(b": ");
            repr::write_str_repr(s, &mut m);
            Err(exc::value_error(&[&m]))
        }
    }
}

builtin!(mlrt_builtin_int, |args, kwargs| {
    check_kwargs(b"int", kwargs, &[b"base"])?;
    let a = arity(b"int", args, 0, 2)?;
    if a.is_empty() {
        return Ok(small(0));
    }
    let base = if a.len() == 2 {
        a[1]
    } else {
        kwarg(kwargs, b"base")
    };
    int_of(a[0], base)
});

pub fn float_from(v: Word) -> R<Word> {
    if num::is_float(v) {
        return Ok(v);
    }
    if int::is_int(v) {
        return num::new_float(int::to_f64(v)?);
    }
    if text::is_str(v) {
        let s = int::trim_ascii(str_bytes(v));
        let cleaned: Vec<u8> = s.iter().copied().filter(|&c| c != b'_').collect();
        let ok_underscores =
            !s.starts_with(b"_") && !s.ends_with(b"_") && !s.windows(2).any(|w| w == b"__");
        let parsed = core::str::from_utf8(&cleaned).ok().and_then(|t| {
            let lower = t.to_ascii_lowercase();
            let body = lower.trim_start_matches(['+', '-']);
            if matches!(body, "inf" | "infinity" | "nan")
                || (!body.is_empty()
                    && body
                        .bytes()
                        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-')))
            {
                t.parse::<f64>().ok()
            } else {
                None
            }
        });
        return match parsed.filter(|_| ok_underscores) {
            Some(x) => num::new_float(x),
            None => {
                let mut m = Vec::new();
                m.extend_from_slice(b"could not convert string to float: ");
                repr::write_str_repr(str_bytes(v), &mut m);
                Err(exc::value_error(&[&m]))
            }
        };
    }
    Err(exc::type_error(&[
        b"float() argument must be a string or a real number, not '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

builtin!(mlrt_builtin_float, |args, _| {
    let a = arity(b"float", args, 0, 1)?;
    if a.is_empty() {
        return num::new_float(0.0);
    }
    float_from(a[0])
});

builtin!(mlrt_builtin_str, |args, kwargs| {
    let coded = kwarg(kwargs, b"encoding") != UNBOUND || kwarg(kwargs, b"errors") != UNBOUND;
    if tuple_items(args).len() > 1 || coded {
        check_kwargs(b"str", kwargs, &[b"object", b"encoding", b"errors"])?;
        let a = arity(b"str", args, 1, 3)?;
        let param = |i: usize, name: &[u8]| a.get(i).copied().unwrap_or(kwarg(kwargs, name));
        return crate::bytes_methods::str_of_bytes(
            a[0],
            param(1, b"encoding"),
            param(2, b"errors"),
        );
    }
    let a = arity(b"str", args, 0, 1)?;
    if a.is_empty() {
        return text::new_str(b"");
    }
    repr::to_str(a[0])
});

builtin!(mlrt_builtin_repr, |args, _| repr::to_repr(
    arity(b"repr", args, 1, 1)?[0]
));

builtin!(mlrt_builtin_ascii, |args, _| repr::to_ascii(
    arity(b"ascii", args, 1, 1)?[0]
));

builtin!(mlrt_builtin_bool, |args, _| {
    let a = arity(b"bool", args, 0, 1)?;
    match a.first() {
        Some(&v) => Ok(bool_word(num::truthy_r(v)?)),
        None => Ok(FALSE),
    }
});

builtin!(mlrt_builtin_list, |args, _| {
    let a = arity(b"list", args, 0, 1)?;
    list_from(if a.is_empty() {
        Vec::new()
    } else {
        iter::collect(a[0])?
    })
});

builtin!(mlrt_builtin_tuple, |args, _| {
    let a = arity(b"tuple", args, 0, 1)?;
    if a.is_empty() {
        return tuple_from(&[]);
    }
    if is_tag(a[0], tag::TUPLE) {
        return Ok(a[0]);
    }
    tuple_from(&iter::collect(a[0])?)
});

fn fill_set(t: u8, src: Option<Word>) -> R<Word> {
    crate::set_ops::new_from(t, src)
}

builtin!(mlrt_builtin_set, |args, _| fill_set(
    tag::SET,
    arity(b"set", args, 0, 1)?.first().copied()
));
builtin!(mlrt_builtin_frozenset, |args, _| fill_set(
    tag::FROZENSET,
    arity(b"frozenset", args, 0, 1)?.first().copied()
));

/// `dict(src)` / `d.update(src)`: a mapping or an iterable of pairs.
pub fn dict_update(d: Word, src: Word) -> R<()> {
    if is_tag(src, tag::DICT) {
        let pairs: Vec<(Word, i64, Word)> = dict_of(src)
            .live()
            .map(|e| (e.key, e.hash, e.value))
            .collect();
        for (k, h, v) in pairs {
            dict_of(d).insert_hashed(k, h, v);
        }
        return Ok(());
    }
    for (i, item) in iter::collect(src)?.into_iter().enumerate() {
        let kv = iter::collect(item).map_err(|_| {
            let mut m = Vec::new();
            m.extend_from_slice(b"cannot convert dictionary update sequence element #");
            int::push_i64(&mut m, i as i64);
            m.extend_from_slice(b" to a sequence");
            exc::type_error(&[&m])
        })?;
        if kv.len() != 2 {
            let mut m = Vec::new();
            m.extend_from_slice(b"dictionary update sequence element #");
            int::push_i64(&mut m, i as i64);
            m.extend_from_slice(b" has length ");
            int::push_i64(&mut m, kv.len() as i64);
            m.extend_from_slice(b"; 2 is required");
            return Err(exc::value_error(&[&m]));
        }
        dict_of(d).insert(kv[0], kv[1])?;
    }
    Ok(())
}

builtin!(mlrt_builtin_dict, |args, kwargs| {
    let a = arity(b"dict", args, 0, 1)?;
    let d = dict_new(tag::DICT)?;
    let _roots = crate::gc::Roots::of(&[d])?;
    if let Some(&src) = a.first() {
        dict_update(d, src)?;
    }
    if is_tag(kwargs, tag::DICT) {
        dict_update(d, kwargs)?;
    }
    Ok(d)
});

/// The builtin class kind of a value (`T_OBJECT` for user instances and other objects).
pub fn type_kind(v: Word) -> u32 {
    if is_small(v) {
        return exc::T_INT;
    }
    match v {
        TRUE | FALSE => return exc::T_BOOL,
        NONE => return exc::T_NONE,
        _ => {}
    }
    match tag_of(v) {
        tag::FLOAT => exc::T_FLOAT,
        tag::BIGINT => exc::T_INT,
        tag::STR => exc::T_STR,
        tag::BYTES => exc::T_BYTES,
        tag::GENERATOR => exc::T_GENERATOR,
        tag::TUPLE => exc::T_TUPLE,
        tag::LIST => exc::T_LIST,
        tag::DICT => exc::T_DICT,
        tag::SET => exc::T_SET,
        tag::FROZENSET => exc::T_FROZENSET,
        tag::RANGE => exc::T_RANGE,
        tag::SLICE => exc::T_SLICE,
        tag::TYPE => exc::T_TYPE,
        tag::EXCEPTION => obj::<ExcObj>(v).kind,
        _ => exc::T_OBJECT,
    }
}

builtin!(mlrt_builtin_type, |args, _| {
    let a = arity(b"type", args, 1, 3)?;
    match a {
        [v] => crate::class::type_of(*v),
        [name, bases, ns] => crate::class::class_new(*name, *bases, *ns),
        _ => Err(exc::type_error(&[b"type() takes 1 or 3 arguments"])),
    }
});

pub fn isinstance(v: Word, cls: Word) -> R<bool> {
    if is_tag(cls, tag::TUPLE) {
        for &c in tuple_items(cls).iter() {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !crate::class::is_class(cls) {
        return Err(exc::type_error(&[
            b"isinstance() arg 2 must be a type, a tuple of types, or a union",
        ]));
    }
    crate::class::is_instance(v, cls)
}

pub fn issubclass(c: Word, cls: Word) -> R<bool> {
    if !crate::class::is_class(c) {
        return Err(exc::type_error(&[b"issubclass() arg 1 must be a class"]));
    }
    if is_tag(cls, tag::TUPLE) {
        for &x in tuple_items(cls).iter() {
            if issubclass(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !crate::class::is_class(cls) {
        return Err(exc::type_error(&[
            b"issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ]));
    }
    Ok(crate::class::is_subclass(c, cls))
}

builtin!(mlrt_builtin_issubclass, |args, _| {
    let a = arity(b"issubclass", args, 2, 2)?;
    Ok(bool_word(issubclass(a[0], a[1])?))
});

fn attr_name(func: &[u8], name: Word) -> R<Word> {
    if text::is_str(name) {
        return Ok(name);
    }
    Err(exc::type_error(&[
        func,
        b"(): attribute name must be string, not '",
        type_name(name).as_bytes(),
        b"'",
    ]))
}

builtin!(mlrt_builtin_getattr, |args, _| {
    let a = arity(b"getattr", args, 2, 3)?;
    let name = attr_name(b"getattr", a[1])?;
    match crate::class::getattr(a[0], str_bytes(name)) {
        Err(_) if a.len() == 3 && exc::pending_is(exc::ATTRIBUTE_ERROR) => {
            exc::clear_pending();
            Ok(a[2])
        }
        r => r,
    }
});

builtin!(mlrt_builtin_hasattr, |args, _| {
    let a = arity(b"hasattr", args, 2, 2)?;
    let name = attr_name(b"hasattr", a[1])?;
    match crate::class::getattr(a[0], str_bytes(name)) {
        Ok(_) => Ok(TRUE),
        Err(_) if exc::pending_is(exc::ATTRIBUTE_ERROR) => {
            exc::clear_pending();
            Ok(FALSE)
        }
        Err(e) => Err(e),
    }
});

builtin!(mlrt_builtin_setattr, |args, _| {
    let a = arity(b"setattr", args, 3, 3)?;
    let name = attr_name(b"setattr", a[1])?;
    crate::class::setattr(a[0], name, a[2]).map(|_| NONE)
});

builtin!(mlrt_builtin_delattr, |args, _| {
    let a = arity(b"delattr", args, 2, 2)?;
    let name = attr_name(b"delattr", a[1])?;
    crate::class::delattr(a[0], name).map(|_| NONE)
});

builtin!(mlrt_builtin_callable, |args, _| {
    let a = arity(b"callable", args, 1, 1)?;
    Ok(bool_word(crate::call::is_callable(a[0])))
});

builtin!(mlrt_builtin_id, |args, _| {
    let v = arity(b"id", args, 1, 1)?[0];
    int::from_i64(if is_heap(v) {
        heap_addr(v) as i64
    } else {
        (v >> 1) as i64
    })
});

builtin!(mlrt_builtin_staticmethod, |args, _| {
    let f = arity(b"staticmethod", args, 1, 1)?[0];
    crate::class::wrapper_new(crate::class::W_STATICMETHOD, f, NONE, NONE)
});

builtin!(mlrt_builtin_classmethod, |args, _| {
    let f = arity(b"classmethod", args, 1, 1)?[0];
    crate::class::wrapper_new(crate::class::W_CLASSMETHOD, f, NONE, NONE)
});

builtin!(mlrt_builtin_property, |args, kwargs| {
    check_kwargs(b"property", kwargs, &[b"fget", b"fset", b"fdel", b"doc"])?;
    let a = arity(b"property", args, 0, 4)?;
    let get = |i: usize, name: &[u8]| match a.get(i).copied().unwrap_or(kwarg(kwargs, name)) {
        UNBOUND => NONE,
        v => v,
    };
    crate::class::wrapper_new(
        crate::class::W_PROPERTY,
        get(0, b"fget"),
        get(1, b"fset"),
        get(2, b"fdel"),
    )
});

builtin!(mlrt_builtin_map, |args, _| {
    let a = tuple_items(args);
    if a.len() < 2 {
        return Err(exc::type_error(&[
            b"map() must have at least two arguments.",
        ]));
    }
    let its = containers::tuple_new(a.len() - 1)?;
    let _roots = crate::gc::Roots::of(&[its])?;
    for (slot, &src) in tuple_items(its).iter_mut().zip(&a[1..]) {
        *slot = iter::iter(src)?;
    }
    iter::new_iter(iter::K_MAP, a[0], its, 0, 0)
});

builtin!(mlrt_builtin_filter, |args, _| {
    let a = arity(b"filter", args, 2, 2)?;
    let it = iter::iter(a[1])?;
    iter::new_iter(iter::K_FILTER, a[0], it, 0, 0)
});

builtin!(mlrt_builtin_isinstance, |args, _| {
    let a = arity(b"isinstance", args, 2, 2)?;
    Ok(bool_word(isinstance(a[0], a[1])?))
});

/// The builtin class object `kind` (`crate::exc::T_*` or an exception kind), e.g. for `int` as a value.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_builtin_class(kind: i32) -> Word {
    exc::ret(exc::type_object(kind as u32))
}

builtin!(mlrt_builtin_chr, |args, _| {
    let v = to_index(arity(b"chr", args, 1, 1)?[0], b"chr")?;
    match u32::try_from(v).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            text::new_str_counted(c.encode_utf8(&mut buf).as_bytes(), 1)
        }
        None => Err(exc::value_error(&[b"chr() arg not in range(0x110000)"])),
    }
});

builtin!(mlrt_builtin_ord, |args, _| {
    let v = arity(b"ord", args, 1, 1)?[0];
    if !text::is_str(v) {
        return Err(exc::type_error(&[
            b"ord() expected string of length 1, but ",
            type_name(v).as_bytes(),
            b" found",
        ]));
    }
    if text::char_len(v) != 1 {
        let mut m = Vec::new();
        m.extend_from_slice(b"ord() expected a character, but string of length ");
        int::push_i64(&mut m, text::char_len(v) as i64);
        m.extend_from_slice(b" found");
        return Err(exc::type_error(&[&m]));
    }
    Ok(small(text::decode_at(str_bytes(v), 0) as i64))
});

builtin!(mlrt_builtin_round, |args, kwargs| {
    check_kwargs(b"round", kwargs, &[b"ndigits"])?;
    let a = arity(b"round", args, 1, 2)?;
    let nd = if a.len() == 2 {
        a[1]
    } else {
        kwarg(kwargs, b"ndigits")
    };
    let v = a[0];
    if int::is_int(v) {
        if nd == UNBOUND || nd == NONE || !int::is_negative(nd) {
            return Ok(int::as_i64(v).map_or(v, small));
        }
        let p = int::pow(small(10), int::neg(nd)?)?;
        let (q, r) = int::divmod(v, p, b"")?;
        let twice = int::mul(r, small(2))?;
        let up = match int::cmp(twice, p) {
            core::cmp::Ordering::Greater => true,
            core::cmp::Ordering::Equal => int::as_i64(q).is_some_and(|q| q & 1 == 1),
            _ => false,
        };
        let q = if up { int::add(q, small(1))? } else { q };
        return int::mul(q, p);
    }
    if !num::is_float(v) {
        return Err(exc::type_error(&[
            b"type ",
            type_name(v).as_bytes(),
            b" doesn't define __round__ method",
        ]));
    }
    let x = float_of(v);
    if nd == UNBOUND || nd == NONE {
        let r = crate::floatfmt::round_half_even(x);
        return int_of(num::new_float(r)?, UNBOUND);
    }
    num::new_float(crate::floatfmt::round_digits(x, to_index(nd, b"round")?))
});

builtin!(mlrt_builtin_divmod, |args, _| {
    let a = arity(b"divmod", args, 2, 2)?;
    num::divmod(a[0], a[1])
});

builtin!(mlrt_builtin_pow, |args, kwargs| {
    check_kwargs(b"pow", kwargs, &[b"base", b"exp", b"mod"])?;
    let a = arity(b"pow", args, 2, 3)?;
    if a.len() == 3 && a[2] != NONE {
        if !(int::is_int(a[0]) && int::is_int(a[1]) && int::is_int(a[2])) {
            return Err(exc::type_error(&[
                b"pow() 3rd argument not allowed unless all arguments are integers",
            ]));
        }
        return int::pow_mod(a[0], a[1], a[2]);
    }
    num::binary(num::Op::Pow, a[0], a[1])
});

fn radix_str(v: Word, radix: u32, prefix: &[u8]) -> R<Word> {
    if !int::is_int(v) {
        return Err(exc::type_error(&[
            b"'",
            type_name(v).as_bytes(),
            b"' object cannot be interpreted as an integer",
        ]));
    }
    let b = int::to_big(v);
    let mut out = Vec::new();
    if b.neg {
        out.push(b'-');
    }
    out.extend_from_slice(prefix);
    out.extend_from_slice(&b.abs().to_string_radix(radix));
    text::from_string(out)
}

builtin!(mlrt_builtin_hex, |args, _| radix_str(
    arity(b"hex", args, 1, 1)?[0],
    16,
    b"0x"
));
builtin!(mlrt_builtin_oct, |args, _| radix_str(
    arity(b"oct", args, 1, 1)?[0],
    8,
    b"0o"
));
builtin!(mlrt_builtin_bin, |args, _| radix_str(
    arity(b"bin", args, 1, 1)?[0],
    2,
    b"0b"
));

builtin!(mlrt_builtin_hash, |args, _| {
    let h = num::hash(arity(b"hash", args, 1, 1)?[0])?;
    int::from_i64(h)
});

builtin!(mlrt_builtin_print, |args, kwargs| {
    check_kwargs(b"print", kwargs, &[b"sep", b"end", b"file", b"flush"])?;
    let file = kwarg(kwargs, b"file");
    let to_stderr = file != UNBOUND && file != NONE && file == small(2);
    crate::lifecycle::print(
        tuple_items(args),
        kwarg(kwargs, b"sep"),
        kwarg(kwargs, b"end"),
        to_stderr,
    )?;
    let flush = kwarg(kwargs, b"flush");
    if flush != UNBOUND && num::truthy(flush) {
        crate::io::flush_stdout();
    }
    Ok(NONE)
});

builtin!(mlrt_builtin_input, |args, _| {
    let a = arity(b"input", args, 0, 1)?;
    crate::lifecycle::input(a.first().copied().unwrap_or(UNBOUND))
});

builtin!(mlrt_builtin_format, |args, _| {
    let a = arity(b"format", args, 1, 2)?;
    let spec = if a.len() == 2 { str_of(a[1]) } else { "" };
    let mut out = Vec::new();
    crate::format::format_into(a[0], spec, &mut out)?;
    text::from_string(out)
});

builtin!(mlrt_builtin_slice, |args, _| {
    let a = arity(b"slice", args, 1, 3)?;
    match a.len() {
        1 => containers::slice_new(NONE, a[0], NONE),
        2 => containers::slice_new(a[0], a[1], NONE),
        _ => containers::slice_new(a[0], a[1], a[2]),
    }
});
