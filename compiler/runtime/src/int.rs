//! Python ints as words: small ints inline, bigints as heap objects, always normalized.

use crate::bigint::BigInt;
use crate::exc::{self, R};
use crate::gc;
use crate::object::*;
use crate::value::*;

/// int or bool.
#[inline]
pub fn is_int(w: Word) -> bool {
    is_small(w) || is_bool(w) || is_tag(w, tag::BIGINT)
}

/// Value of a small int or bool (`None` for bigints and non-ints).
#[inline]
pub fn as_i64(w: Word) -> Option<i64> {
    if is_small(w) {
        Some(small_value(w))
    } else if is_bool(w) {
        Some((w == TRUE) as i64)
    } else {
        None
    }
}

/// An int word (small or bool or bigint) as a BigInt.
pub fn to_big(w: Word) -> BigInt {
    if let Some(v) = as_i64(w) {
        return BigInt::from_i64(v);
    }
    let b = obj::<BigObj>(w);
    BigInt {
        neg: b.h.flags & 1 == 1,
        mag: big_limbs(w).to_vec(),
    }
}

pub fn from_big(b: &BigInt) -> R<Word> {
    if let Some(v) = b.to_i64()
        && fits_small(v)
    {
        return Ok(small(v));
    }
    let n = b.mag.len();
    let p = gc::alloc_object(core::mem::size_of::<BigObj>() + 4 * n, tag::BIGINT)? as *mut BigObj;
    unsafe {
        (*p).h.flags = b.neg as u16;
        (*p).len = n as u32;
        core::ptr::copy_nonoverlapping(b.mag.as_ptr(), (*p).limbs.as_mut_ptr(), n);
    }
    Ok(from_addr(p as usize))
}

pub fn from_i64(v: i64) -> R<Word> {
    if fits_small(v) {
        Ok(small(v))
    } else {
        from_big(&BigInt::from_i64(v))
    }
}

pub fn from_i128(v: i128) -> R<Word> {
    if let Ok(x) = i64::try_from(v) {
        return from_i64(x);
    }
    let m = v.unsigned_abs();
    let mut b = BigInt::from_u64(m as u64).add(&BigInt::from_u64((m >> 64) as u64).shl(64));
    if v < 0 {
        b = b.neg();
    }
    from_big(&b)
}

pub fn is_negative(w: Word) -> bool {
    match as_i64(w) {
        Some(v) => v < 0,
        None => obj::<BigObj>(w).h.flags & 1 == 1,
    }
}

pub fn to_f64(w: Word) -> R<f64> {
    match as_i64(w) {
        Some(v) => Ok(v as f64),
        None => to_big(w)
            .to_f64()
            .ok_or_else(|| exc::raise(exc::OVERFLOW_ERROR, b"int too large to convert to float")),
    }
}

/// Int operators on two int words.
pub fn add(a: Word, b: Word) -> R<Word> {
    match (as_i64(a), as_i64(b)) {
        (Some(x), Some(y)) => from_i64(x + y),
        _ => from_big(&to_big(a).add(&to_big(b))),
    }
}

pub fn sub(a: Word, b: Word) -> R<Word> {
    match (as_i64(a), as_i64(b)) {
        (Some(x), Some(y)) => from_i64(x - y),
        _ => from_big(&to_big(a).sub(&to_big(b))),
    }
}

pub fn mul(a: Word, b: Word) -> R<Word> {
    match (as_i64(a), as_i64(b)) {
        (Some(x), Some(y)) => from_i128(x as i128 * y as i128),
        _ => from_big(&to_big(a).mul(&to_big(b))),
    }
}

fn zero_division(msg: &[u8]) -> exc::Raised {
    exc::raise(exc::ZERO_DIVISION_ERROR, msg)
}

/// (floor quotient, modulo); `msg` is the ZeroDivisionError message.
pub fn divmod(a: Word, b: Word, msg: &[u8]) -> R<(Word, Word)> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if y == 0 {
            return Err(zero_division(msg));
        }
        let (mut q, mut r) = (x / y, x % y);
        if r != 0 && ((r < 0) != (y < 0)) {
            q -= 1;
            r += y;
        }
        return Ok((from_i64(q)?, from_i64(r)?));
    }
    match to_big(a).divmod(&to_big(b)) {
        None => Err(zero_division(msg)),
        Some((q, r)) => Ok((from_big(&q)?, from_big(&r)?)),
    }
}

pub fn floordiv(a: Word, b: Word) -> R<Word> {
    Ok(divmod(a, b, b"integer division or modulo by zero")?.0)
}

pub fn modulo(a: Word, b: Word) -> R<Word> {
    Ok(divmod(a, b, b"integer modulo by zero")?.1)
}

pub fn truediv(a: Word, b: Word) -> R<Word> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b))
        && x.unsigned_abs() < 1 << 53
        && y.unsigned_abs() < 1 << 53
    {
        if y == 0 {
            return Err(zero_division(b"division by zero"));
        }
        return crate::num::new_float(x as f64 / y as f64);
    }
    let bb = to_big(b);
    if bb.is_zero() {
        return Err(zero_division(b"division by zero"));
    }
    match to_big(a).true_div(&bb) {
        Some(q) => crate::num::new_float(q),
        None => Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"integer division result too large for a float",
        )),
    }
}

/// `a ** b` for ints (negative exponent gives a float).
pub fn pow(a: Word, b: Word) -> R<Word> {
    if is_negative(b) {
        let x = to_f64(a)?;
        let y = to_f64(b)?;
        if x == 0.0 {
            return Err(zero_division(b"0.0 cannot be raised to a negative power"));
        }
        return crate::num::new_float(libm::pow(x, y));
    }
    let base = to_big(a);
    let e = match as_i64(b) {
        Some(e) => e as u64,
        None => {
            // Only 0, 1 and -1 survive a huge exponent.
            let odd = to_big(b).mag[0] & 1 == 1;
            return match as_i64(a) {
                Some(0) | Some(1) => Ok(a),
                Some(-1) => Ok(if odd { a } else { small(1) }),
                _ => Err(exc::raise_memory_error()),
            };
        }
    };
    if let Some(x) = as_i64(a)
        && e < 64
        && let Some(v) = (x as i128).checked_pow(e as u32)
    {
        return from_i128(v);
    }
    if base.bit_length().saturating_mul(e) > 8 * (crate::heap::heap().limit as u64) {
        return Err(exc::raise_memory_error());
    }
    from_big(&base.pow(e))
}

pub fn pow_mod(a: Word, b: Word, m: Word) -> R<Word> {
    let mb = to_big(m);
    if mb.is_zero() {
        return Err(exc::value_error(&[b"pow() 3rd argument cannot be 0"]));
    }
    if is_negative(b) {
        return Err(exc::not_implemented(
            b"pow() with a negative exponent and a modulus",
        ));
    }
    from_big(&to_big(a).pow_mod(&to_big(b), &mb))
}

fn shift_count(b: Word) -> R<u64> {
    if is_negative(b) {
        return Err(exc::value_error(&[b"negative shift count"]));
    }
    Ok(as_i64(b).map(|v| v as u64).unwrap_or(u64::MAX))
}

pub fn lshift(a: Word, b: Word) -> R<Word> {
    let n = shift_count(b)?;
    if let Some(x) = as_i64(a) {
        if x == 0 {
            return Ok(small(0));
        }
        if n < 64
            && (x as i128) << n >> n == x as i128
            && ((x as i128) << n).unsigned_abs() < 1 << 100
        {
            return from_i128((x as i128) << n);
        }
    }
    if n > 8 * crate::heap::heap().limit as u64 {
        return Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"too many digits in integer",
        ));
    }
    from_big(&to_big(a).shl(n as usize))
}

pub fn rshift(a: Word, b: Word) -> R<Word> {
    let n = shift_count(b)?;
    if let Some(x) = as_i64(a) {
        return Ok(small(x >> n.min(63)));
    }
    from_big(&to_big(a).shr(n.min(u32::MAX as u64) as usize))
}

pub fn bitop(a: Word, b: Word, op: fn(u32, u32) -> u32, small_op: fn(i64, i64) -> i64) -> R<Word> {
    match (as_i64(a), as_i64(b)) {
        (Some(x), Some(y)) => Ok(small(small_op(x, y))),
        _ => from_big(&to_big(a).bitop(&to_big(b), op)),
    }
}

pub fn neg(a: Word) -> R<Word> {
    match as_i64(a) {
        Some(x) => from_i64(-x),
        None => from_big(&to_big(a).neg()),
    }
}

pub fn invert(a: Word) -> R<Word> {
    match as_i64(a) {
        Some(x) => Ok(small(!x)),
        None => from_big(&to_big(a).invert()),
    }
}

pub fn cmp(a: Word, b: Word) -> core::cmp::Ordering {
    match (as_i64(a), as_i64(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => to_big(a).cmp(&to_big(b)),
    }
}

/// Exact comparison of an int with a float (`None` when the float is NaN).
pub fn cmp_float(a: Word, f: f64) -> Option<core::cmp::Ordering> {
    use core::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    if let Some(x) = as_i64(a)
        && x.unsigned_abs() < 1 << 53
    {
        return (x as f64).partial_cmp(&f);
    }
    let fi = BigInt::from_f64(f);
    match to_big(a).cmp(&fi) {
        Equal => {
            let frac = f - libm::trunc(f);
            Some(if frac > 0.0 {
                Less
            } else if frac < 0.0 {
                Greater
            } else {
                Equal
            })
        }
        o => Some(o),
    }
}

/// Decimal digits of an int (with '-').
pub fn to_decimal(w: Word, out: &mut alloc::vec::Vec<u8>) {
    match as_i64(w) {
        Some(v) => push_i64(out, v),
        None => out.extend_from_slice(&to_big(w).to_string_radix(10)),
    }
}

pub fn push_i64(out: &mut alloc::vec::Vec<u8>, v: i64) {
    if v < 0 {
        out.push(b'-');
    }
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    let mut m = v.unsigned_abs();
    loop {
        i -= 1;
        tmp[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}

/// Python's hash of an int (modulo 2^61 - 1, -1 maps to -2).
pub fn hash(w: Word) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let (neg, m) = match as_i64(w) {
        Some(v) => (v < 0, v.unsigned_abs() % P),
        None => {
            let b = to_big(w);
            let mut acc: u64 = 0;
            for &limb in b.mag.iter().rev() {
                acc = (((acc as u128) << 32 | limb as u128) % P as u128) as u64;
            }
            (b.neg, acc)
        }
    };
    let h = if neg { -(m as i64) } else { m as i64 };
    if h == -1 { -2 } else { h }
}

/// Parse an int literal / `int(s, base)` text: optional sign, optional prefix when base is 0 or
/// matches, underscores between digits, surrounding whitespace.
pub fn parse(s: &[u8], base: u32) -> Option<BigInt> {
    let s = trim_ascii(s);
    let (neg, mut s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    if s.len() >= 2 && s[0] == b'0' {
        let p = s[1].to_ascii_lowercase();
        let pb = match p {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if pb != 0 && (base == 0 || base == pb) {
            base = pb;
            s = &s[2..];
            if s.first() == Some(&b'_') {
                s = &s[1..];
            }
        }
    }
    if base == 0 {
        if s.len() > 1 && s[0] == b'0' && s.iter().any(|&c| c != b'0' && c != b'_') {
            return None;
        }
        base = 10;
    }
    if s.is_empty() || s[0] == b'_' || s[s.len() - 1] == b'_' || s.windows(2).any(|w| w == b"__") {
        return None;
    }
    let digits: alloc::vec::Vec<u8> = s.iter().copied().filter(|&c| c != b'_').collect();
    let b = BigInt::from_digits(&digits, base)?;
    Some(if neg { b.neg() } else { b })
}

pub fn trim_ascii(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &s[start..end]
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_int_from_str(ptr: i32, len: i32) -> Word {
    let s = unsafe { core::slice::from_raw_parts(ptr as usize as *const u8, len as usize) };
    match parse(s, 10) {
        Some(b) => exc::ret(from_big(&b)),
        None => {
            exc::value_error(&[b"invalid literal for int() with base 10"]);
            EXC
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_int_from_i64(v: i64) -> Word {
    exc::ret(from_i64(v))
}
