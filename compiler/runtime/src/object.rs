//! Heap object layouts (private to the runtime; generated code only sees words).

use crate::dict::Dict;
use crate::value::*;
use alloc::vec::Vec;

#[repr(C)]
pub struct Header {
    /// Next object in the collector's list of all objects.
    pub next: *mut Header,
    pub tag: u8,
    pub mark: u8,
    pub flags: u16,
}

pub mod tag {
    pub const FLOAT: u8 = 1;
    pub const BIGINT: u8 = 2;
    pub const STR: u8 = 3;
    pub const TUPLE: u8 = 4;
    pub const LIST: u8 = 5;
    pub const DICT: u8 = 6;
    pub const SET: u8 = 7;
    pub const RANGE: u8 = 8;
    pub const SLICE: u8 = 9;
    pub const TYPE: u8 = 10;
    pub const EXCEPTION: u8 = 11;
    pub const ITER: u8 = 12;
    pub const DICT_VIEW: u8 = 13;
    pub const FROZENSET: u8 = 14;
    pub const FUNCTION: u8 = 15;
    pub const BOUND: u8 = 16;
    pub const CLASS: u8 = 17;
    pub const INSTANCE: u8 = 18;
    pub const WRAPPER: u8 = 19;
    pub const BYTES: u8 = 20;
    pub const GENERATOR: u8 = 21;
}

#[repr(C)]
pub struct FloatObj {
    pub h: Header,
    pub v: f64,
}

/// Sign in `h.flags` (1 = negative); magnitude limbs little-endian, never zero-length, no top zero.
#[repr(C)]
pub struct BigObj {
    pub h: Header,
    pub len: u32,
    pub _pad: u32,
    pub limbs: [u32; 0],
}

pub const STR_ASCII: u16 = 1;

/// `h.flags & STR_ASCII` when every byte is ASCII (then char index = byte index).
#[repr(C)]
pub struct StrObj {
    pub h: Header,
    pub blen: u32,
    pub clen: u32,
    /// Cached hash + 1 (0 = not computed yet).
    pub hash: u64,
    pub bytes: [u8; 0],
}

/// An immutable `bytes` value.
#[repr(C)]
pub struct BytesObj {
    pub h: Header,
    pub len: u32,
    pub _pad: u32,
    /// Cached hash + 1 (0 = not computed yet).
    pub hash: u64,
    pub data: [u8; 0],
}

#[repr(C)]
pub struct TupleObj {
    pub h: Header,
    pub len: u32,
    pub _pad: u32,
    pub items: [Word; 0],
}

#[repr(C)]
pub struct ListObj {
    pub h: Header,
    pub items: Vec<Word>,
}

/// DICT, SET and FROZENSET (sets keep `NONE` values).
#[repr(C)]
pub struct DictObj {
    pub h: Header,
    pub d: Dict,
}

#[repr(C)]
pub struct RangeObj {
    pub h: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

#[repr(C)]
pub struct SliceObj {
    pub h: Header,
    pub start: Word,
    pub stop: Word,
    pub step: Word,
}

/// Builtin classes: exception kinds (0..) and builtin types (`crate::exc::TYPE_*`).
#[repr(C)]
pub struct TypeObj {
    pub h: Header,
    pub kind: u32,
}

#[repr(C)]
pub struct TbEntry {
    pub file: Word,
    pub name: Word,
    pub line: u32,
}

/// A builtin exception, or an instance of a user class deriving from one (`cls` set).
#[repr(C)]
pub struct ExcObj {
    pub h: Header,
    pub kind: u32,
    pub args: Word,
    pub traceback: Vec<TbEntry>,
    /// The user class, or UNBOUND for a builtin exception.
    pub cls: Word,
    /// Attribute dict, or UNBOUND until an attribute is set.
    pub dict: Word,
    /// `__cause__` / `__context__` (UNBOUND = none set; NONE after `raise ... from None`).
    pub cause: Word,
    pub context: Word,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: bool,
}

/// `h.flags`: how the code at `table_index` is called (`crate::call::FN_*`).
#[repr(C)]
pub struct FunctionObj {
    pub h: Header,
    pub table_index: u32,
    pub _pad: u32,
    pub name: Word,
    pub closure: Word,
}

/// A method bound to `receiver`; `h.flags` says what `func` is (`crate::call::BOUND_*`).
#[repr(C)]
pub struct BoundObj {
    pub h: Header,
    pub func: Word,
    pub receiver: Word,
}

/// A user class: `mro` is a tuple starting with the class itself and ending with builtin class
/// objects (`object`, or the chain of a builtin exception); `base_kind` is the builtin layout
/// its instances have (`crate::exc::T_OBJECT` or an exception kind).
#[repr(C)]
pub struct ClassObj {
    pub h: Header,
    pub base_kind: u32,
    pub _pad: u32,
    pub name: Word,
    pub bases: Word,
    pub mro: Word,
    pub dict: Word,
}

/// An instance of a user class (or of `object`): its class and attribute dict.
#[repr(C)]
pub struct InstanceObj {
    pub h: Header,
    pub cls: Word,
    pub dict: Word,
}

/// staticmethod / classmethod / property / super objects; `h.flags` = `crate::class::W_*`.
#[repr(C)]
pub struct WrapperObj {
    pub h: Header,
    pub a: Word,
    pub b: Word,
    pub c: Word,
}

/// Iterators; `h.flags` is the kind (`crate::iter::K_*`).
#[repr(C)]
pub struct IterObj {
    pub h: Header,
    pub src: Word,
    pub aux: Word,
    pub i: i64,
    pub n: i64,
}

/// `dict.keys()/values()/items()`; `h.flags`: 0 keys, 1 values, 2 items.
#[repr(C)]
pub struct ViewObj {
    pub h: Header,
    pub dict: Word,
}

#[inline]
pub fn header(w: Word) -> &'static mut Header {
    unsafe { &mut *(heap_addr(w) as *mut Header) }
}

#[inline]
pub fn tag_of(w: Word) -> u8 {
    if is_heap(w) {
        header(w).tag
    } else if is_imm_float(w) {
        tag::FLOAT
    } else {
        0
    }
}

#[inline]
pub fn is_tag(w: Word, t: u8) -> bool {
    if is_heap(w) {
        header(w).tag == t
    } else {
        t == tag::FLOAT && is_imm_float(w)
    }
}

#[inline]
pub fn obj<T>(w: Word) -> &'static mut T {
    unsafe { &mut *(heap_addr(w) as *mut T) }
}

/// The value of a float (immediate or boxed).
pub fn float_of(w: Word) -> f64 {
    if is_imm_float(w) {
        imm_float_value(w)
    } else {
        obj::<FloatObj>(w).v
    }
}

pub fn str_bytes(w: Word) -> &'static [u8] {
    let s = obj::<StrObj>(w);
    unsafe { core::slice::from_raw_parts(s.bytes.as_ptr(), s.blen as usize) }
}

pub fn str_of(w: Word) -> &'static str {
    unsafe { core::str::from_utf8_unchecked(str_bytes(w)) }
}

pub fn bytes_data(w: Word) -> &'static [u8] {
    let b = obj::<BytesObj>(w);
    unsafe { core::slice::from_raw_parts(b.data.as_ptr(), b.len as usize) }
}

pub fn tuple_items(w: Word) -> &'static mut [Word] {
    let t = obj::<TupleObj>(w);
    unsafe { core::slice::from_raw_parts_mut(t.items.as_mut_ptr(), t.len as usize) }
}

pub fn list_items(w: Word) -> &'static mut Vec<Word> {
    &mut obj::<ListObj>(w).items
}

pub fn big_limbs(w: Word) -> &'static [u32] {
    let b = obj::<BigObj>(w);
    unsafe { core::slice::from_raw_parts(b.limbs.as_ptr(), b.len as usize) }
}

pub fn dict_of(w: Word) -> &'static mut Dict {
    &mut obj::<DictObj>(w).d
}

/// Size in bytes of the block holding the object (what `gc::alloc_object` was asked for).
pub fn object_size(h: &Header) -> usize {
    let w = from_addr(h as *const Header as usize);
    use core::mem::size_of;
    match h.tag {
        tag::FLOAT => size_of::<FloatObj>(),
        tag::BIGINT => size_of::<BigObj>() + 4 * obj::<BigObj>(w).len as usize,
        tag::STR => size_of::<StrObj>() + obj::<StrObj>(w).blen as usize,
        tag::BYTES => size_of::<BytesObj>() + obj::<BytesObj>(w).len as usize,
        tag::GENERATOR => crate::generator::size(w),
        tag::TUPLE => size_of::<TupleObj>() + 8 * obj::<TupleObj>(w).len as usize,
        tag::LIST => size_of::<ListObj>(),
        tag::DICT | tag::SET | tag::FROZENSET => size_of::<DictObj>(),
        tag::RANGE => size_of::<RangeObj>(),
        tag::SLICE => size_of::<SliceObj>(),
        tag::TYPE => size_of::<TypeObj>(),
        tag::EXCEPTION => size_of::<ExcObj>(),
        tag::ITER => size_of::<IterObj>(),
        tag::DICT_VIEW => size_of::<ViewObj>(),
        tag::FUNCTION => size_of::<FunctionObj>(),
        tag::BOUND => size_of::<BoundObj>(),
        tag::CLASS => size_of::<ClassObj>(),
        tag::INSTANCE => size_of::<InstanceObj>(),
        tag::WRAPPER => size_of::<WrapperObj>(),
        _ => 0,
    }
}
