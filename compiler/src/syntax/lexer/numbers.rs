//! Numerals: decimal digits of any script (mixed too), `_` separators, `0x`/`0o`/`0b`, one `.`
//! fraction and an `e` exponent, with Python's rules for what is valid.
use super::chars::{digit_value, is_ident_continue};
use crate::syntax::token::TokenKind;

/// Literals in base 2, 8 or 16 are converted to decimal text; beyond this many bits the
/// (quadratic) conversion is refused with `InvalidNumber`.
const MAX_RADIX_BITS: usize = 65_536;

/// Scans the numeral starting at `start` (a decimal digit). Returns where it ends and the token,
/// or `None` if it is not a valid numeral (the end then covers the whole malformed word).
pub(super) fn scan(text: &str, start: usize) -> (usize, Option<TokenKind>) {
    if let Some(end) = plain_ascii_integer(text.as_bytes(), start) {
        return (end, Some(TokenKind::Int(text[start..end].to_string())));
    }
    let mut cursor = Cursor { text, pos: start };
    let kind = match radix_prefix(text, start) {
        Some((radix, prefix_len)) => {
            cursor.pos += prefix_len;
            radix_literal(&mut cursor, radix)
        }
        None => decimal_literal(&mut cursor),
    };
    // Python: a numeral directly followed by a name character (`1abc`, `0b12`, `1_`) is invalid.
    if cursor.peek().is_some_and(is_ident_continue) {
        while cursor.peek().is_some_and(is_ident_continue) {
            cursor.bump();
        }
        return (cursor.pos, None);
    }
    (cursor.pos, kind)
}

/// The end of the common numeral made only of ASCII digits (no leading zero, `_`, fraction,
/// exponent or prefix) that starts at `start`, if it is one: it is its own decimal text.
fn plain_ascii_integer(bytes: &[u8], start: usize) -> Option<usize> {
    let len = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = start + len;
    let ends_here = match bytes.get(end) {
        None => true,
        Some(&b) => b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_' && b != b'.',
    };
    (len > 0 && ends_here && (len == 1 || bytes[start] != b'0')).then_some(end)
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.text[self.pos..].chars().nth(1)
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    /// Digits valid for `value_of`, single `_` allowed between digits (and, with
    /// `after_prefix`, before the first one: `0x_1f`).
    fn digits(
        &mut self,
        value_of: impl Fn(char) -> Option<u32>,
        after_prefix: bool,
        out: &mut Vec<u32>,
    ) {
        let mut underscore_allowed = after_prefix;
        loop {
            match self.peek() {
                Some(c) if value_of(c).is_some() => {
                    out.extend(value_of(c));
                    self.bump();
                    underscore_allowed = true;
                }
                Some('_')
                    if underscore_allowed
                        && self.peek_second().is_some_and(|c| value_of(c).is_some()) =>
                {
                    self.bump();
                }
                _ => return,
            }
        }
    }
}

/// `0x`, `0o`, `0b` (the zero may be of any script, the letter is ASCII).
fn radix_prefix(text: &str, start: usize) -> Option<(u32, usize)> {
    let mut chars = text[start..].chars();
    let zero = chars.next()?;
    if digit_value(zero) != Some(0) {
        return None;
    }
    let radix = match chars.next()? {
        'x' | 'X' => 16,
        'o' | 'O' => 8,
        'b' | 'B' => 2,
        _ => return None,
    };
    Some((radix, zero.len_utf8() + 1))
}

fn radix_literal(cursor: &mut Cursor, radix: u32) -> Option<TokenKind> {
    let value_of = |c: char| {
        digit_value(c)
            .or_else(|| {
                (radix == 16 && c.is_ascii_hexdigit())
                    .then(|| c.to_digit(16))
                    .flatten()
            })
            .filter(|&d| d < radix)
    };
    let mut digits = Vec::new();
    cursor.digits(value_of, true, &mut digits);
    let bits_per_digit = radix.trailing_zeros() as usize;
    if digits.is_empty() || digits.len() * bits_per_digit > MAX_RADIX_BITS {
        return None;
    }
    Some(TokenKind::Int(to_decimal(&digits, radix)))
}

fn decimal_literal(cursor: &mut Cursor) -> Option<TokenKind> {
    let mut integer = Vec::new();
    cursor.digits(digit_value, false, &mut integer);
    let mut fraction = None;
    if cursor.peek() == Some('.') && cursor.peek_second() != Some('.') {
        cursor.bump();
        let mut digits = Vec::new();
        cursor.digits(digit_value, false, &mut digits);
        fraction = Some(digits);
    }
    let mut exponent = None;
    if let Some('e' | 'E') = cursor.peek() {
        let after = &cursor.text[cursor.pos + 1..];
        let sign = after.chars().next().filter(|c| matches!(c, '+' | '-'));
        let digits_start = 1 + sign.map_or(0, |_| 1);
        if cursor.text[cursor.pos + digits_start..]
            .chars()
            .next()
            .is_some_and(|c| digit_value(c).is_some())
        {
            cursor.pos += digits_start;
            let mut digits = Vec::new();
            cursor.digits(digit_value, false, &mut digits);
            exponent = Some((sign, digits));
        }
    }
    let ascii = |digits: &[u32]| -> String {
        digits
            .iter()
            .filter_map(|&d| char::from_digit(d, 10))
            .collect()
    };
    if fraction.is_none() && exponent.is_none() {
        // `007` is invalid (use 0o7); `000` is zero.
        if integer.len() > 1 && integer[0] == 0 && integer.iter().any(|&d| d != 0) {
            return None;
        }
        return Some(TokenKind::Int(ascii(&integer)));
    }
    // `.5` (no integer part) is `0.5`.
    let mut text = if integer.is_empty() {
        "0".to_string()
    } else {
        ascii(&integer)
    };
    if let Some(fraction) = fraction {
        text.push('.');
        text.push_str(if fraction.is_empty() { "0" } else { "" });
        text.push_str(&ascii(&fraction));
    }
    if let Some((sign, digits)) = exponent {
        text.push('e');
        text.extend(sign);
        text.push_str(&ascii(&digits));
    }
    Some(TokenKind::Float(text))
}

/// Digits in base `radix` (most significant first) as decimal text.
fn to_decimal(digits: &[u32], radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs; digits are fed in chunks that keep products in a u64.
    let mut limbs: Vec<u64> = vec![0];
    let chunk = match radix {
        2 => 29,
        8 => 10,
        _ => 7,
    };
    for group in digits.chunks(chunk) {
        let mut scale = 1u64;
        let mut value = 0u64;
        for &d in group {
            scale *= u64::from(radix);
            value = value * u64::from(radix) + u64::from(d);
        }
        let mut carry = value;
        for limb in limbs.iter_mut() {
            let product = *limb * scale + carry;
            *limb = product % LIMB;
            carry = product / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut text = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        text.push_str(&top.to_string());
    }
    for limb in iter {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Option<TokenKind> {
        let (end, kind) = scan(text, 0);
        assert_eq!(end, text.len(), "whole of {text:?} consumed");
        kind
    }

    fn int(s: &str) -> Option<TokenKind> {
        Some(TokenKind::Int(s.into()))
    }

    fn float(s: &str) -> Option<TokenKind> {
        Some(TokenKind::Float(s.into()))
    }

    #[test]
    fn valid_numerals() {
        assert_eq!(lex("42"), int("42"));
        assert_eq!(lex("४२"), int("42"));
        assert_eq!(lex("4२"), int("42"));
        assert_eq!(lex("١_٠٠٠"), int("1000"));
        assert_eq!(lex("000"), int("000"));
        assert_eq!(lex("0x_1f"), int("31"));
        assert_eq!(lex("0o777"), int("511"));
        assert_eq!(lex("0b1010"), int("10"));
        assert_eq!(
            lex("0xFFFFFFFFFFFFFFFFFFFF"),
            int("1208925819614629174706175")
        );
        assert_eq!(lex("३.५"), float("3.5"));
        assert_eq!(lex("1."), float("1.0"));
        assert_eq!(lex("1.e5"), float("1.0e5"));
        assert_eq!(lex("1e-1_0"), float("1e-10"));
        assert_eq!(lex("007.5"), float("007.5"));
        assert_eq!(lex("１２"), int("12"));
        assert_eq!(lex(".5"), float("0.5"));
    }

    #[test]
    fn invalid_numerals() {
        for text in [
            "007", "1__0", "1_", "0b12", "0x", "1e", "1.real", "1._5", "12abc", "3j",
        ] {
            assert_eq!(lex(text), None, "{text}");
        }
    }

    #[test]
    fn stops_before_operators() {
        assert_eq!(scan("1+2", 0), (1, int("1")));
        assert_eq!(scan("1..2", 0), (1, int("1")));
        assert_eq!(scan("2e+", 0), (2, None));
    }
}
