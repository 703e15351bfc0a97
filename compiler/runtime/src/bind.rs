//! Support for user functions called by value: cells (variables captured by closures) and
//! binding a call's `(args, kwargs)` to the parameters, with CPython's TypeError messages.
//!
//! A function object's closure (ABI.md "Callables") is the tuple `(sig, defaults, cells...)`:
//! - `sig = (qualname, names, posonly, positional, kwonly, flags)`: `names` is the tuple of the
//!   positional then keyword-only parameter names, the counts are ints, `flags` has bit 1 for
//!   `*args` and bit 2 for `**kwargs`;
//! - `defaults`: a tuple aligned with `names` (`UNBOUND` = no default), or None.

use crate::class::wrapper_new;
use crate::containers::tuple_from;
use crate::exc::{self, R, Raised};
use crate::object::*;
use crate::value::*;
use alloc::vec;
use alloc::vec::Vec;

/// `WrapperObj` flag of a cell: the value is in `a` (`UNBOUND` while unassigned).
pub const W_CELL: u16 = 16;

pub const HAS_VARARGS: i64 = 1;
pub const HAS_VARKW: i64 = 2;

/// A new cell holding `v` (`UNBOUND` for a variable not assigned yet).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_cell_new(v: Word) -> Word {
    exc::ret(wrapper_new(W_CELL, v, NONE, NONE))
}

/// The value in cell `c` (`UNBOUND` when unassigned: the caller raises NameError).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_cell_get(c: Word) -> Word {
    obj::<WrapperObj>(c).a
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_cell_set(c: Word, v: Word) {
    obj::<WrapperObj>(c).a = v;
}

/// Binds `args` (tuple) and `kwargs` (dict or None) to the parameters described by `closure`:
/// a tuple of the positional values, then the `*args` tuple, the keyword-only values and the
/// `**kwargs` dict (the last two only when the function has them), or TypeError.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_bind_args(closure: Word, args: Word, kwargs: Word) -> Word {
    exc::ret(bind(closure, args, kwargs))
}

struct Signature {
    qualname: &'static [u8],
    names: &'static [Word],
    posonly: usize,
    positional: usize,
    varargs: bool,
    varkw: bool,
    defaults: Option<&'static [Word]>,
}

impl Signature {
    fn of(closure: Word) -> Signature {
        let parts = tuple_items(closure);
        let sig = tuple_items(parts[0]);
        let count = |w: Word| small_value(w).max(0) as usize;
        let flags = small_value(sig[5]);
        Signature {
            qualname: str_bytes(sig[0]),
            names: tuple_items(sig[1]),
            posonly: count(sig[2]),
            positional: count(sig[3]),
            varargs: flags & HAS_VARARGS != 0,
            varkw: flags & HAS_VARKW != 0,
            defaults: is_tag(parts[1], tag::TUPLE).then(|| &*tuple_items(parts[1])),
        }
    }

    fn default(&self, i: usize) -> Word {
        self.defaults
            .and_then(|d| d.get(i).copied())
            .unwrap_or(UNBOUND)
    }

    fn name(&self, i: usize) -> &'static [u8] {
        str_bytes(self.names[i])
    }

    fn error(&self, parts: &[&[u8]]) -> Raised {
        let mut all: Vec<&[u8]> = vec![self.qualname, b"() "];
        all.extend_from_slice(parts);
        exc::type_error(&all)
    }
}

fn bind(closure: Word, args: Word, kwargs: Word) -> R<Word> {
    let sig = Signature::of(closure);
    let given = tuple_items(args);
    let n = sig.names.len();
    let mut values = vec![UNBOUND; n];
    for (slot, &v) in values.iter_mut().zip(given.iter().take(sig.positional)) {
        *slot = v;
    }
    let extra = if sig.varargs {
        tuple_from(given.get(sig.positional..).unwrap_or(&[]))?
    } else {
        NONE
    };
    let extra_kw = if sig.varkw {
        crate::containers::dict_new(tag::DICT)?
    } else {
        NONE
    };
    if is_tag(kwargs, tag::DICT) {
        bind_keywords(&sig, kwargs, &mut values, extra_kw)?;
    }
    if given.len() > sig.positional && !sig.varargs {
        return Err(too_many_positional(&sig, given.len(), &values));
    }
    fill_defaults(&sig, &mut values, 0..sig.positional, b"positional")?;
    fill_defaults(&sig, &mut values, sig.positional..n, b"keyword-only")?;
    let mut out = Vec::with_capacity(n + 2);
    out.extend_from_slice(&values[..sig.positional]);
    if sig.varargs {
        out.push(extra);
    }
    out.extend_from_slice(&values[sig.positional..]);
    if sig.varkw {
        out.push(extra_kw);
    }
    tuple_from(&out)
}

fn bind_keywords(sig: &Signature, kwargs: Word, values: &mut [Word], extra_kw: Word) -> R<()> {
    let entries: Vec<(Word, Word)> = dict_of(kwargs).live().map(|e| (e.key, e.value)).collect();
    for &(key, value) in &entries {
        if !is_tag(key, tag::STR) {
            return Err(sig.error(&[b"keywords must be strings"]));
        }
        let name = str_bytes(key);
        let position = (sig.posonly..sig.names.len()).find(|&i| sig.name(i) == name);
        match position {
            Some(i) if values[i] != UNBOUND => {
                return Err(sig.error(&[b"got multiple values for argument '", name, b"'"]));
            }
            Some(i) => values[i] = value,
            None if sig.varkw => dict_of(extra_kw).insert(key, value)?,
            None => {
                let posonly: Vec<&[u8]> = (0..sig.posonly)
                    .map(|i| sig.name(i))
                    .filter(|p| entries.iter().any(|&(k, _)| str_bytes(k) == *p))
                    .collect();
                if !posonly.is_empty() {
                    let list = posonly.join(&b", "[..]);
                    return Err(sig.error(&[
                        b"got some positional-only arguments passed as keyword arguments: '",
                        &list,
                        b"'",
                    ]));
                }
                return Err(sig.error(&[b"got an unexpected keyword argument '", name, b"'"]));
            }
        }
    }
    Ok(())
}

fn too_many_positional(sig: &Signature, given: usize, values: &[Word]) -> Raised {
    let defcount = (0..sig.positional)
        .filter(|&i| sig.default(i) != UNBOUND)
        .count();
    let (takes, plural) = if defcount > 0 {
        let atleast = sig.positional - defcount;
        (
            format_bytes(&[b"from ", &digits(atleast), b" to ", &digits(sig.positional)]),
            true,
        )
    } else {
        (digits(sig.positional), sig.positional != 1)
    };
    let kwonly_given = values[sig.positional..]
        .iter()
        .filter(|&&v| v != UNBOUND)
        .count();
    let kwonly = if kwonly_given > 0 {
        format_bytes(&[
            b" positional argument",
            if given != 1 { b"s" } else { b"" },
            b" (and ",
            &digits(kwonly_given),
            b" keyword-only argument",
            if kwonly_given != 1 { b"s" } else { b"" },
            b")",
        ])
    } else {
        Vec::new()
    };
    let were: &[u8] = if given == 1 && kwonly_given == 0 {
        b"was"
    } else {
        b"were"
    };
    sig.error(&[
        b"takes ",
        &takes,
        b" positional argument",
        if plural { b"s" } else { b"" },
        b" but ",
        &digits(given),
        &kwonly,
        b" ",
        were,
        b" given",
    ])
}

/// Fills the unbound parameters in `range` from the defaults, or raises "missing ... argument".
fn fill_defaults(
    sig: &Signature,
    values: &mut [Word],
    range: core::ops::Range<usize>,
    kind: &[u8],
) -> R<()> {
    let mut missing: Vec<&[u8]> = Vec::new();
    for i in range {
        if values[i] == UNBOUND {
            match sig.default(i) {
                UNBOUND => missing.push(sig.name(i)),
                d => values[i] = d,
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let quoted: Vec<Vec<u8>> = missing
        .iter()
        .map(|m| format_bytes(&[b"'", m, b"'"]))
        .collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format_bytes(&[a, b" and ", b]),
        [init @ .., last] => {
            let mut out = init.join(&b", "[..]);
            out.extend_from_slice(b", and ");
            out.extend_from_slice(last);
            out
        }
        [] => Vec::new(),
    };
    Err(sig.error(&[
        b"missing ",
        &digits(missing.len()),
        b" required ",
        kind,
        b" argument",
        if missing.len() != 1 { b"s" } else { b"" },
        b": ",
        &list,
    ]))
}

fn format_bytes(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

fn digits(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = n;
    loop {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// `BoundObj` flag of a method of a builtin type taken from the type (`str.lower`): `func` is
/// the method name (str), `receiver` the type object; calling it takes the instance first.
pub const BOUND_TYPE_METHOD: u16 = 3;

/// Methods of builtin types reachable as `type.method` (ABI.md "Methods").
fn type_methods(kind: u32) -> &'static [&'static [u8]] {
    use crate::exc::*;
    match kind {
        T_STR => &[
            b"upper",
            b"lower",
            b"casefold",
            b"swapcase",
            b"capitalize",
            b"title",
            b"strip",
            b"lstrip",
            b"rstrip",
            b"split",
            b"rsplit",
            b"splitlines",
            b"join",
            b"replace",
            b"startswith",
            b"endswith",
            b"find",
            b"rfind",
            b"index",
            b"rindex",
            b"count",
            b"isdigit",
            b"isdecimal",
            b"isnumeric",
            b"isalpha",
            b"isalnum",
            b"isspace",
            b"isupper",
            b"islower",
            b"center",
            b"ljust",
            b"rjust",
            b"zfill",
            b"partition",
            b"rpartition",
            b"removeprefix",
            b"removesuffix",
            b"format",
            b"encode",
        ],
        T_LIST => &[
            b"append", b"extend", b"insert", b"pop", b"remove", b"index", b"count", b"sort",
            b"reverse", b"clear", b"copy",
        ],
        T_DICT => &[
            b"get",
            b"keys",
            b"values",
            b"items",
            b"pop",
            b"popitem",
            b"setdefault",
            b"update",
            b"clear",
            b"copy",
            b"fromkeys",
        ],
        T_SET | T_FROZENSET => &[
            b"add",
            b"remove",
            b"discard",
            b"pop",
            b"clear",
            b"update",
            b"copy",
            b"union",
            b"intersection",
            b"difference",
            b"symmetric_difference",
            b"issubset",
            b"issuperset",
            b"isdisjoint",
        ],
        T_TUPLE => &[b"count", b"index"],
        T_BYTES => crate::bytes_methods::METHODS,
        T_FLOAT => &[b"is_integer"],
        T_INT => &[b"bit_length"],
        _ => &[],
    }
}

/// `str.lower` and the like: the unbound method, or `None` when `kind` has no such method.
pub fn type_method(ty: Word, kind: u32, name: &[u8]) -> Option<R<Word>> {
    if !type_methods(kind).contains(&name) {
        return None;
    }
    Some(crate::text::new_str(name).and_then(|n| crate::call::bound_new(BOUND_TYPE_METHOD, n, ty)))
}

/// Calls an unbound method of a builtin type: the first argument is the instance.
pub fn call_type_method(name: Word, ty: Word, args: Word, kwargs: Word) -> R<Word> {
    let items: &'static [Word] = tuple_items(args);
    if str_bytes(name) == b"fromkeys" {
        return dict_fromkeys(items, kwargs);
    }
    if str_bytes(name) == b"fromhex" {
        return crate::bytes_methods::fromhex(items);
    }
    let Some((&receiver, rest)) = items.split_first() else {
        let kind = crate::exc::kind_name(obj::<TypeObj>(ty).kind);
        return Err(exc::type_error(&[
            b"unbound method ",
            kind.as_bytes(),
            b".",
            str_bytes(name),
            b"() needs an argument",
        ]));
    };
    crate::methods::call_method(receiver, str_bytes(name), rest, kwargs)
}

/// `dict.fromkeys(iterable, value=None)`.
fn dict_fromkeys(args: &[Word], kwargs: Word) -> R<Word> {
    if is_tag(kwargs, tag::DICT) && !dict_of(kwargs).is_empty() {
        return Err(exc::type_error(&[
            b"dict.fromkeys() takes no keyword arguments",
        ]));
    }
    let (iterable, value) = match args {
        [iterable] => (*iterable, NONE),
        [iterable, value] => (*iterable, *value),
        _ => {
            return Err(exc::type_error(&[
                b"fromkeys expected 1 to 2 arguments, got ",
                &digits(args.len()),
            ]));
        }
    };
    let roots = crate::gc::Roots::of(&[value])?;
    let keys = crate::iter::collect_rooted(iterable, &roots)?;
    let d = crate::containers::dict_new(tag::DICT)?;
    roots.push(d)?;
    for &key in crate::iter::seq_items(keys) {
        dict_of(d).insert(key, value)?;
    }
    Ok(d)
}
