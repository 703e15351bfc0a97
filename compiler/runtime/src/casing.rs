//! CPython's str case conversions: full (SpecialCasing) mappings, final sigma, titlecase and
//! casefold from the generated `case_table`.

use crate::case_table::{FOLD, TITLE};
use alloc::string::String;
use alloc::vec::Vec;

const CAPITAL_SIGMA: char = '\u{3a3}';

fn lookup(table: &[(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Unicode `Cased`: Lowercase, Uppercase or titlecase letters.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || (c.to_lowercase().ne(core::iter::once(c)) && c.to_uppercase().ne(core::iter::once(c)))
}

/// Unicode `Case_Ignorable`, approximated by its common members: word-internal punctuation
/// and combining marks.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}'
            | '\u{b8}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}'
            | '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}' | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}' | '\u{200b}'..='\u{200f}' | '\u{20d0}'..='\u{20ff}'
            | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Whether the first letter that is not case-ignorable is cased (None: no such letter).
fn next_is_cased(mut letters: impl Iterator<Item = char>) -> Option<bool> {
    letters.find(|&c| !is_case_ignorable(c)).map(is_cased)
}

/// `Σ` lowercases to final `ς` after a cased letter and not before one.
fn sigma_is_final(chars: &[char], i: usize) -> bool {
    next_is_cased(chars[..i].iter().rev().copied()) == Some(true)
        && next_is_cased(chars[i + 1..].iter().copied()) != Some(true)
}

fn push_lower(chars: &[char], i: usize, out: &mut String) {
    match chars[i] {
        CAPITAL_SIGMA if sigma_is_final(chars, i) => out.push('\u{3c2}'),
        c => out.extend(c.to_lowercase()),
    }
}

fn push_title(c: char, out: &mut String) {
    match lookup(TITLE, c) {
        Some(s) => out.push_str(s),
        None if ('\u{10d0}'..='\u{10ff}').contains(&c) => out.push(c),
        None => out.extend(c.to_uppercase()),
    }
}

fn push_fold(c: char, out: &mut String) {
    match lookup(FOLD, c) {
        Some(s) => out.push_str(s),
        None if ('\u{13a0}'..='\u{13fd}').contains(&c)
            || ('\u{ab70}'..='\u{abbf}').contains(&c) =>
        {
            out.extend(c.to_uppercase())
        }
        None => out.extend(c.to_lowercase()),
    }
}

/// The str method `name` (upper, lower, casefold, swapcase, title, capitalize) applied to `s`.
pub fn convert(name: &[u8], s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        match name {
            b"upper" => out.extend(c.to_uppercase()),
            b"lower" => push_lower(&chars, i, &mut out),
            b"casefold" => push_fold(c, &mut out),
            b"swapcase" if c.is_uppercase() => push_lower(&chars, i, &mut out),
            b"swapcase" if c.is_lowercase() => out.extend(c.to_uppercase()),
            b"swapcase" => out.push(c),
            b"capitalize" if i == 0 => push_title(c, &mut out),
            b"capitalize" => push_lower(&chars, i, &mut out),
            b"title" if previous_is_cased => push_lower(&chars, i, &mut out),
            b"title" => push_title(c, &mut out),
            _ => return None,
        }
        previous_is_cased = is_cased(c);
    }
    Some(out)
}
