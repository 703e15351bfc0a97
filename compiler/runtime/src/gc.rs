//! The precise, non-moving mark-sweep collector, object allocation and the shadow stack of frames.
//!
//! Roots: the shadow stack (frames of generated code), the runtime's own roots (`state`). The
//! collector runs only at safepoints (`mlrt_gc_poll`, `mlrt_gc_collect`): see ABI.md.

use crate::exc::{self, R, Raised};
use crate::heap::heap;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;
use core::ptr;

const SHADOW_BYTES: usize = 512 * 1024;
const MIN_THRESHOLD: usize = 2 << 20;

/// `repr(C)`: generated code inlines frame push/pop and the poll test on the first five fields
/// (ABI.md "Inline fast paths"; offsets checked below for wasm32).
#[repr(C)]
pub struct Gc {
    stack_sp: usize,
    stack_end: usize,
    pub depth: u32,
    pub recursion_limit: u32,
    threshold: usize,
    all: *mut Header,
    stack_base: usize,
    /// While set, allocation may exceed the heap limit (to build the MemoryError itself).
    pub emergency: bool,
}

#[cfg(target_arch = "wasm32")]
const _: () = {
    assert!(core::mem::offset_of!(Gc, stack_sp) == 0);
    assert!(core::mem::offset_of!(Gc, stack_end) == 4);
    assert!(core::mem::offset_of!(Gc, depth) == 8);
    assert!(core::mem::offset_of!(Gc, recursion_limit) == 12);
    assert!(core::mem::offset_of!(Gc, threshold) == 16);
};

/// Exported (build.rs) as the i32 global `mlrt_gc_state`: the address of this struct.
#[unsafe(export_name = "mlrt_gc_state")]
static mut GC: Gc = Gc {
    stack_sp: 0,
    stack_end: 0,
    depth: 0,
    recursion_limit: 1000,
    threshold: MIN_THRESHOLD,
    all: ptr::null_mut(),
    stack_base: 0,
    emergency: false,
};

#[allow(clippy::mut_from_ref)]
#[inline]
pub fn gc() -> &'static mut Gc {
    unsafe { &mut *(&raw mut GC) }
}

pub fn init() {
    let g = gc();
    let base = heap().alloc(SHADOW_BYTES) as usize;
    g.stack_base = base;
    g.stack_sp = base;
    g.stack_end = if base == 0 { 0 } else { base + SHADOW_BYTES };
    heap().since_gc = 0;
}

/// A new object of `size` bytes with tag `t`; its body (after the header) is zeroed.
pub fn alloc_object(size: usize, t: u8) -> R<*mut u8> {
    let h = heap();
    let mut p = h.alloc(size);
    if p.is_null() {
        if !gc().emergency {
            return Err(exc::raise_memory_error());
        }
        let limit = h.limit;
        h.limit = usize::MAX;
        p = h.alloc(size);
        h.limit = limit;
        if p.is_null() {
            return Err(Raised);
        }
    }
    unsafe { ptr::write_bytes(p, 0, size) };
    let hd = p as *mut Header;
    let g = gc();
    unsafe {
        (*hd).next = g.all;
        (*hd).tag = t;
    }
    g.all = hd;
    Ok(p)
}

/// Push a frame of `n` slots (initialized to UNBOUND); 0 when the recursion limit or the shadow
/// stack is exhausted (the caller raises).
pub fn frame_push(n: usize) -> usize {
    let g = gc();
    let need = 8 * (n + 1);
    if g.depth >= g.recursion_limit || g.stack_end - g.stack_sp < need {
        return 0;
    }
    let base = g.stack_sp;
    unsafe {
        *(base as *mut Word) = small(g.depth as i64);
        let slots = (base + 8) as *mut Word;
        for i in 0..n {
            *slots.add(i) = UNBOUND;
        }
    }
    g.stack_sp = base + need;
    g.depth += 1;
    base + 8
}

pub fn frame_pop(frame: usize) {
    let g = gc();
    let base = frame - 8;
    if base < g.stack_base || base >= g.stack_sp {
        return;
    }
    g.depth = small_value(unsafe { *(base as *const Word) }) as u32;
    g.stack_sp = base;
}

/// Runtime-internal roots for values held across calls back into user code (which may reach a
/// poll): words pushed on the shadow stack, released when the guard is dropped.
pub struct Roots {
    sp: usize,
    depth: u32,
}

impl Roots {
    pub fn new() -> Roots {
        let g = gc();
        Roots {
            sp: g.stack_sp,
            depth: g.depth,
        }
    }

    /// A guard rooting `words`.
    pub fn of(words: &[Word]) -> R<Roots> {
        let r = Roots::new();
        for &w in words {
            r.push(w)?;
        }
        Ok(r)
    }

    pub fn push(&self, w: Word) -> R<()> {
        let g = gc();
        if g.stack_end - g.stack_sp < 8 {
            return Err(exc::raise(
                exc::RECURSION_ERROR,
                b"maximum recursion depth exceeded",
            ));
        }
        unsafe { *(g.stack_sp as *mut Word) = w };
        g.stack_sp += 8;
        Ok(())
    }
}

impl Default for Roots {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Roots {
    fn drop(&mut self) {
        let g = gc();
        g.stack_sp = self.sp;
        g.depth = self.depth;
    }
}

pub fn poll() {
    if heap().since_gc >= gc().threshold {
        collect();
    }
}

pub fn collect() {
    let mut stack: Vec<Word> = Vec::new();
    let g = gc();
    let mut p = g.stack_base;
    while p < g.stack_sp {
        mark_word(unsafe { *(p as *const Word) }, &mut stack);
        p += 8;
    }
    crate::state::for_each_root(|w| mark_word(w, &mut stack));
    while let Some(w) = stack.pop() {
        trace_children(w, &mut stack);
    }
    drop(stack);
    sweep();
    let h = heap();
    h.since_gc = 0;
    g.threshold = MIN_THRESHOLD.max(h.in_use);
}

#[inline]
fn mark_word(w: Word, stack: &mut Vec<Word>) {
    if is_heap(w) {
        let h = header(w);
        if h.mark == 0 {
            h.mark = 1;
            stack.push(w);
        }
    }
}

fn trace_children(w: Word, stack: &mut Vec<Word>) {
    match header(w).tag {
        tag::TUPLE => {
            for &x in tuple_items(w).iter() {
                mark_word(x, stack);
            }
        }
        tag::LIST => {
            for &x in list_items(w).iter() {
                mark_word(x, stack);
            }
        }
        tag::DICT | tag::SET | tag::FROZENSET => {
            for e in dict_of(w).entries.iter() {
                mark_word(e.key, stack);
                mark_word(e.value, stack);
            }
        }
        tag::SLICE => {
            let s = obj::<SliceObj>(w);
            mark_word(s.start, stack);
            mark_word(s.stop, stack);
            mark_word(s.step, stack);
        }
        tag::EXCEPTION => {
            let e = obj::<ExcObj>(w);
            for x in [e.args, e.cls, e.dict, e.cause, e.context] {
                mark_word(x, stack);
            }
            for t in e.traceback.iter() {
                mark_word(t.file, stack);
                mark_word(t.name, stack);
            }
        }
        tag::FUNCTION => {
            let f = obj::<FunctionObj>(w);
            mark_word(f.name, stack);
            mark_word(f.closure, stack);
        }
        tag::BOUND => {
            let b = obj::<BoundObj>(w);
            mark_word(b.func, stack);
            mark_word(b.receiver, stack);
        }
        tag::CLASS => {
            let c = obj::<ClassObj>(w);
            for x in [c.name, c.bases, c.mro, c.dict] {
                mark_word(x, stack);
            }
        }
        tag::INSTANCE => {
            let i = obj::<InstanceObj>(w);
            mark_word(i.cls, stack);
            mark_word(i.dict, stack);
        }
        tag::WRAPPER => {
            let x = obj::<WrapperObj>(w);
            for y in [x.a, x.b, x.c] {
                mark_word(y, stack);
            }
        }
        tag::ITER => {
            let it = obj::<IterObj>(w);
            mark_word(it.src, stack);
            mark_word(it.aux, stack);
        }
        tag::DICT_VIEW => mark_word(obj::<ViewObj>(w).dict, stack),
        tag::GENERATOR => {
            for x in crate::generator::children(w) {
                mark_word(x, stack);
            }
        }
        _ => {}
    }
}

fn sweep() {
    let g = gc();
    let mut link: *mut *mut Header = &raw mut g.all;
    unsafe {
        while !(*link).is_null() {
            let h = *link;
            if (*h).mark != 0 {
                (*h).mark = 0;
                link = &raw mut (*h).next;
            } else {
                *link = (*h).next;
                release(h);
            }
        }
    }
}

/// Drop the Rust-owned parts of a dead object and free its block.
unsafe fn release(h: *mut Header) {
    let w = from_addr(h as usize);
    let size = object_size(unsafe { &*h });
    unsafe {
        match (*h).tag {
            tag::LIST => ptr::drop_in_place(&raw mut obj::<ListObj>(w).items),
            tag::DICT | tag::SET | tag::FROZENSET => {
                ptr::drop_in_place(&raw mut obj::<DictObj>(w).d)
            }
            tag::EXCEPTION => ptr::drop_in_place(&raw mut obj::<ExcObj>(w).traceback),
            _ => {}
        }
    }
    heap().free(h as *mut u8, size);
}

/// Number of live objects (after a collection) — for tests and diagnostics.
pub fn object_count() -> usize {
    let mut n = 0;
    let mut p = gc().all;
    while !p.is_null() {
        n += 1;
        p = unsafe { (*p).next };
    }
    n
}

#[cfg(test)]
pub fn object_tags() -> Vec<u8> {
    let mut v = Vec::new();
    let mut p = gc().all;
    while !p.is_null() {
        v.push(unsafe { (*p).tag });
        p = unsafe { (*p).next };
    }
    v
}
