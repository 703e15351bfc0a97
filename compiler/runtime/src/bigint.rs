#![allow(clippy::needless_range_loop)]
//! Arbitrary-precision integers with Python semantics (pure: no runtime state).
//!
//! Sign + magnitude, magnitude in little-endian `u32` limbs without high zero limbs; zero is the
//! empty magnitude and is never negative. Schoolbook multiplication, Knuth division.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::should_implement_trait)]
pub struct BigInt {
    pub neg: bool,
    pub mag: Vec<u32>,
}

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

pub fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for i in 0..a.len() {
        let s = a[i] as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` for `|a| >= |b|`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let mut d = a[i] as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        }
        out.push(d as u32);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

fn divmod_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let mut r = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | a[i] as u64;
        q[i] = (cur / d as u64) as u32;
        r = cur % d as u64;
    }
    trim(&mut q);
    (q, r as u32)
}

fn shl_mag(a: &[u32], bits: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, s) = (bits / 32, bits % 32);
    let mut out = vec![0u32; limbs];
    if s == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << s) | carry);
            carry = x >> (32 - s);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

fn shr_mag(a: &[u32], bits: usize) -> Vec<u32> {
    let (limbs, s) = (bits / 32, bits % 32);
    if limbs >= a.len() {
        return Vec::new();
    }
    let a = &a[limbs..];
    let mut out = Vec::with_capacity(a.len());
    for i in 0..a.len() {
        let hi = if s == 0 {
            0
        } else {
            a.get(i + 1).map_or(0, |&x| x << (32 - s))
        };
        out.push((a[i] >> s) | hi);
    }
    trim(&mut out);
    out
}

/// Truncating division of magnitudes: (quotient, remainder). `b` must be non-zero.
pub fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divmod_small(a, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    let s = b[b.len() - 1].leading_zeros() as usize;
    let b = shl_mag(b, s);
    let mut a = shl_mag(a, s);
    a.resize(a.len().max(b.len()) + 1, 0);
    let n = b.len();
    let m = a.len() - n;
    let mut q = vec![0u32; m];
    let btop = b[n - 1] as u64;
    let bnext = b[n - 2] as u64;
    for j in (0..m).rev() {
        let num = ((a[j + n] as u64) << 32) | a[j + n - 1] as u64;
        let mut qhat = num / btop;
        let mut rhat = num % btop;
        while qhat >= 1 << 32 || qhat * bnext > ((rhat << 32) | a[j + n - 2] as u64) {
            qhat -= 1;
            rhat += btop;
            if rhat >= 1 << 32 {
                break;
            }
        }
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * b[i] as u64 + carry;
            carry = p >> 32;
            let t = a[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
            a[i + j] = t as u32;
            borrow = (t < 0) as i64;
        }
        let t = a[j + n] as i64 - borrow - carry as i64;
        a[j + n] = t as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s2 = a[i + j] as u64 + b[i] as u64 + c;
                a[i + j] = s2 as u32;
                c = s2 >> 32;
            }
            a[j + n] = a[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    a.truncate(n);
    trim(&mut a);
    (q, shr_mag(&a, s))
}

#[allow(clippy::should_implement_trait)]
impl BigInt {
    pub fn zero() -> BigInt {
        BigInt {
            neg: false,
            mag: Vec::new(),
        }
    }

    fn new(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::new(false, vec![v as u32, (v >> 32) as u32])
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let m = self.mag.first().copied().unwrap_or(0) as u64
            | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
        if self.neg {
            if m <= 1 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else if m < 1 << 63 {
            Some(m as i64)
        } else {
            None
        }
    }

    pub fn neg(&self) -> BigInt {
        BigInt::new(!self.neg, self.mag.clone())
    }

    pub fn abs(&self) -> BigInt {
        BigInt::new(false, self.mag.clone())
    }

    pub fn cmp(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::new(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::new(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::new(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::new(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Floor division and modulo (Python `divmod`); `None` when `o` is zero.
    pub fn divmod(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &o.mag);
        let mut q = BigInt::new(self.neg != o.neg, q);
        let mut r = BigInt::new(self.neg, r);
        if !r.is_zero() && self.neg != o.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }

    pub fn bit_length(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(&top) => 32 * (self.mag.len() as u64 - 1) + (32 - top.leading_zeros()) as u64,
        }
    }

    /// `self ** e` for `e >= 0`.
    pub fn pow(&self, mut e: u64) -> BigInt {
        let mut base = self.clone();
        let mut acc = BigInt::from_i64(1);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }

    /// `pow(self, e, m)` for `e >= 0`, `m != 0`; result has the sign of `m` (Python).
    pub fn pow_mod(&self, e: &BigInt, m: &BigInt) -> BigInt {
        let mut base = self.divmod(m).unwrap().1;
        let mut acc = BigInt::from_i64(1).divmod(m).unwrap().1;
        let bits = e.bit_length();
        for i in 0..bits {
            if (e.mag[(i / 32) as usize] >> (i % 32)) & 1 == 1 {
                acc = acc.mul(&base).divmod(m).unwrap().1;
            }
            if i + 1 < bits {
                base = base.mul(&base).divmod(m).unwrap().1;
            }
        }
        acc
    }

    pub fn shl(&self, bits: usize) -> BigInt {
        BigInt::new(self.neg, shl_mag(&self.mag, bits))
    }

    /// Arithmetic (floor) shift right.
    pub fn shr(&self, bits: usize) -> BigInt {
        if !self.neg {
            return BigInt::new(false, shr_mag(&self.mag, bits));
        }
        let one = BigInt::from_i64(1);
        let m1 = self.abs().sub(&one);
        BigInt::new(true, shr_mag(&m1.mag, bits)).sub(&one)
    }

    /// Two's complement limbs, `len` limbs (enough to hold the sign).
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(len, 0);
        if self.neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|&t| t >> 31 == 1);
        if neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::new(neg, v)
    }

    pub fn bitop(&self, o: &BigInt, op: fn(u32, u32) -> u32) -> BigInt {
        let len = self.mag.len().max(o.mag.len()) + 1;
        let a = self.twos(len);
        let b = o.twos(len);
        BigInt::from_twos(a.iter().zip(b.iter()).map(|(&x, &y)| op(x, y)).collect())
    }

    /// `~self` = `-self - 1`.
    pub fn invert(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    /// Digits in `radix` (2..=36), lowercase, with a leading `-` when negative.
    pub fn to_string_radix(&self, radix: u32) -> Vec<u8> {
        if self.is_zero() {
            return vec![b'0'];
        }
        let mut chunk = radix;
        let mut per = 1;
        while (chunk as u64) * (radix as u64) <= u32::MAX as u64 {
            chunk *= radix;
            per += 1;
        }
        let mut digits = Vec::new();
        let mut m = self.mag.clone();
        while !m.is_empty() {
            let (q, mut r) = divmod_small(&m, chunk);
            m = q;
            for _ in 0..per {
                digits.push(DIGITS[(r % radix) as usize]);
                r /= radix;
                if m.is_empty() && r == 0 {
                    break;
                }
            }
        }
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if self.neg {
            digits.push(b'-');
        }
        digits.reverse();
        digits
    }

    /// Parse digits (no sign, no prefix, no underscores) in `radix`; `None` on a bad digit.
    pub fn from_digits(s: &[u8], radix: u32) -> Option<BigInt> {
        if s.is_empty() {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        for &c in s {
            let d = digit_value(c)?;
            if d >= radix {
                return None;
            }
            let mut carry = d as u64;
            for x in mag.iter_mut() {
                let t = *x as u64 * radix as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                mag.push(carry as u32);
            }
        }
        Some(BigInt::new(false, mag))
    }

    /// Correctly rounded conversion (round half to even); `None` when too large for a float.
    pub fn to_f64(&self) -> Option<f64> {
        let n = self.bit_length();
        let v = if n <= 64 {
            let m = self.mag.first().copied().unwrap_or(0) as u64
                | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
            m as f64
        } else {
            let shift = n - 64;
            let top = shr_mag(&self.mag, shift as usize);
            let mut t = top[0] as u64 | (top[1] as u64) << 32;
            let sticky = self.mag.iter().take((shift / 32) as usize).any(|&x| x != 0)
                || (!shift.is_multiple_of(32)
                    && self.mag[(shift / 32) as usize] & ((1u32 << (shift % 32)) - 1) != 0);
            if sticky {
                t |= 1;
            }
            let mut f = t as f64;
            let mut s = shift;
            while s > 0 {
                let k = s.min(1000);
                f *= f64::from_bits((1023 + k) << 52);
                s -= k;
            }
            if f.is_infinite() {
                return None;
            }
            f
        };
        Some(if self.neg { -v } else { v })
    }

    /// `self / o` correctly rounded (CPython's `long_true_divide`): `None` when too large for a
    /// float. `o` must not be zero.
    pub fn true_div(&self, o: &BigInt) -> Option<f64> {
        const MANT_DIG: i64 = 53;
        const MIN_EXP: i64 = -1021;
        const MAX_EXP: i64 = 1024;
        let negative = self.neg != o.neg;
        let signed = |v: f64| if negative { -v } else { v };
        if self.is_zero() {
            return Some(signed(0.0));
        }
        let diff = self.bit_length() as i64 - o.bit_length() as i64;
        if diff > MAX_EXP {
            return None;
        }
        if diff < MIN_EXP - MANT_DIG - 1 {
            return Some(signed(0.0));
        }
        // x = |self| / 2^shift has 55 or 56 bits before the division (54 or 55 after).
        let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
        let mut inexact = false;
        let x = if shift <= 0 {
            shl_mag(&self.mag, (-shift) as usize)
        } else {
            let bits = shift as usize;
            inexact = self.mag.iter().take(bits / 32).any(|&d| d != 0)
                || (!bits.is_multiple_of(32)
                    && self
                        .mag
                        .get(bits / 32)
                        .is_some_and(|&d| d & ((1u32 << (bits % 32)) - 1) != 0));
            shr_mag(&self.mag, bits)
        };
        let (q, r) = divmod_mag(&x, &o.mag);
        inexact |= !r.is_empty();
        let q =
            q.first().copied().unwrap_or(0) as u64 | (q.get(1).copied().unwrap_or(0) as u64) << 32;
        let q_bits = 64 - i64::from(q.leading_zeros());
        // Round away the extra bits, half to even (the inexact bit breaks ties).
        let extra = q_bits.max(MIN_EXP - shift) - MANT_DIG;
        let mask = 1u64 << (extra - 1);
        let mut low = q | u64::from(inexact);
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            low += mask;
        }
        low &= !(2 * mask - 1);
        let dx = low as f64;
        if shift + q_bits >= MAX_EXP
            && (shift + q_bits > MAX_EXP || dx == f64::from_bits(((1023 + q_bits) as u64) << 52))
        {
            return None;
        }
        Some(signed(scale(dx, shift)))
    }

    /// Truncation of a finite float.
    pub fn from_f64(x: f64) -> BigInt {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp < 1023 {
            return BigInt::zero();
        }
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        let e = exp - 1075;
        let m = BigInt::from_u64(mant);
        let r = if e >= 0 {
            m.shl(e as usize)
        } else {
            BigInt::new(false, shr_mag(&m.mag, (-e) as usize))
        };
        if x < 0.0 { r.neg() } else { r }
    }
}

/// `x * 2^e`, exact when the result is representable (`x` has at most 53 significant bits).
fn scale(mut x: f64, mut e: i64) -> f64 {
    while e > 0 {
        let k = e.min(1000);
        x *= f64::from_bits(((1023 + k) as u64) << 52);
        e -= k;
    }
    while e < 0 {
        // Steps of at most 2^-1000 keep every intermediate normal until the last one.
        let k = (-e).min(1000);
        x *= f64::from_bits(((1023 - k) as u64) << 52);
        e += k;
    }
    x
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

pub fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 10),
        b'A'..=b'Z' => Some((c - b'A') as u32 + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;

    fn big(s: &str) -> BigInt {
        let (neg, d) = match s.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, s),
        };
        let b = BigInt::from_digits(d.as_bytes(), 10).unwrap();
        if neg { b.neg() } else { b }
    }

    fn s(b: &BigInt) -> String {
        String::from_utf8(b.to_string_radix(10)).unwrap()
    }

    // Expected values computed with CPython 3.12.
    #[test]
    fn arithmetic_matches_python() {
        let a = big("123456789012345678901234567890");
        let b = big("-987654321098765432109876543210");
        assert_eq!(s(&a.add(&b)), "-864197532086419753208641975320");
        assert_eq!(s(&a.sub(&b)), "1111111110111111111011111111100");
        assert_eq!(
            s(&a.mul(&b)),
            "-121932631137021795226185032733622923332237463801111263526900"
        );
        let (q, r) = b.divmod(&a).unwrap();
        assert_eq!(
            (s(&q), s(&r)),
            ("-9".into(), "123456780012345678001234567800".into())
        );
        let (q, r) = a.divmod(&big("-7")).unwrap();
        assert_eq!(
            (s(&q), s(&r)),
            ("-17636684144620811271604938270".into(), "0".into())
        );
        assert_eq!(
            s(&big("2").pow(200)),
            "1606938044258990275541962092341162602522202993782792835301376"
        );
        assert_eq!(
            s(&big("3").pow_mod(&big("1000"), &big("-1000000007"))),
            "-943111814"
        );
        assert_eq!(
            s(&big("7").pow_mod(&big("123456789"), &big("1000000007"))),
            "467332791"
        );
        let (q, r) = big("340282366920938463463374607431768211457")
            .divmod(&big("18446744073709551617"))
            .unwrap();
        assert_eq!((s(&q), s(&r)), ("18446744073709551615".into(), "2".into()));
        let x = big("-1").shl(100);
        assert_eq!(s(&x), "-1267650600228229401496703205376");
    }

    #[test]
    fn division_edge_cases() {
        // (2^96 - 1) // (2^64 - 1) exercises the qhat correction.
        let a = big("79228162514264337593543950335");
        let b = big("18446744073709551615");
        let (q, r) = a.divmod(&b).unwrap();
        assert_eq!((s(&q), s(&r)), ("4294967296".into(), "4294967295".into()));
        for (x, y) in [
            ("1000000000000000000000", "3"),
            ("-1000000000000000000000", "3"),
            ("5", "-1000000000000000000000"),
        ] {
            let (q, r) = big(x).divmod(&big(y)).unwrap();
            assert_eq!(q.mul(&big(y)).add(&r), big(x));
            assert!(r.is_zero() || r.neg == big(y).neg);
        }
    }

    #[test]
    fn bit_operations_use_twos_complement() {
        let a = big("-123456789012345678901234567890");
        let b = big("98765432109876543210");
        assert_eq!(s(&a.bitop(&b, |x, y| x & y)), "20213295392617428010");
        assert_eq!(
            s(&a.bitop(&b, |x, y| x | y)),
            "-123456788933793542183975452690"
        );
        assert_eq!(
            s(&a.bitop(&b, |x, y| x ^ y)),
            "-123456788954006837576592880700"
        );
        assert_eq!(s(&a.invert()), "123456789012345678901234567889");
        assert_eq!(s(&a.shr(7)), "-964506164158950616415895062");
        assert_eq!(s(&big("-1").shr(100)), "-1");
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        // Expected values from CPython 3.12.
        let cases = [
            ("1", "9007199254740993", 1.1102230246251564e-16_f64),
            ("9007199254740993", "3", 3002399751580331.0),
            (
                "-4611686018427387904",
                "9007199254740993",
                -511.99999999999994,
            ),
            (
                "9007199254740993",
                "4611686018427387903",
                0.0019531250000000004,
            ),
            ("10", "4", 2.5),
            ("0", "-5", -0.0),
            ("1", "3", 0.3333333333333333),
            (
                "123456789012345678901234567890",
                "987654321",
                1.249999988734375e+20,
            ),
        ];
        for (a, b, expected) in cases {
            let q = big(a).true_div(&big(b)).unwrap();
            assert_eq!(q.to_bits(), expected.to_bits(), "{a} / {b} = {q}");
        }
        let googol3 = BigInt::from_i64(10).pow(300);
        assert_eq!(big("1").true_div(&googol3), Some(1e-300));
        assert_eq!(googol3.true_div(&big("-7")), Some(-1.4285714285714286e299));
        let huge = big("1").shl(1100);
        assert_eq!(huge.true_div(&big("1")), None);
        assert_eq!(big("1").true_div(&huge), Some(0.0));
        let tiny = big("1").shl(1074);
        assert_eq!(big("1").true_div(&tiny), Some(5e-324));
        assert_eq!(big("3").true_div(&big("1").shl(1075)), Some(1e-323));
        assert_eq!(big("1").true_div(&big("1").shl(1075)), Some(0.0));
    }

    #[test]
    fn radix_and_float_conversions() {
        let a = big("-255");
        assert_eq!(a.to_string_radix(16), b"-ff");
        assert_eq!(
            big("12345678901234567890123").to_string_radix(36),
            b"20dgohx2w7bek7f"
        );
        assert_eq!(
            BigInt::from_digits(b"20dgohx2w7bek7f", 36).unwrap(),
            big("12345678901234567890123")
        );
        assert_eq!(big("0").to_string_radix(2), b"0");
        assert_eq!(big("9007199254740993").to_f64(), Some(9007199254740992.0));
        assert_eq!(big("18014398509481987").to_f64(), Some(18014398509481988.0));
        assert_eq!(
            big("123456789012345678901234567890").to_f64(),
            Some(1.2345678901234568e29)
        );
        assert_eq!(s(&BigInt::from_f64(1e22)), "10000000000000000000000");
        assert_eq!(s(&BigInt::from_f64(-2.5e-3)), "0");
        assert_eq!(BigInt::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
        assert_eq!(big("9223372036854775808").to_i64(), None);
        assert_eq!(big("2").pow(1024).to_f64(), None);
    }
}
