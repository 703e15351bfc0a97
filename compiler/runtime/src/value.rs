//! The value word (see ABI.md "The value word").

pub type Word = u64;

pub const NONE: Word = 0x03;
pub const FALSE: Word = 0x0B;
pub const TRUE: Word = 0x13;
pub const NOT_IMPLEMENTED: Word = 0x1B;
pub const ELLIPSIS: Word = 0x23;
/// "An exception is pending" return marker.
pub const EXC: Word = 0x07;
/// An unassigned slot; also "iterator exhausted" from `mlrt_next`.
pub const UNBOUND: Word = 0x0F;

/// Small ints are `[-2^62, 2^62)`.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

#[inline]
pub fn is_small(w: Word) -> bool {
    w & 1 == 0
}

#[inline]
pub fn small_value(w: Word) -> i64 {
    (w as i64) >> 1
}

/// Caller guarantees `SMALL_MIN <= v <= SMALL_MAX`.
#[inline]
pub fn small(v: i64) -> Word {
    (v << 1) as Word
}

#[inline]
pub fn fits_small(v: i64) -> bool {
    (SMALL_MIN..=SMALL_MAX).contains(&v)
}

#[inline]
pub fn is_heap(w: Word) -> bool {
    w & 7 == 1
}

#[inline]
pub fn heap_addr(w: Word) -> usize {
    (w & !7) as usize
}

#[inline]
pub fn from_addr(addr: usize) -> Word {
    addr as Word | 1
}

#[inline]
pub fn bool_word(b: bool) -> Word {
    if b { TRUE } else { FALSE }
}

#[inline]
pub fn is_bool(w: Word) -> bool {
    w == TRUE || w == FALSE
}

/// Immediate floats (ABI.md "The value word"): a float whose exponent is within
/// `[2^-127, 2^129)`, or a zero, is the word `payload << 3 | 0b101` where `payload` is its bits
/// rotated left by one (sign last) minus `FLOAT_EXPONENT_OFFSET`; payloads 0 and 1 are +0.0 and
/// -0.0. Every other float (tiny, huge, inf, nan, and ±2^-127 whose payload would be 0 or 1) is a
/// heap object.
pub const FLOAT_TAG: Word = 0b101;
pub const FLOAT_EXPONENT_OFFSET: u64 = 896 << 53;

#[inline]
pub fn is_imm_float(w: Word) -> bool {
    w & 7 == FLOAT_TAG
}

#[inline]
pub fn imm_float_value(w: Word) -> f64 {
    let payload = w >> 3;
    let rotated = if payload > 1 {
        payload + FLOAT_EXPONENT_OFFSET
    } else {
        payload
    };
    f64::from_bits(rotated.rotate_right(1))
}

/// The immediate word of `v`, when it has one.
#[inline]
pub fn imm_float(v: f64) -> Option<Word> {
    let rotated = v.to_bits().rotate_left(1);
    let payload = rotated.wrapping_sub(FLOAT_EXPONENT_OFFSET);
    if payload.wrapping_sub(2) < (1 << 61) - 2 {
        return Some(payload << 3 | FLOAT_TAG);
    }
    if rotated < 2 {
        return Some(rotated << 3 | FLOAT_TAG);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediate_floats_round_trip_exactly() {
        let samples = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            3.141592653589793,
            1e-38,
            -3.4e38,
            f64::from_bits(0x3801_0000_0000_0001),
            f64::from_bits(0x47EF_FFFF_FFFF_FFFF),
        ];
        for v in samples {
            let w = imm_float(v).unwrap_or_else(|| panic!("{v} is not immediate"));
            assert!(is_imm_float(w) && !is_heap(w) && !is_small(w));
            assert_eq!(imm_float_value(w).to_bits(), v.to_bits(), "{v}");
        }
    }

    #[test]
    fn floats_beyond_the_window_are_not_immediate() {
        let two_pow = |e: i32| libm_free_pow2(e);
        for v in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            -1e-300,
            5e-324,
            two_pow(-127),
            -two_pow(-127),
            two_pow(129),
            f64::from_bits(0x37FF_FFFF_FFFF_FFFF),
        ] {
            assert_eq!(imm_float(v), None, "{v}");
        }
        assert!(imm_float(two_pow(-126)).is_some());
        assert!(imm_float(two_pow(128)).is_some());
        assert!(imm_float(f64::from_bits(0x3800_0000_0000_0001)).is_some());
    }

    fn libm_free_pow2(e: i32) -> f64 {
        f64::from_bits(((1023 + e) as u64) << 52)
    }

    #[test]
    fn zero_words_are_distinct_from_other_immediates() {
        assert_eq!(imm_float(0.0), Some(0x05));
        assert_eq!(imm_float(-0.0), Some(0x0D));
        for w in [NONE, FALSE, TRUE, NOT_IMPLEMENTED, ELLIPSIS, EXC, UNBOUND] {
            assert!(!is_imm_float(w));
        }
    }
}
