//! Python's float formatting (pure): `repr` (shortest round-trip, via ryu), and correctly rounded
//! fixed / exponent / general formats and `round()` computed exactly with `bigint`.

use crate::bigint::BigInt;
use alloc::vec;
use alloc::vec::Vec;

/// Shortest round-trip digits of a finite non-zero `|x|`: (digits without leading/trailing zeros,
/// decimal point position: value = 0.DIGITS * 10^decpt).
fn shortest(x: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x.abs()).as_bytes();
    let (mant, exp) = match s.iter().position(|&c| c == b'e') {
        Some(i) => (&s[..i], parse_i32(&s[i + 1..])),
        None => (s, 0),
    };
    let point = mant.iter().position(|&c| c == b'.').unwrap_or(mant.len()) as i32;
    let mut digits: Vec<u8> = mant.iter().copied().filter(|&c| c != b'.').collect();
    let mut decpt = point + exp;
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i32;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

fn parse_i32(s: &[u8]) -> i32 {
    let (neg, d) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let v = d.iter().fold(0i32, |a, &c| a * 10 + (c - b'0') as i32);
    if neg { -v } else { v }
}

fn push_exponent(out: &mut Vec<u8>, e: i32) {
    out.push(if e < 0 { b'-' } else { b'+' });
    let e = e.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    push_u32(out, e);
}

pub fn push_u32(out: &mut Vec<u8>, v: u32) {
    let mut tmp = [0u8; 10];
    let mut i = tmp.len();
    let mut v = v;
    loop {
        i -= 1;
        tmp[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}

fn non_finite(x: f64, upper: bool) -> Option<Vec<u8>> {
    let s: &[u8] = if x.is_nan() {
        if upper { b"NAN" } else { b"nan" }
    } else if x.is_infinite() {
        match (x < 0.0, upper) {
            (true, false) => b"-inf",
            (false, false) => b"inf",
            (true, true) => b"-INF",
            (false, true) => b"INF",
        }
    } else {
        return None;
    };
    Some(s.to_vec())
}

/// `repr(x)` / `str(x)`.
pub fn repr(x: f64) -> Vec<u8> {
    if let Some(s) = non_finite(x, false) {
        return s;
    }
    let mut out = Vec::new();
    if x.is_sign_negative() {
        out.push(b'-');
    }
    if x == 0.0 {
        out.extend_from_slice(b"0.0");
        return out;
    }
    let (digits, decpt) = shortest(x);
    let n = digits.len() as i32;
    if (-4 < decpt) && decpt <= 16 {
        if decpt <= 0 {
            out.extend_from_slice(b"0.");
            out.extend(core::iter::repeat_n(b'0', (-decpt) as usize));
            out.extend_from_slice(&digits);
        } else if decpt < n {
            out.extend_from_slice(&digits[..decpt as usize]);
            out.push(b'.');
            out.extend_from_slice(&digits[decpt as usize..]);
        } else {
            out.extend_from_slice(&digits);
            out.extend(core::iter::repeat_n(b'0', (decpt - n) as usize));
            out.extend_from_slice(b".0");
        }
    } else {
        out.push(digits[0]);
        if n > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..]);
        }
        out.push(b'e');
        push_exponent(&mut out, decpt - 1);
    }
    out
}

/// (m, e) with |x| = m * 2^e exactly.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

fn pow10(n: u64) -> BigInt {
    BigInt::from_i64(10).pow(n)
}

/// round_half_even(|x| * 10^p) exactly, for any integer p.
fn scaled_round(x: f64, p: i64) -> BigInt {
    let (m, e) = decompose(x);
    let mut num = BigInt::from_u64(m);
    let mut den = BigInt::from_i64(1);
    if e >= 0 {
        num = num.shl(e as usize);
    } else {
        den = den.shl((-e) as usize);
    }
    if p >= 0 {
        num = num.mul(&pow10(p as u64));
    } else {
        den = den.mul(&pow10((-p) as u64));
    }
    let (q, r) = num.divmod(&den).unwrap();
    let twice = r.shl(1);
    match twice.cmp(&den) {
        core::cmp::Ordering::Greater => q.add(&BigInt::from_i64(1)),
        core::cmp::Ordering::Equal if q.mag.first().is_some_and(|&l| l & 1 == 1) => {
            q.add(&BigInt::from_i64(1))
        }
        _ => q,
    }
}

fn sign_prefix(x: f64, out: &mut Vec<u8>) {
    if x.is_sign_negative() {
        out.push(b'-');
    }
}

/// `format(x, '.{prec}f')` without sign handling options: "-" only for negatives (incl. -0.0).
pub fn fixed(x: f64, prec: usize) -> Vec<u8> {
    if let Some(s) = non_finite(x, false) {
        return s;
    }
    let mut out = Vec::new();
    sign_prefix(x, &mut out);
    let digits = scaled_round(x, prec as i64).to_string_radix(10);
    if digits.len() <= prec {
        out.push(b'0');
        if prec > 0 {
            out.push(b'.');
            out.extend(core::iter::repeat_n(b'0', prec - digits.len()));
            out.extend_from_slice(&digits);
        }
    } else {
        let int_len = digits.len() - prec;
        out.extend_from_slice(&digits[..int_len]);
        if prec > 0 {
            out.push(b'.');
            out.extend_from_slice(&digits[int_len..]);
        }
    }
    out
}

/// Significant digits (`prec + 1` of them) and decimal exponent of `|x|` (x finite).
fn exp_digits(x: f64, prec: usize) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![b'0'; prec + 1], 0);
    }
    let (_, decpt) = shortest(x);
    let mut k = decpt - 1;
    loop {
        let n = scaled_round(x, prec as i64 - k as i64);
        let d = n.to_string_radix(10);
        if d.len() > prec + 1 {
            k += 1;
        } else if d.len() < prec + 1 {
            k -= 1;
        } else {
            return (d, k);
        }
    }
}

/// `format(x, '.{prec}e')`.
pub fn exponent(x: f64, prec: usize, upper: bool) -> Vec<u8> {
    if let Some(s) = non_finite(x, upper) {
        return s;
    }
    let mut out = Vec::new();
    sign_prefix(x, &mut out);
    let (d, k) = exp_digits(x, prec);
    out.push(d[0]);
    if prec > 0 {
        out.push(b'.');
        out.extend_from_slice(&d[1..]);
    }
    out.push(if upper { b'E' } else { b'e' });
    push_exponent(&mut out, k);
    out
}

/// `format(x, '.{prec}g')` (`alt` = the `#` flag keeps trailing zeros).
pub fn general(x: f64, prec: usize, upper: bool, alt: bool) -> Vec<u8> {
    if let Some(s) = non_finite(x, upper) {
        return s;
    }
    let p = prec.max(1);
    let (_, k) = exp_digits(x, p - 1);
    let mut out = if -4 <= k && (k as i64) < p as i64 {
        fixed(x, (p as i64 - 1 - k as i64) as usize)
    } else {
        exponent(x, p - 1, upper)
    };
    if !alt {
        let epos = out
            .iter()
            .position(|&c| c == b'e' || c == b'E')
            .unwrap_or(out.len());
        let tail = out.split_off(epos);
        if out.contains(&b'.') {
            while out.last() == Some(&b'0') {
                out.pop();
            }
            if out.last() == Some(&b'.') {
                out.pop();
            }
        }
        out.extend_from_slice(&tail);
    }
    out
}

/// Python's `round(x, ndigits)` for a finite float.
pub fn round_digits(x: f64, ndigits: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    if ndigits > 330 {
        return x;
    }
    if ndigits < -330 {
        return 0.0 * x;
    }
    let q = scaled_round(x, ndigits);
    let r = if ndigits >= 0 {
        let s = fixed(x.abs(), ndigits as usize);
        core::str::from_utf8(&s)
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(x.abs())
    } else {
        q.mul(&pow10((-ndigits) as u64))
            .to_f64()
            .unwrap_or(f64::INFINITY)
    };
    if x < 0.0 { -r } else { r }
}

/// Python's `round(x)` (half to even) as a float; the caller converts to int.
pub fn round_half_even(x: f64) -> f64 {
    libm::rint(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap()
    }

    // Expected strings produced by CPython 3.12.
    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e20, "1e+20"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (3.0, "3.0"),
            (1.5, "1.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5e-7, "2.5e-07"),
            (100.0, "100.0"),
            (0.5, "0.5"),
            (1234.5678, "1234.5678"),
        ];
        for &(x, want) in cases {
            assert_eq!(s(repr(x)), want, "{x}");
        }
    }

    #[test]
    fn formats_match_python() {
        assert_eq!(s(fixed(3.14149, 2)), "3.14");
        assert_eq!(s(fixed(2.675, 2)), "2.67");
        assert_eq!(s(fixed(0.125, 2)), "0.12");
        assert_eq!(s(fixed(0.375, 2)), "0.38");
        assert_eq!(s(fixed(-0.0001, 2)), "-0.00");
        assert_eq!(s(fixed(1e22, 0)), "10000000000000000000000");
        assert_eq!(s(fixed(2.5, 0)), "2");
        assert_eq!(s(fixed(0.1, 20)), "0.10000000000000000555");
        assert_eq!(s(exponent(12345.678, 3, false)), "1.235e+04");
        assert_eq!(s(exponent(0.0, 2, false)), "0.00e+00");
        assert_eq!(s(exponent(9.9999, 2, true)), "1.00E+01");
        assert_eq!(s(general(1234567.0, 6, false, false)), "1.23457e+06");
        assert_eq!(s(general(0.0001, 6, false, false)), "0.0001");
        assert_eq!(s(general(0.00001234, 6, false, false)), "1.234e-05");
        assert_eq!(s(general(100.0, 6, false, false)), "100");
        assert_eq!(s(general(99999.95, 6, false, false)), "99999.9");
        assert_eq!(s(general(999999.5, 6, false, false)), "1e+06");
        assert_eq!(s(general(1.5, 6, false, true)), "1.50000");
    }

    #[test]
    fn round_matches_python() {
        assert_eq!(round_digits(2.675, 2), 2.67);
        assert_eq!(round_digits(1.005, 2), 1.0);
        assert_eq!(round_digits(0.5, 0), 0.0);
        assert_eq!(round_digits(1.5, 0), 2.0);
        assert_eq!(round_digits(-2.5, 0), -2.0);
        assert_eq!(round_digits(1234.5678, -2), 1200.0);
        assert_eq!(round_digits(1250.0, -2), 1200.0);
        assert_eq!(round_digits(0.1 + 0.2, 10), 0.3);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(-0.5), -0.0);
    }
}
