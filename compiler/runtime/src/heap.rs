//! The raw allocator over linear memory: size classes with free lists, bump allocation from memory
//! grown on demand, a heap limit. Blocks never move. Used for GC objects (`gc`) and, on wasm, as the
//! Rust global allocator (buffers of lists and dicts).

use core::ptr;

/// Classes: 8..=128 in steps of 8 (16 classes), then four per power of two up to 2^32.
const NCLASSES: usize = 16 + 4 * 25;
const GROW_CHUNK: usize = 256 * 1024;

/// `repr(C)`: generated code reads `since_gc` (offset 0) for the inline poll test.
#[repr(C)]
pub struct Heap {
    /// Bytes handed out since the last collection.
    pub since_gc: usize,
    free: [*mut u8; NCLASSES],
    bump: usize,
    bump_end: usize,
    /// Bytes obtained from the system (memory.grow) so far.
    pub reserved: usize,
    pub limit: usize,
    /// Bytes handed out and not freed.
    pub in_use: usize,
}

/// Exported (build.rs) as the i32 global `mlrt_heap_state`: the address of this struct.
#[unsafe(export_name = "mlrt_heap_state")]
pub static mut HEAP: Heap = Heap {
    since_gc: 0,
    free: [ptr::null_mut(); NCLASSES],
    bump: 0,
    bump_end: 0,
    reserved: 0,
    limit: 64 << 20,
    in_use: 0,
};

#[allow(clippy::mut_from_ref)]
#[inline]
pub fn heap() -> &'static mut Heap {
    // Single-threaded: the runtime runs on one wasm thread (host tests serialize through a lock).
    unsafe { &mut *(&raw mut HEAP) }
}

/// (class index, class size) for a request of `size` bytes.
#[inline]
pub fn class_of(size: usize) -> (usize, usize) {
    let size = if size == 0 { 8 } else { size };
    if size <= 128 {
        let c = size.div_ceil(8);
        (c - 1, c * 8)
    } else {
        let s = size - 1;
        let lg = (usize::BITS - 1 - s.leading_zeros()) as usize;
        let shift = lg - 2;
        let m = (s >> shift) + 1;
        (16 + (lg - 7) * 4 + (m - 5), m << shift)
    }
}

impl Heap {
    /// Start the heap at `start` (rounded up to 8).
    pub fn init(&mut self, start: usize) {
        let start = (start + 7) & !7;
        self.bump = start;
        self.bump_end = start;
        #[cfg(target_arch = "wasm32")]
        {
            let mem_end = core::arch::wasm32::memory_size(0) * 65536;
            if mem_end > start {
                self.bump_end = mem_end;
            }
        }
    }

    pub fn alloc(&mut self, size: usize) -> *mut u8 {
        let (idx, csize) = class_of(size);
        if idx >= NCLASSES {
            return ptr::null_mut();
        }
        let head = self.free[idx];
        let p = if !head.is_null() {
            self.free[idx] = unsafe { *(head as *mut *mut u8) };
            head
        } else {
            if self.bump_end - self.bump < csize && !self.grow(csize) {
                return ptr::null_mut();
            }
            let p = self.bump as *mut u8;
            self.bump += csize;
            p
        };
        self.in_use += csize;
        self.since_gc += csize;
        p
    }

    /// `size` must be the size given to `alloc` (or one in the same class).
    pub fn free(&mut self, p: *mut u8, size: usize) {
        let (idx, csize) = class_of(size);
        unsafe { *(p as *mut *mut u8) = self.free[idx] };
        self.free[idx] = p;
        self.in_use -= csize;
    }

    /// Whether a block of `old` bytes can hold `new` bytes without moving.
    pub fn same_class(old: usize, new: usize) -> bool {
        class_of(old).0 == class_of(new).0
    }

    fn grow(&mut self, need: usize) -> bool {
        let want = need.max(GROW_CHUNK);
        if self.reserved + want > self.limit {
            if self.reserved + need > self.limit {
                return false;
            }
            return self.grow_exact(need);
        }
        self.grow_exact(want)
    }

    #[cfg(target_arch = "wasm32")]
    fn grow_exact(&mut self, bytes: usize) -> bool {
        if self.bump == 0 {
            unsafe extern "C" {
                static __heap_base: u8;
            }
            self.init(&raw const __heap_base as usize);
        }
        let missing = bytes - (self.bump_end - self.bump);
        let pages = missing.div_ceil(65536);
        let old = core::arch::wasm32::memory_grow(0, pages);
        if old == usize::MAX {
            return false;
        }
        if old * 65536 != self.bump_end {
            // Someone else grew memory meanwhile: start over at the new region.
            self.bump = old * 65536;
        }
        self.bump_end = (old + pages) * 65536;
        self.reserved += pages * 65536;
        true
    }

    /// Host (tests): chunks from the system allocator; the leftover of the previous chunk is lost.
    #[cfg(not(target_arch = "wasm32"))]
    fn grow_exact(&mut self, bytes: usize) -> bool {
        let layout = core::alloc::Layout::from_size_align(bytes, 8).unwrap();
        let p = unsafe { alloc::alloc::alloc(layout) };
        if p.is_null() {
            return false;
        }
        self.bump = p as usize;
        self.bump_end = p as usize + bytes;
        self.reserved += bytes;
        true
    }
}

/// The Rust global allocator on wasm: the same heap, so Vec/hashbrown buffers count against the
/// limit and are reused like everything else.
#[cfg(target_arch = "wasm32")]
mod global {
    use super::{Heap, heap};
    use core::alloc::{GlobalAlloc, Layout};

    struct MlrtAlloc;

    unsafe impl GlobalAlloc for MlrtAlloc {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() > 8 {
                return core::ptr::null_mut();
            }
            heap().alloc(layout.size())
        }
        unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
            heap().free(p, layout.size())
        }
        unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if Heap::same_class(layout.size(), new_size) {
                return p;
            }
            let q = heap().alloc(new_size);
            if !q.is_null() {
                unsafe { core::ptr::copy_nonoverlapping(p, q, layout.size().min(new_size)) };
                heap().free(p, layout.size());
            }
            q
        }
    }

    #[global_allocator]
    static GLOBAL: MlrtAlloc = MlrtAlloc;
}

#[cfg(test)]
mod tests {
    use super::class_of;

    #[test]
    fn classes_cover_sizes_monotonically() {
        let mut last = (0, 8);
        for size in 1..100_000usize {
            let (idx, csize) = class_of(size);
            assert!(csize >= size, "size {size} class {csize}");
            assert!(csize % 8 == 0);
            assert!(idx >= last.0);
            if idx == last.0 {
                assert_eq!(csize, last.1);
            }
            assert!(csize <= size + size / 4 + 8);
            last = (idx, csize);
        }
    }
}
