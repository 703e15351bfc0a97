//! The object layout inline fast paths read (ABI.md "Inline fast paths"), mirroring the runtime's
//! `fastpath.rs` (byte offsets) and `object.rs` (tags); the test below compares them with those
//! files. Generated code addresses a field of the object of word `w` as `i32.wrap(w)` (the
//! address plus the heap tag 1) with the memory offset `field - 1`.
use wasm_encoder::{MemArg, MemArgTarget};

pub const HEADER_TAG: u64 = 4;
pub const HEADER_FLAGS: u64 = 6;
pub const TUPLE_LEN: u64 = 8;
pub const TUPLE_ITEMS: u64 = 16;
pub const STR_BLEN: u64 = 8;
pub const STR_CLEN: u64 = 12;
pub const STR_BYTES: u64 = 24;
pub const LIST_ITEMS: u64 = 12;
pub const LIST_LEN: u64 = 16;

/// Object tags (`object.rs`, `mod tag`).
pub const TAG_STR: i32 = 3;
pub const TAG_TUPLE: i32 = 4;
pub const TAG_LIST: i32 = 5;

/// Header flag of a str whose bytes are all ASCII.
pub const STR_ASCII: i32 = 1;

/// The memory operand of field `offset` of an object addressed by `i32.wrap(word)`.
pub fn field(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset: offset - 1,
        align,
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `pub const NAME: TYPE = VALUE;` in `source`.
    fn constant(source: &str, name: &str) -> u64 {
        let prefix = format!("pub const {name}: ");
        let line = source
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("{name} not found"));
        let value = line.rsplit('=').next().unwrap_or("");
        value.trim().trim_end_matches(';').parse().unwrap()
    }

    #[test]
    fn offsets_and_tags_match_the_runtime() {
        let fastpath = include_str!("../../../runtime/src/fastpath.rs");
        for (name, value) in [
            ("HEADER_TAG", HEADER_TAG),
            ("HEADER_FLAGS", HEADER_FLAGS),
            ("TUPLE_LEN", TUPLE_LEN),
            ("TUPLE_ITEMS", TUPLE_ITEMS),
            ("STR_BLEN", STR_BLEN),
            ("STR_CLEN", STR_CLEN),
            ("STR_BYTES", STR_BYTES),
            ("LIST_ITEMS", LIST_ITEMS),
            ("LIST_LEN", LIST_LEN),
        ] {
            assert_eq!(constant(fastpath, name), value, "{name}");
        }
        let object = include_str!("../../../runtime/src/object.rs");
        for (name, value) in [("STR", TAG_STR), ("TUPLE", TAG_TUPLE), ("LIST", TAG_LIST)] {
            assert_eq!(constant(object, name), value as u64, "tag {name}");
        }
        assert_eq!(constant(object, "STR_ASCII"), STR_ASCII as u64);
    }
}
