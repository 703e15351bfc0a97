//! The runtime's own global state and roots.

use crate::value::*;

pub const NTYPES: usize = 96;

pub struct State {
    /// The pending exception object, or UNBOUND.
    pub pending: Word,
    /// `sys.argv` once built, or UNBOUND.
    pub argv: Word,
    /// File name shown in tracebacks (a str), or UNBOUND = "main.ml".
    pub source_file: Word,
    /// Builtin class objects by kind, created on first use (UNBOUND until then).
    pub types: [Word; NTYPES],
    /// Nesting of repr() of containers, for self-references (`[...]`) and depth limits.
    pub repr_stack: alloc::vec::Vec<Word>,
    /// Exceptions being handled (innermost last): the `__context__` of new exceptions.
    pub handling: alloc::vec::Vec<Word>,
    /// A bare `raise` re-raised the pending exception in a frame its traceback already shows
    /// (CPython adds no entry for it): the next frame record is skipped.
    pub frame_recorded: bool,
    /// Imported modules by name (a dict), or UNBOUND before the first import.
    pub modules: Word,
}

static mut STATE: State = State {
    pending: UNBOUND,
    argv: UNBOUND,
    source_file: UNBOUND,
    types: [UNBOUND; NTYPES],
    repr_stack: alloc::vec::Vec::new(),
    handling: alloc::vec::Vec::new(),
    frame_recorded: false,
    modules: UNBOUND,
};

#[allow(clippy::mut_from_ref)]
#[inline]
pub fn state() -> &'static mut State {
    unsafe { &mut *(&raw mut STATE) }
}

pub fn for_each_root(mut f: impl FnMut(Word)) {
    let s = state();
    f(s.pending);
    f(s.argv);
    f(s.source_file);
    f(s.modules);
    for &t in s.types.iter() {
        f(t);
    }
    for &w in s.repr_stack.iter().chain(s.handling.iter()) {
        f(w);
    }
}
