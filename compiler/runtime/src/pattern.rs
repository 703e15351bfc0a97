//! Starred unpacking (`a, *rest, b = xs`) and the structural tests of `match` patterns
//! (sequence, mapping and class patterns); the generated code does the rest (values, captures,
//! guards) with the ordinary operators.

use crate::class;
use crate::containers::{list_from, tuple_from, tuple_new};
use crate::exc::{self, R};
use crate::gc::Roots;
use crate::int;
use crate::num::type_name;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// `items` as `before` items, a list of the middle ones, then `after` items (a tuple).
fn split_starred(items: &[Word], before: usize, after: usize) -> R<Word> {
    let middle = list_from(items[before..items.len() - after].to_vec())?;
    let out = tuple_new(before + 1 + after)?;
    let slots = tuple_items(out);
    slots[..before].copy_from_slice(&items[..before]);
    slots[before] = middle;
    slots[before + 1..].copy_from_slice(&items[items.len() - after..]);
    Ok(out)
}

fn unpack_ex(v: Word, before: usize, after: usize) -> R<Word> {
    if !crate::iter::is_iterable(v) {
        return Err(exc::type_error(&[
            b"cannot unpack non-iterable ",
            type_name(v).as_bytes(),
            b" object",
        ]));
    }
    let items = crate::iter::collect(v)?;
    if items.len() < before + after {
        let mut m = Vec::new();
        m.extend_from_slice(b"not enough values to unpack (expected at least ");
        int::push_i64(&mut m, (before + after) as i64);
        m.extend_from_slice(b", got ");
        int::push_i64(&mut m, items.len() as i64);
        m.push(b')');
        return Err(exc::value_error(&[&m]));
    }
    split_starred(&items, before, after)
}

/// `a, *rest, b = v` → a tuple of `before` items, the list of the others, `after` items; or
/// TypeError/ValueError like CPython.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_unpack_ex(v: Word, before: i32, after: i32) -> Word {
    let Ok(_roots) = Roots::of(&[v]) else {
        return EXC;
    };
    exc::ret(unpack_ex(v, before.max(0) as usize, after.max(0) as usize))
}

/// The items of a sequence subject (list, tuple, range; never str), or None.
fn sequence_items(v: Word) -> R<Option<Vec<Word>>> {
    match tag_of(v) {
        tag::LIST | tag::TUPLE | tag::RANGE => crate::iter::collect(v).map(Some),
        _ => Ok(None),
    }
}

/// A sequence pattern with `n` sub-patterns besides the star at index `star` (-1: no star):
/// None when `v` is not a sequence of a fitting length, else its items as a tuple (with a list
/// of the starred part at index `star`, as `mlrt_unpack_ex` does).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_match_sequence(v: Word, n: i32, star: i32) -> Word {
    let Ok(_roots) = Roots::of(&[v]) else {
        return EXC;
    };
    let n = n.max(0) as usize;
    exc::ret((|| {
        let Some(items) = sequence_items(v)? else {
            return Ok(NONE);
        };
        if star < 0 {
            return if items.len() == n {
                tuple_from(&items)
            } else {
                Ok(NONE)
            };
        }
        let before = (star as usize).min(n);
        if items.len() < n {
            return Ok(NONE);
        }
        split_starred(&items, before, n - before)
    })())
}

/// A mapping pattern: None when `v` is not a mapping or lacks one of `keys` (a tuple), else a
/// tuple of the values of `keys`, plus (when `rest` is 1) a dict of the other items.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_match_mapping(v: Word, keys: Word, rest: i32) -> Word {
    let Ok(roots) = Roots::of(&[v, keys]) else {
        return EXC;
    };
    exc::ret((|| {
        if !is_tag(v, tag::DICT) {
            return Ok(NONE);
        }
        let keys = tuple_items(keys);
        let out = tuple_new(keys.len() + usize::from(rest != 0))?;
        roots.push(out)?;
        for (i, &k) in keys.iter().enumerate() {
            match dict_of(v).get(k)? {
                Some(value) => tuple_items(out)[i] = value,
                None => return Ok(NONE),
            }
        }
        if rest != 0 {
            let others = crate::containers::dict_new(tag::DICT)?;
            tuple_items(out)[keys.len()] = others;
            let entries: Vec<(Word, Word)> = dict_of(v).live().map(|e| (e.key, e.value)).collect();
            for (k, value) in entries {
                dict_of(others).insert(k, value)?;
            }
            for &k in keys.iter() {
                dict_of(others).remove(k)?;
            }
        }
        Ok(out)
    })())
}

/// Builtin classes whose single positional sub-pattern matches the subject itself.
fn matches_itself(cls: Word) -> bool {
    is_tag(cls, tag::TYPE)
        && matches!(
            obj::<TypeObj>(cls).kind,
            exc::T_BOOL
                | exc::T_BYTES
                | exc::T_DICT
                | exc::T_FLOAT
                | exc::T_FROZENSET
                | exc::T_INT
                | exc::T_LIST
                | exc::T_SET
                | exc::T_STR
                | exc::T_TUPLE
        )
}

fn sub_pattern_count_error(cls: Word, accepted: usize, given: usize) -> exc::Raised {
    let mut m = Vec::new();
    m.extend_from_slice(class::class_name(cls));
    m.extend_from_slice(b"() accepts ");
    int::push_i64(&mut m, accepted as i64);
    m.extend_from_slice(if accepted == 1 {
        b" positional sub-pattern ("
    } else {
        b" positional sub-patterns ("
    });
    int::push_i64(&mut m, given as i64);
    m.extend_from_slice(b" given)");
    exc::type_error(&[&m])
}

/// The attribute names of `npos` positional sub-patterns (`cls.__match_args__`).
fn positional_names(cls: Word, npos: usize) -> R<Vec<Word>> {
    if npos == 0 {
        return Ok(Vec::new());
    }
    let Some(args) = class::lookup(cls, b"__match_args__") else {
        return Err(sub_pattern_count_error(cls, 0, npos));
    };
    if !is_tag(args, tag::TUPLE) {
        return Err(exc::type_error(&[
            class::class_name(cls),
            b".__match_args__ must be a tuple (got ",
            type_name(args).as_bytes(),
            b")",
        ]));
    }
    let names = tuple_items(args);
    if npos > names.len() {
        return Err(sub_pattern_count_error(cls, names.len(), npos));
    }
    for &name in names[..npos].iter() {
        if !is_tag(name, tag::STR) {
            return Err(exc::type_error(&[
                b"__match_args__ elements must be strings (got ",
                type_name(name).as_bytes(),
                b")",
            ]));
        }
    }
    Ok(names[..npos].to_vec())
}

fn match_class(v: Word, cls: Word, npos: usize, kwnames: Word, roots: &Roots) -> R<Word> {
    if !class::is_class(cls) {
        return Err(exc::type_error(&[b"called match pattern must be a class"]));
    }
    if !class::is_instance(v, cls)? {
        return Ok(NONE);
    }
    let kwnames = tuple_items(kwnames);
    let self_match = matches_itself(cls) && npos > 0;
    if self_match && npos > 1 {
        return Err(sub_pattern_count_error(cls, 1, npos));
    }
    let mut names = if self_match {
        Vec::new()
    } else {
        positional_names(cls, npos)?
    };
    names.extend_from_slice(kwnames);
    for (i, &name) in names.iter().enumerate() {
        if names[..i].iter().any(|&n| str_bytes(n) == str_bytes(name)) {
            return Err(exc::type_error(&[
                class::class_name(cls),
                b"() got multiple sub-patterns for attribute '",
                str_bytes(name),
                b"'",
            ]));
        }
    }
    let out = tuple_new(usize::from(self_match) + names.len())?;
    roots.push(out)?;
    let first = usize::from(self_match);
    if self_match {
        tuple_items(out)[0] = v;
    }
    for (i, &name) in names.iter().enumerate() {
        match class::getattr(v, str_bytes(name)) {
            Ok(value) => tuple_items(out)[first + i] = value,
            Err(_) if exc::pending_is(exc::ATTRIBUTE_ERROR) => {
                exc::clear_pending();
                return Ok(NONE);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// A class pattern `cls(p1, .., pn, k1=q1, ..)`: None when `v` is not an instance of `cls` or
/// lacks an attribute, else a tuple of the `npos` positional values then those of `kwnames`
/// (a tuple of str); TypeError like CPython for a bad class or too many sub-patterns.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_match_class(v: Word, cls: Word, npos: i32, kwnames: Word) -> Word {
    let Ok(roots) = Roots::of(&[v, cls, kwnames]) else {
        return EXC;
    };
    exc::ret(match_class(v, cls, npos.max(0) as usize, kwnames, &roots))
}
