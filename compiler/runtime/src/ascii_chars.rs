//! Interned one-character ASCII strs: every str of one ASCII byte is one of 128 shared objects
//! (as CPython shares its one-character strs), so `s[i]` on ASCII text allocates nothing. They are
//! immortal: allocated outside the collector's object list, never swept.

use crate::exc::{self, R};
use crate::heap::heap;
use crate::object::*;
use crate::value::*;

static mut CHARS: [Word; 128] = [0; 128];

/// The str of the ASCII byte `byte` (< 128).
pub fn ascii_char(byte: u8) -> R<Word> {
    let table = unsafe { &mut *(&raw mut CHARS) };
    let slot = &mut table[usize::from(byte & 0x7F)];
    if *slot != 0 {
        return Ok(*slot);
    }
    let size = core::mem::size_of::<StrObj>() + 1;
    let p = heap().alloc(size) as *mut StrObj;
    if p.is_null() {
        return Err(exc::raise_memory_error());
    }
    unsafe {
        core::ptr::write_bytes(p as *mut u8, 0, size);
        (*p).h.tag = tag::STR;
        (*p).h.flags = STR_ASCII;
        (*p).blen = 1;
        (*p).clen = 1;
        *(*p).bytes.as_mut_ptr() = byte & 0x7F;
    }
    *slot = from_addr(p as usize);
    Ok(*slot)
}
