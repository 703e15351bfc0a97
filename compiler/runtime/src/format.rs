//! `format(value, spec)` (f-strings, str.format) and printf-style `str % args`.

use crate::exc::{self, R};
use crate::floatfmt;
use crate::int;
use crate::num::{self, type_name};
use crate::object::*;
use crate::repr;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<u8>,
    sign: u8,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<u8>,
    precision: Option<usize>,
    ty: u8,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let mut sp = Spec::default();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        sp.fill = Some(chars[0]);
        sp.align = Some(chars[1] as u8);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        sp.align = Some(chars[0] as u8);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sp.sign = chars[i] as u8;
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    while i < chars.len() && chars[i].is_ascii_digit() {
        sp.width = sp.width * 10 + chars[i] as usize - '0' as usize;
        i += 1;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        sp.grouping = Some(chars[i] as u8);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let mut p = 0;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            p = p * 10 + chars[i] as usize - '0' as usize;
            i += 1;
        }
        if i == start {
            return None;
        }
        sp.precision = Some(p);
    }
    if i < chars.len() {
        if !chars[i].is_ascii() {
            return None;
        }
        sp.ty = chars[i] as u8;
        i += 1;
    }
    (i == chars.len()).then_some(sp)
}

fn group_digits(digits: &[u8], sep: u8, every: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, &d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// Pad `body` (already including its sign in `sign`) to the spec width.
fn pad(sp: &Spec, sign: &[u8], body: &[u8], numeric: bool, out: &mut Vec<u8>) {
    let len = text::char_count(sign) + text::char_count(body);
    let fill_char = sp.fill.unwrap_or(if sp.zero && sp.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = sp.align.unwrap_or(if sp.zero && numeric {
        b'='
    } else if numeric {
        b'>'
    } else {
        b'<'
    });
    let n = sp.width.saturating_sub(len);
    let mut fill = Vec::new();
    let mut buf = [0u8; 4];
    let fc = fill_char.encode_utf8(&mut buf).as_bytes();
    let push_fill = |k: usize, out: &mut Vec<u8>| {
        for _ in 0..k {
            out.extend_from_slice(fc);
        }
    };
    match align {
        b'<' => {
            out.extend_from_slice(sign);
            out.extend_from_slice(body);
            push_fill(n, out);
        }
        b'^' => {
            push_fill(n / 2, out);
            out.extend_from_slice(sign);
            out.extend_from_slice(body);
            push_fill(n - n / 2, out);
        }
        b'=' => {
            out.extend_from_slice(sign);
            push_fill(n, &mut fill);
            out.extend_from_slice(&fill);
            out.extend_from_slice(body);
        }
        _ => {
            push_fill(n, out);
            out.extend_from_slice(sign);
            out.extend_from_slice(body);
        }
    }
}

fn sign_of(neg: bool, sp: &Spec) -> &'static [u8] {
    if neg {
        b"-"
    } else {
        match sp.sign {
            b'+' => b"+",
            b' ' => b" ",
            _ => b"",
        }
    }
}

fn format_int(v: Word, sp: &Spec, out: &mut Vec<u8>) -> R<()> {
    let neg = int::is_negative(v);
    let mag = int::to_big(v).abs();
    let (radix, prefix): (u32, &[u8]) = match sp.ty {
        b'b' => (2, b"0b"),
        b'o' => (8, b"0o"),
        b'x' => (16, b"0x"),
        b'X' => (16, b"0X"),
        b'c' => {
            let c = int::as_i64(v)
                .and_then(|c| char::from_u32(c as u32))
                .unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            pad(sp, b"", c.encode_utf8(&mut buf).as_bytes(), false, out);
            return Ok(());
        }
        _ => (10, b""),
    };
    let mut digits = mag.to_string_radix(radix);
    if sp.ty == b'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(g) = sp.grouping {
        digits = group_digits(&digits, g, if radix == 10 { 3 } else { 4 });
    }
    let mut sign = sign_of(neg, sp).to_vec();
    if sp.alt {
        sign.extend_from_slice(prefix);
    }
    pad(sp, &sign, &digits, true, out);
    Ok(())
}

fn format_float(x: f64, sp: &Spec, out: &mut Vec<u8>) {
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = sp.ty.is_ascii_uppercase();
    let mut body = match sp.ty {
        b'f' | b'F' => {
            let mut b = floatfmt::fixed(a, sp.precision.unwrap_or(6));
            if upper {
                b.make_ascii_uppercase();
            }
            b
        }
        b'e' | b'E' => floatfmt::exponent(a, sp.precision.unwrap_or(6), upper),
        b'g' | b'G' | b'n' => floatfmt::general(a, sp.precision.unwrap_or(6), upper, sp.alt),
        b'%' => {
            let mut b = floatfmt::fixed(a * 100.0, sp.precision.unwrap_or(6));
            b.push(b'%');
            b
        }
        _ => match sp.precision {
            None => floatfmt::repr(a),
            Some(p) => {
                let mut b = floatfmt::general(a, p, false, sp.alt);
                if a.is_finite() && !b.iter().any(|&c| c == b'.' || c == b'e') {
                    b.extend_from_slice(b".0");
                }
                b
            }
        },
    };
    if let Some(g) = sp.grouping {
        let int_end = body
            .iter()
            .position(|&c| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let mut grouped = group_digits(&body[..int_end], g, 3);
        grouped.extend_from_slice(&body[int_end..]);
        body = grouped;
    }
    pad(sp, sign_of(neg, sp), &body, true, out);
}

pub fn format_into(v: Word, spec: &str, out: &mut Vec<u8>) -> R<()> {
    if spec.is_empty() {
        return repr::write_str(v, out);
    }
    if is_tag(v, tag::BYTES) {
        return Err(exc::type_error(&[
            b"unsupported format string passed to bytes.__format__",
        ]));
    }
    let Some(sp) = parse_spec(spec) else {
        return Err(exc::value_error(&[
            b"Invalid format specifier '",
            spec.as_bytes(),
            b"' for object of type '",
            type_name(v).as_bytes(),
            b"'",
        ]));
    };
    if int::is_int(v) && !matches!(sp.ty, b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%') {
        if matches!(sp.ty, 0 | b'd' | b'n' | b'b' | b'o' | b'x' | b'X' | b'c') {
            if sp.precision.is_some() {
                return Err(exc::value_error(&[
                    b"Precision not allowed in integer format specifier",
                ]));
            }
            return format_int(v, &sp, out);
        }
    } else if num::is_number(v)
        && matches!(
            sp.ty,
            0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' | b'n'
        )
    {
        format_float(num::to_f64(v)?, &sp, out);
        return Ok(());
    } else if !num::is_number(v) && matches!(sp.ty, 0 | b's') {
        let mut s = Vec::new();
        repr::write_str(v, &mut s)?;
        if let Some(p) = sp.precision {
            let end = s
                .iter()
                .enumerate()
                .filter(|&(_, &c)| (c & 0xC0) != 0x80)
                .nth(p)
                .map_or(s.len(), |(i, _)| i);
            s.truncate(end);
        }
        pad(&sp, b"", &s, false, out);
        return Ok(());
    }
    let mut ty = Vec::new();
    text::push_char(&mut ty, sp.ty as u32);
    Err(exc::value_error(&[
        b"Unknown format code '",
        &ty,
        b"' for object of type '",
        type_name(v).as_bytes(),
        b"'",
    ]))
}

/// `fmt % args`.
pub fn percent(fmt: Word, args: Word) -> R<Word> {
    let f = str_bytes(fmt);
    let items: Vec<Word> = if is_tag(args, tag::TUPLE) {
        tuple_items(args).to_vec()
    } else {
        alloc::vec![args]
    };
    let mapping = is_tag(args, tag::DICT);
    let mut next = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut value = None;
        if f.get(i) == Some(&b'(') {
            let close = f[i..].iter().position(|&c| c == b')').map(|p| p + i);
            let Some(close) = close else {
                return Err(exc::value_error(&[b"incomplete format key"]));
            };
            let key = text::new_str(&f[i + 1..close])?;
            if !mapping {
                return Err(exc::type_error(&[b"format requires a mapping"]));
            }
            value = Some(crate::containers::getitem(args, key)?);
            i = close + 1;
        }
        let mut sp = Spec::default();
        while let Some(&fl) = f.get(i) {
            match fl {
                b'-' => sp.align = Some(b'<'),
                b'0' => sp.zero = true,
                b'+' => sp.sign = b'+',
                b' ' if sp.sign != b'+' => sp.sign = b' ',
                b'#' => sp.alt = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(&d) = f.get(i).filter(|d| d.is_ascii_digit()) {
            sp.width = sp.width * 10 + (d - b'0') as usize;
            i += 1;
        }
        if f.get(i) == Some(&b'.') {
            i += 1;
            let mut p = 0;
            while let Some(&d) = f.get(i).filter(|d| d.is_ascii_digit()) {
                p = p * 10 + (d - b'0') as usize;
                i += 1;
            }
            sp.precision = Some(p);
        }
        let Some(&conv) = f.get(i) else {
            return Err(exc::value_error(&[b"incomplete format"]));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => {
                let Some(&v) = items.get(next) else {
                    return Err(exc::type_error(&[
                        b"not enough arguments for format string",
                    ]));
                };
                next += 1;
                v
            }
        };
        if sp.align == Some(b'<') {
            sp.zero = false;
        }
        match conv {
            b's' | b'r' | b'a' => {
                let mut s = Vec::new();
                if conv == b's' {
                    repr::write_str(v, &mut s)?
                } else {
                    repr::write_repr(v, &mut s)?
                }
                if let Some(p) = sp.precision {
                    let end = s
                        .iter()
                        .enumerate()
                        .filter(|&(_, &c)| (c & 0xC0) != 0x80)
                        .nth(p)
                        .map_or(s.len(), |(i, _)| i);
                    s.truncate(end);
                }
                sp.zero = false;
                pad(&sp, b"", &s, false, &mut out);
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'c' => {
                let iv = if int::is_int(v) {
                    v
                } else if num::is_float(v) && conv != b'c' {
                    let x = crate::num::to_f64(v)?;
                    int::from_big(&crate::bigint::BigInt::from_f64(x))?
                } else {
                    let c = alloc::vec![conv];
                    return Err(exc::type_error(&[
                        b"%",
                        &c,
                        b" format: a real number is required, not ",
                        type_name(v).as_bytes(),
                    ]));
                };
                sp.ty = match conv {
                    b'x' | b'X' | b'o' | b'c' => conv,
                    _ => b'd',
                };
                if let Some(p) = sp.precision.take() {
                    let mut digits = Vec::new();
                    format_int(
                        iv,
                        &Spec {
                            ty: sp.ty,
                            ..Spec::default()
                        },
                        &mut digits,
                    )?;
                    let neg = digits.first() == Some(&b'-');
                    let d = if neg { &digits[1..] } else { &digits[..] };
                    let mut body = alloc::vec![b'0'; p.saturating_sub(d.len())];
                    body.extend_from_slice(d);
                    pad(&sp, sign_of(neg, &sp), &body, true, &mut out);
                } else {
                    format_int(iv, &sp, &mut out)?;
                }
            }
            b'f' | b'F' | b'e' | b'E' | b'g' | b'G' => {
                if !num::is_number(v) {
                    return Err(exc::type_error(&[
                        b"must be real number, not ",
                        type_name(v).as_bytes(),
                    ]));
                }
                sp.ty = conv;
                format_float(num::to_f64(v)?, &sp, &mut out);
            }
            _ => {
                let mut m = Vec::new();
                m.extend_from_slice(b"unsupported format character '");
                m.push(conv);
                m.extend_from_slice(b"'");
                return Err(exc::value_error(&[&m]));
            }
        }
    }
    if next < items.len() && !mapping {
        return Err(exc::type_error(&[
            b"not all arguments converted during string formatting",
        ]));
    }
    text::from_string(out)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_format(v: Word, spec: Word) -> Word {
    let spec = if text::is_str(spec) { str_of(spec) } else { "" };
    let mut out = Vec::new();
    match format_into(v, spec, &mut out) {
        Ok(()) => exc::ret(text::from_string(out)),
        Err(_) => EXC,
    }
}
