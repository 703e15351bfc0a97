//! str objects: UTF-8 bytes with the code-point length and an "is ASCII" flag.

use crate::exc::{self, R};
use crate::gc;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

pub fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| (c & 0xC0) != 0x80).count()
}

/// A str from valid UTF-8 bytes.
pub fn new_str(b: &[u8]) -> R<Word> {
    let clen = char_count(b);
    new_str_counted(b, clen)
}

pub fn new_str_counted(b: &[u8], clen: usize) -> R<Word> {
    if let [byte] = b
        && byte.is_ascii()
    {
        return crate::ascii_chars::ascii_char(*byte);
    }
    let p = gc::alloc_object(core::mem::size_of::<StrObj>() + b.len(), tag::STR)? as *mut StrObj;
    unsafe {
        (*p).blen = b.len() as u32;
        (*p).clen = clen as u32;
        if clen == b.len() {
            (*p).h.flags = STR_ASCII;
        }
        core::ptr::copy_nonoverlapping(b.as_ptr(), (*p).bytes.as_mut_ptr(), b.len());
    }
    Ok(from_addr(p as usize))
}

pub fn from_string(b: Vec<u8>) -> R<Word> {
    new_str(&b)
}

#[inline]
pub fn is_str(w: Word) -> bool {
    is_tag(w, tag::STR)
}

#[inline]
pub fn is_ascii(w: Word) -> bool {
    header(w).flags & STR_ASCII != 0
}

pub fn char_len(w: Word) -> usize {
    obj::<StrObj>(w).clen as usize
}

pub fn str_hash(w: Word) -> i64 {
    let s = obj::<StrObj>(w);
    if s.hash != 0 {
        return (s.hash - 1) as i64;
    }
    let h = hash_bytes(str_bytes(w));
    s.hash = h as u64 + 1;
    h
}

/// The hash of the str whose UTF-8 bytes are `b`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    (h >> 2) as i64
}

/// Byte offset of code point `i` (0 <= i <= len).
pub fn byte_offset(w: Word, i: usize) -> usize {
    if is_ascii(w) {
        return i;
    }
    let b = str_bytes(w);
    let mut seen = 0;
    for (pos, &c) in b.iter().enumerate() {
        if (c & 0xC0) != 0x80 {
            if seen == i {
                return pos;
            }
            seen += 1;
        }
    }
    b.len()
}

/// The UTF-8 length of the code point starting with byte `c`.
pub fn utf8_width(c: u8) -> usize {
    match c {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// `s[i]` with Python's negative indexes.
pub fn get_char(w: Word, i: i64) -> R<Word> {
    let n = char_len(w) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(exc::raise(exc::INDEX_ERROR, b"string index out of range"));
    }
    let start = byte_offset(w, j as usize);
    let b = str_bytes(w);
    let end = start + utf8_width(b[start]);
    new_str_counted(&b[start..end], 1)
}

/// Code points of a str as (byte start, byte end) pairs.
pub fn char_bounds(w: Word) -> Vec<(usize, usize)> {
    let b = str_bytes(w);
    let mut v = Vec::with_capacity(char_len(w));
    let mut i = 0;
    while i < b.len() {
        let n = utf8_width(b[i]);
        v.push((i, i + n));
        i += n;
    }
    v
}

/// `s[start:stop:step]` with normalized slice indices (see `containers::slice_indices`).
pub fn slice(w: Word, start: i64, stop: i64, step: i64) -> R<Word> {
    let b = str_bytes(w);
    if step == 1 {
        if stop <= start {
            return new_str_counted(b"", 0);
        }
        let s = byte_offset(w, start as usize);
        let e = byte_offset(w, stop as usize);
        return new_str_counted(&b[s..e], (stop - start) as usize);
    }
    let bounds = if is_ascii(w) {
        Vec::new()
    } else {
        char_bounds(w)
    };
    let mut out = Vec::new();
    let mut n = 0;
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        let (s, e) = if is_ascii(w) {
            (i as usize, i as usize + 1)
        } else {
            bounds[i as usize]
        };
        out.extend_from_slice(&b[s..e]);
        n += 1;
        i += step;
    }
    new_str_counted(&out, n)
}

pub fn concat(a: Word, b: Word) -> R<Word> {
    let mut v = Vec::with_capacity(str_bytes(a).len() + str_bytes(b).len());
    v.extend_from_slice(str_bytes(a));
    v.extend_from_slice(str_bytes(b));
    new_str_counted(&v, char_len(a) + char_len(b))
}

pub fn repeat(a: Word, n: i64) -> R<Word> {
    if n <= 0 {
        return new_str_counted(b"", 0);
    }
    let total = str_bytes(a).len().saturating_mul(n as usize);
    if total > crate::heap::heap().limit {
        return Err(exc::raise_memory_error());
    }
    new_str_counted(&str_bytes(a).repeat(n as usize), char_len(a) * n as usize)
}

/// Decode one code point at byte `i`.
pub fn decode_at(b: &[u8], i: usize) -> u32 {
    let c = b[i] as u32;
    match utf8_width(b[i]) {
        1 => c,
        2 => ((c & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F),
        3 => ((c & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
        _ => {
            ((c & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F)
        }
    }
}

pub fn push_char(out: &mut Vec<u8>, c: u32) {
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_str_new(ptr: i32, len: i32) -> Word {
    let b = unsafe {
        core::slice::from_raw_parts(ptr as u32 as usize as *const u8, len as u32 as usize)
    };
    match core::str::from_utf8(b) {
        Ok(_) => exc::ret(new_str(b)),
        Err(_) => exc::ret(from_string(
            alloc::string::String::from_utf8_lossy(b)
                .into_owned()
                .into_bytes(),
        )),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_str_concat(a: Word, b: Word) -> Word {
    if !is_str(a) || !is_str(b) {
        return exc::ret(crate::num::binary(crate::num::Op::Add, a, b));
    }
    exc::ret(concat(a, b))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_str_join(t: Word) -> Word {
    let mut v = Vec::new();
    let mut n = 0;
    for &s in tuple_items(t).iter() {
        if !is_str(s) {
            exc::type_error(&[b"sequence item: expected str instance"]);
            return EXC;
        }
        v.extend_from_slice(str_bytes(s));
        n += char_len(s);
    }
    exc::ret(new_str_counted(&v, n))
}
