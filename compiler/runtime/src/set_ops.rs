//! Set algebra with CPython's element order (Objects/setobject.c): which operand is copied or
//! iterated decides the insertion order, hence the order a set prints in.

use crate::containers::dict_new;
use crate::exc::R;
use crate::gc::Roots;
use crate::iter;
use crate::num::Op;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

fn is_set(w: Word) -> bool {
    matches!(tag_of(w), tag::SET | tag::FROZENSET)
}

/// `set_update_internal`: add every element of `src` to the set `s`.
pub fn update(s: Word, src: Word) -> R<()> {
    if s == src {
        return Ok(());
    }
    if is_set(src) {
        dict_of(s).slot_merge(dict_of(src));
        return Ok(());
    }
    if is_tag(src, tag::DICT) {
        dict_of(s).slot_merge_dict(dict_of(src));
        return Ok(());
    }
    let roots = Roots::of(&[s, src])?;
    let seq = iter::collect_rooted(src, &roots)?;
    let mut i = 0;
    while let Some(&x) = iter::seq_items(seq).get(i) {
        dict_of(s).insert(x, NONE)?;
        i += 1;
    }
    Ok(())
}

/// A new set of type `t` holding the elements of `src` (`make_new_set`).
pub fn new_from(t: u8, src: Option<Word>) -> R<Word> {
    let s = dict_new(t)?;
    if let Some(src) = src {
        let _roots = Roots::of(&[s])?;
        update(s, src)?;
    }
    Ok(s)
}

fn result_tag(s: Word) -> u8 {
    if is_tag(s, tag::FROZENSET) {
        tag::FROZENSET
    } else {
        tag::SET
    }
}

/// A set-like operand as a real set (dict views are iterated into one, like CPython's views do).
fn as_set(w: Word) -> R<Word> {
    if is_set(w) {
        Ok(w)
    } else {
        new_from(tag::SET, Some(w))
    }
}

/// The keys and hashes of a set's active slots, in slot order.
fn elements(s: Word) -> Vec<(Word, i64)> {
    dict_of(s).live().map(|e| (e.key, e.hash)).collect()
}

fn contains(s: Word, key: Word, hash: i64) -> bool {
    dict_of(s).find_hashed(key, hash).is_some()
}

/// `set_intersection(so, other)`; `other` may be any iterable.
pub fn intersection(so: Word, other: Word) -> R<Word> {
    if so == other {
        return new_from(result_tag(so), Some(so));
    }
    let out = dict_new(result_tag(so))?;
    let roots = Roots::of(&[out, so, other])?;
    if is_set(other) {
        let (big, small) = if dict_of(other).len() > dict_of(so).len() {
            (other, so)
        } else {
            (so, other)
        };
        for (k, h) in elements(small) {
            if contains(big, k, h) {
                dict_of(out).slot_add(k, h);
            }
        }
        return Ok(out);
    }
    let seq = iter::collect_rooted(other, &roots)?;
    let mut i = 0;
    while let Some(&x) = iter::seq_items(seq).get(i) {
        if dict_of(so).find(x)?.is_some() {
            dict_of(out).insert(x, NONE)?;
        }
        i += 1;
    }
    Ok(out)
}

/// `set_difference_update_internal` on the set `s`.
fn discard_all(s: Word, other: Word) -> R<()> {
    if s == other {
        dict_of(s).clear();
        return Ok(());
    }
    let roots = Roots::of(&[s, other])?;
    let items: Vec<Word> = if is_set(other) || is_tag(other, tag::DICT) {
        dict_of(other).live().map(|e| e.key).collect()
    } else {
        let seq = iter::collect_rooted(other, &roots)?;
        iter::seq_items(seq).to_vec()
    };
    for x in items {
        dict_of(s).remove(x)?;
    }
    Ok(())
}

/// `set_difference(so, other)`; `other` may be any iterable.
pub fn difference(so: Word, other: Word) -> R<Word> {
    let other_size = if is_set(other) || is_tag(other, tag::DICT) {
        dict_of(other).len()
    } else {
        usize::MAX
    };
    if other_size == usize::MAX || (dict_of(so).len() >> 2) > other_size {
        let out = new_from(result_tag(so), Some(so))?;
        let _roots = Roots::of(&[out])?;
        discard_all(out, other)?;
        return Ok(out);
    }
    let out = dict_new(result_tag(so))?;
    for (k, h) in elements(so) {
        let in_other = if is_set(other) {
            contains(other, k, h)
        } else {
            dict_of(other).find_hashed(k, h).is_some()
        };
        if !in_other {
            dict_of(out).slot_add(k, h);
        }
    }
    Ok(out)
}

/// `set_symmetric_difference_update` on the set `s`.
fn toggle_all(s: Word, other: Word) -> R<()> {
    if s == other {
        dict_of(s).clear();
        return Ok(());
    }
    let src = if is_set(other) {
        other
    } else {
        let _roots = Roots::of(&[s])?;
        new_from(tag::SET, Some(other))?
    };
    for (k, h) in elements(src) {
        match dict_of(s).find_hashed(k, h) {
            Some(slot) => {
                dict_of(s).slot_discard(slot);
            }
            None => dict_of(s).slot_add(k, h),
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other` toggled by `so`'s elements.
pub fn symmetric_difference(so: Word, other: Word) -> R<Word> {
    let out = new_from(result_tag(so), Some(other))?;
    let _roots = Roots::of(&[out])?;
    toggle_all(out, so)?;
    Ok(out)
}

/// `set_union(so, *others)`.
pub fn union(so: Word, others: &[Word]) -> R<Word> {
    let out = new_from(result_tag(so), Some(so))?;
    let _roots = Roots::of(&[out])?;
    for &o in others {
        update(out, o)?;
    }
    Ok(out)
}

/// The binary operators `| & - ^` on two set-like operands.
pub fn binary(op: Op, a: Word, b: Word) -> R<Word> {
    let a = as_set(a)?;
    let _ra = Roots::of(&[a])?;
    let b = as_set(b)?;
    let _rb = Roots::of(&[b])?;
    match op {
        Op::Or => union(a, &[b]),
        Op::And => intersection(a, b),
        Op::Sub => difference(a, b),
        _ => symmetric_difference(a, b),
    }
}

/// `s.intersection(*others)`, `s.difference(*others)`: folded left to right like CPython.
pub fn fold(op: Op, s: Word, others: &[Word]) -> R<Word> {
    if others.is_empty() {
        return new_from(result_tag(s), Some(s));
    }
    if op == Op::Sub && others.len() > 1 {
        let out = new_from(result_tag(s), Some(s))?;
        let _roots = Roots::of(&[out])?;
        for &o in others {
            discard_all(out, o)?;
        }
        return Ok(out);
    }
    let mut acc = s;
    let roots = Roots::new();
    for &o in others {
        acc = if op == Op::Sub {
            difference(acc, o)?
        } else {
            intersection(acc, o)?
        };
        roots.push(acc)?;
    }
    Ok(acc)
}

/// `s.pop()`: CPython's finger walk.
pub fn pop(s: Word) -> Option<Word> {
    dict_of(s).slot_pop()
}
