//! What the inline fast paths of generated code rely on (ABI.md "Inline fast paths"): the byte
//! offsets of the object fields it reads, checked here (at compile time where Rust allows it,
//! when the runtime starts for the layout of `Vec`), and the pure helpers it calls.

#[cfg(target_arch = "wasm32")]
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// Byte offsets on wasm32, from the object's address (`word & !7`).
pub const HEADER_TAG: usize = 4;
/// u16; for a str, bit `STR_ASCII` (1) is set when every byte is ASCII.
pub const HEADER_FLAGS: usize = 6;
pub const TUPLE_LEN: usize = 8;
pub const TUPLE_ITEMS: usize = 16;
pub const STR_BLEN: usize = 8;
pub const STR_CLEN: usize = 12;
pub const STR_BYTES: usize = 24;
/// `ListObj::items` is a `Vec<Word>` at offset 8: its words are (capacity, pointer, length).
pub const LIST_VEC: usize = 8;
const VEC_PTR_WORD: usize = 1;
const VEC_LEN_WORD: usize = 2;
/// The address of the items buffer (u32) and the number of items (u32).
pub const LIST_ITEMS: usize = 12;
pub const LIST_LEN: usize = 16;

const _: () = {
    assert!(LIST_ITEMS == LIST_VEC + 4 * VEC_PTR_WORD);
    assert!(LIST_LEN == LIST_VEC + 4 * VEC_LEN_WORD);
};

#[cfg(target_arch = "wasm32")]
const _: () = {
    use core::mem::offset_of;
    assert!(offset_of!(Header, tag) == HEADER_TAG);
    assert!(offset_of!(Header, flags) == HEADER_FLAGS);
    assert!(STR_ASCII == 1);
    assert!(offset_of!(TupleObj, len) == TUPLE_LEN);
    assert!(offset_of!(TupleObj, items) == TUPLE_ITEMS);
    assert!(offset_of!(StrObj, blen) == STR_BLEN);
    assert!(offset_of!(StrObj, clen) == STR_CLEN);
    assert!(offset_of!(StrObj, bytes) == STR_BYTES);
    assert!(offset_of!(ListObj, items) == LIST_VEC);
    assert!(core::mem::size_of::<Vec<Word>>() == 12);
};

/// Whether a `Vec<Word>` keeps its buffer pointer and length in the words `LIST_ITEMS` and
/// `LIST_LEN` assume (the layout of `Vec` is not fixed by Rust, so it is checked at run time).
pub fn vec_layout_matches() -> bool {
    let mut probe: Vec<Word> = Vec::with_capacity(3);
    probe.push(NONE);
    let words: [usize; 3] = unsafe { core::mem::transmute_copy(&probe) };
    words[VEC_PTR_WORD] == probe.as_ptr() as usize && words[VEC_LEN_WORD] == 1
}

/// Called by `mlrt_init`: a runtime built with a `Vec` layout that generated code does not
/// expect stops before running anything.
pub fn check_layout() {
    if !vec_layout_matches() {
        crate::io::write_stderr(b"mlrt: internal error: list layout differs from ABI.md\n");
        #[cfg(target_arch = "wasm32")]
        core::arch::wasm32::unreachable();
    }
}

/// `x ** y` of two floats as `libm::pow` computes it (the inline path calls it only for `x > 0`,
/// where Python raises nothing but OverflowError, which it checks itself).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_pow_f64(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

#[cfg(test)]
mod tests {
    #[test]
    fn vec_layout_is_the_one_generated_code_reads() {
        assert!(super::vec_layout_matches());
    }
}
