//! Generator objects: a suspended computation resumed by `next()` (generator expressions now,
//! generator functions later). See ABI.md "Generators".
//!
//! Generated code compiles the body as a *resume function* `(frame: i64, sent: i64) -> i64` in
//! table 0. `frame` is the address of the generator's slots, which live inside the generator
//! object (not on the shadow stack), so the body's variables, iterators and temporaries survive
//! between resumptions and are scanned by the collector through the generator. Slot 0 holds the
//! resume state, a small int owned by generated code (0 before the first resumption). The
//! function returns the next value, `UNBOUND` when the generator is exhausted, or `EXC`.

use crate::exc::{self, R, Raised};
use crate::gc::{self, Roots};
use crate::object::*;
use crate::state::state;
use crate::value::*;
use alloc::vec::Vec;

/// `h.flags`: the resume function is running (re-entry raises ValueError).
pub const G_RUNNING: u16 = 1;
/// `h.flags`: the generator returned or raised; its slots are cleared and `next` is exhausted.
pub const G_FINISHED: u16 = 2;
/// `h.flags`: the generator has been resumed at least once.
pub const G_STARTED: u16 = 4;

#[repr(C)]
pub struct GeneratorObj {
    pub h: Header,
    /// Table index of the resume function.
    pub resume: u32,
    pub nslots: u32,
    /// Qualified name shown by repr (`<genexpr>`, `f.<locals>.<genexpr>`).
    pub name: Word,
    pub slots: [Word; 0],
}

pub fn slots(g: Word) -> &'static mut [Word] {
    let o = obj::<GeneratorObj>(g);
    unsafe { core::slice::from_raw_parts_mut(o.slots.as_mut_ptr(), o.nslots as usize) }
}

/// Size of the block holding generator `g`.
pub fn size(g: Word) -> usize {
    core::mem::size_of::<GeneratorObj>() + 8 * obj::<GeneratorObj>(g).nslots as usize
}

/// The words the collector must trace from generator `g`.
pub fn children(g: Word) -> impl Iterator<Item = Word> {
    core::iter::once(obj::<GeneratorObj>(g).name).chain(slots(g).iter().copied())
}

/// A generator whose code is resume function `resume` with a frame of `nslots` slots (slot 0,
/// the state, is 0; the others `UNBOUND`).
pub fn new(resume: u32, nslots: u32, name: Word) -> R<Word> {
    if resume == 0 || nslots == 0 {
        return Err(exc::raise(exc::RUNTIME_ERROR, b"generator without code"));
    }
    let size = core::mem::size_of::<GeneratorObj>() + 8 * nslots as usize;
    let p = gc::alloc_object(size, tag::GENERATOR)? as *mut GeneratorObj;
    unsafe {
        (*p).resume = resume;
        (*p).nslots = nslots;
        (*p).name = name;
    }
    let g = from_addr(p as usize);
    let frame = slots(g);
    frame.fill(UNBOUND);
    frame[0] = small(0);
    Ok(g)
}

/// Resumes `g` (`sent` is the value of the suspended `yield`): the next value, or `UNBOUND`
/// when it is exhausted. A generator that returns or raises is finished afterwards.
pub fn resume(g: Word, sent: Word) -> R<Word> {
    let flags = header(g).flags;
    if flags & G_FINISHED != 0 {
        return Ok(UNBOUND);
    }
    if flags & G_RUNNING != 0 {
        return Err(exc::raise(exc::VALUE_ERROR, b"generator already executing"));
    }
    if gc::gc().depth >= gc::gc().recursion_limit {
        return Err(exc::raise(
            exc::RECURSION_ERROR,
            b"maximum recursion depth exceeded",
        ));
    }
    let _roots = Roots::of(&[g, sent])?;
    header(g).flags |= G_RUNNING | G_STARTED;
    gc::gc().depth += 1;
    let o = obj::<GeneratorObj>(g);
    let r = invoke(o.resume, o.slots.as_mut_ptr() as usize as u64, sent);
    gc::gc().depth -= 1;
    header(g).flags &= !G_RUNNING;
    if r == UNBOUND || r == EXC {
        finish(g);
    }
    if r != EXC {
        return Ok(r);
    }
    if exc::pending_is(exc::STOP_ITERATION) {
        return Err(stop_iteration_escaped());
    }
    Err(Raised)
}

/// `g.name(*args)` for the methods of generators (`send`, `close`, `__next__`); `None` for
/// other names. `throw` is not supported yet.
pub fn call_method(g: Word, name: &[u8], args: &[Word]) -> Option<R<Word>> {
    Some(match (name, args) {
        (b"__next__", []) => resume(g, NONE).and_then(value_or_stop),
        (b"send", [value]) => {
            if header(g).flags & G_STARTED == 0 && *value != NONE {
                Err(exc::type_error(&[
                    b"can't send non-None value to a just-started generator",
                ]))
            } else {
                resume(g, *value).and_then(value_or_stop)
            }
        }
        (b"close", []) => {
            if header(g).flags & G_RUNNING != 0 {
                Err(exc::raise(exc::VALUE_ERROR, b"generator already executing"))
            } else {
                finish(g);
                Ok(NONE)
            }
        }
        (b"send", _) => Err(exc::type_error(&[
            b"generator.send() takes exactly one argument",
        ])),
        (b"__next__" | b"close", _) => Err(exc::type_error(&[
            b"generator.",
            name,
            b"() takes no arguments",
        ])),
        (b"throw", _) => Err(exc::not_implemented(b"generator.throw()")),
        _ => return None,
    })
}

/// The value a resumption produced, or StopIteration when the generator is exhausted.
fn value_or_stop(v: Word) -> R<Word> {
    if v != UNBOUND {
        return Ok(v);
    }
    let empty = crate::containers::tuple_from(&[])?;
    Err(exc::set_pending(exc::new_exception(
        exc::STOP_ITERATION,
        empty,
    )?))
}

/// Marks `g` finished and drops what its frame references.
pub fn finish(g: Word) {
    header(g).flags = (header(g).flags | G_FINISHED) & !G_RUNNING;
    slots(g).fill(UNBOUND);
}

/// PEP 479: a StopIteration leaving a generator's code becomes
/// `RuntimeError: generator raised StopIteration` (caused by it).
fn stop_iteration_escaped() -> Raised {
    let stop = state().pending;
    let Ok(_roots) = Roots::of(&[stop]) else {
        return Raised;
    };
    exc::clear_pending();
    let raised = exc::raise(exc::RUNTIME_ERROR, b"generator raised StopIteration");
    let e = state().pending;
    if is_tag(e, tag::EXCEPTION) && e != stop {
        let o = obj::<ExcObj>(e);
        o.cause = stop;
        o.context = stop;
        o.suppress_context = true;
    }
    raised
}

#[cfg(target_arch = "wasm32")]
fn invoke(resume: u32, frame: u64, sent: Word) -> Word {
    // On wasm32 a function pointer is its index in the function table (`new` refuses 0).
    let entry: extern "C" fn(u64, Word) -> Word = unsafe { core::mem::transmute(resume as usize) };
    entry(frame, sent)
}

/// Host tests: resume functions are registered through `call::host` as `(frame, sent, _)`.
#[cfg(not(target_arch = "wasm32"))]
fn invoke(resume: u32, frame: u64, sent: Word) -> Word {
    crate::call::host::invoke(resume, frame, sent, NONE)
}

/// `<generator object NAME at 0x...>` without the address part.
pub fn repr_prefix(g: Word, out: &mut Vec<u8>) {
    out.extend_from_slice(b"<generator object ");
    let name = obj::<GeneratorObj>(g).name;
    if is_tag(name, tag::STR) {
        out.extend_from_slice(str_bytes(name));
    }
}

/// A generator: `resume` = table index of its resume function, `nslots` >= 1 frame slots,
/// `name` = its qualified name (str) → generator | EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_generator_new(resume: i32, nslots: i32, name: Word) -> Word {
    let Ok(_roots) = Roots::of(&[name]) else {
        return EXC;
    };
    exc::ret(new(resume as u32, nslots.max(0) as u32, name))
}

/// Call when an exception leaves the code of a generator expression the compiler inlined into
/// its consumer (`sum(x for x in xs)`): a pending StopIteration becomes RuntimeError (PEP 479),
/// as `resume` does for real generators → EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_generator_escape() -> Word {
    if exc::pending_is(exc::STOP_ITERATION) {
        stop_iteration_escaped();
    }
    EXC
}

/// Address of slot 0 of generator `g`'s frame, for generated code to fill the captured values
/// before the first resumption.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_generator_frame(g: Word) -> i32 {
    obj::<GeneratorObj>(g).slots.as_mut_ptr() as usize as i32
}
