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
