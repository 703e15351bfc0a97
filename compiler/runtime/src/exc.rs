//! Exceptions: builtin classes, raising, the pending exception, tracebacks, the uncaught report.

use crate::gc;
use crate::object::*;
use crate::state::state;
use crate::value::*;
use alloc::vec::Vec;

/// Marker: an exception is pending (set in `state().pending`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;
pub type R<T = Word> = Result<T, Raised>;

/// Export helper: a result as a value word (`EXC` when raised).
#[inline]
pub fn ret(r: R) -> Word {
    r.unwrap_or(EXC)
}

pub const BASE_EXCEPTION: u32 = 0;
pub const EXCEPTION: u32 = 1;
pub const ARITHMETIC_ERROR: u32 = 2;
pub const ZERO_DIVISION_ERROR: u32 = 3;
pub const OVERFLOW_ERROR: u32 = 4;
pub const LOOKUP_ERROR: u32 = 5;
pub const INDEX_ERROR: u32 = 6;
pub const KEY_ERROR: u32 = 7;
pub const VALUE_ERROR: u32 = 8;
pub const TYPE_ERROR: u32 = 9;
pub const NAME_ERROR: u32 = 10;
pub const UNBOUND_LOCAL_ERROR: u32 = 11;
pub const ATTRIBUTE_ERROR: u32 = 12;
pub const RUNTIME_ERROR: u32 = 13;
pub const RECURSION_ERROR: u32 = 14;
pub const NOT_IMPLEMENTED_ERROR: u32 = 15;
pub const STOP_ITERATION: u32 = 16;
pub const ASSERTION_ERROR: u32 = 17;
pub const MEMORY_ERROR: u32 = 18;
pub const SYSTEM_EXIT: u32 = 19;
pub const KEYBOARD_INTERRUPT: u32 = 20;
pub const EOF_ERROR: u32 = 25;
pub const NEXC: u32 = 29;

const EXC_NAMES: [&str; NEXC as usize] = [
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "TypeError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "StopIteration",
    "AssertionError",
    "MemoryError",
    "SystemExit",
    "KeyboardInterrupt",
    "ImportError",
    "ModuleNotFoundError",
    "OSError",
    "FileNotFoundError",
    "EOFError",
    "UnicodeError",
    "GeneratorExit",
    "FloatingPointError",
];

const EXC_PARENT: [u32; NEXC as usize] = [
    u32::MAX,
    0,
    1,
    2,
    2,
    1,
    5,
    5,
    1,
    1,
    1,
    10,
    1,
    1,
    13,
    13,
    1,
    1,
    1,
    0,
    0,
    1,
    21,
    1,
    23,
    1,
    8,
    0,
    2,
];

/// Builtin (non-exception) classes share the numbering, from 64 on.
pub const T_INT: u32 = 64;
pub const T_FLOAT: u32 = 65;
pub const T_STR: u32 = 66;
pub const T_BOOL: u32 = 67;
pub const T_LIST: u32 = 68;
pub const T_TUPLE: u32 = 69;
pub const T_DICT: u32 = 70;
pub const T_SET: u32 = 71;
pub const T_FROZENSET: u32 = 72;
pub const T_RANGE: u32 = 73;
pub const T_NONE: u32 = 74;
pub const T_TYPE: u32 = 75;
pub const T_SLICE: u32 = 76;
pub const T_OBJECT: u32 = 77;
const TYPE_NAMES: [&str; 14] = [
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "NoneType",
    "type",
    "slice",
    "object",
];

pub fn kind_name(kind: u32) -> &'static str {
    if kind < NEXC {
        EXC_NAMES[kind as usize]
    } else {
        TYPE_NAMES
            .get((kind - T_INT) as usize)
            .copied()
            .unwrap_or("object")
    }
}

pub fn is_subkind(mut kind: u32, of: u32) -> bool {
    if of == T_INT && kind == T_BOOL {
        return true;
    }
    if of == T_OBJECT {
        return true;
    }
    loop {
        if kind == of {
            return true;
        }
        if kind >= NEXC {
            return false;
        }
        kind = EXC_PARENT[kind as usize];
        if kind == u32::MAX {
            return false;
        }
    }
}

/// The class object for `kind` (cached).
pub fn type_object(kind: u32) -> R<Word> {
    let slot = kind as usize
        - if kind >= T_INT {
            T_INT as usize - NEXC as usize
        } else {
            0
        };
    let cached = state().types[slot];
    if cached != UNBOUND {
        return Ok(cached);
    }
    let p = gc::alloc_object(core::mem::size_of::<TypeObj>(), tag::TYPE)?;
    unsafe { (*(p as *mut TypeObj)).kind = kind };
    let w = from_addr(p as usize);
    state().types[slot] = w;
    Ok(w)
}

pub fn new_exception(kind: u32, args: Word) -> R<Word> {
    let p = gc::alloc_object(core::mem::size_of::<ExcObj>(), tag::EXCEPTION)? as *mut ExcObj;
    unsafe {
        (*p).kind = kind;
        (*p).args = args;
        core::ptr::write(&raw mut (*p).traceback, Vec::new());
    }
    Ok(from_addr(p as usize))
}

pub fn set_pending(e: Word) -> Raised {
    state().pending = e;
    Raised
}

/// Raise builtin exception `kind` whose single argument is `msg` (none when empty... see below).
pub fn raise(kind: u32, msg: &[u8]) -> Raised {
    let made = (|| {
        let s = crate::text::new_str(msg)?;
        let args = crate::containers::tuple_from(&[s])?;
        new_exception(kind, args)
    })();
    match made {
        Ok(e) => set_pending(e),
        Err(r) => r,
    }
}

pub fn raise_parts(kind: u32, parts: &[&[u8]]) -> Raised {
    raise(kind, &parts.concat())
}

/// Raise with a value as the single argument (KeyError(key), StopIteration(value)).
pub fn raise_value(kind: u32, v: Word) -> Raised {
    let made = crate::containers::tuple_from(&[v]).and_then(|args| new_exception(kind, args));
    match made {
        Ok(e) => set_pending(e),
        Err(r) => r,
    }
}

pub fn raise_memory_error() -> Raised {
    let g = gc::gc();
    g.emergency = true;
    let made =
        crate::containers::tuple_from(&[]).and_then(|args| new_exception(MEMORY_ERROR, args));
    g.emergency = false;
    match made {
        Ok(e) => set_pending(e),
        Err(r) => r,
    }
}

pub fn type_error(parts: &[&[u8]]) -> Raised {
    raise_parts(TYPE_ERROR, parts)
}

pub fn value_error(parts: &[&[u8]]) -> Raised {
    raise_parts(VALUE_ERROR, parts)
}

pub fn not_implemented(what: &[u8]) -> Raised {
    raise_parts(NOT_IMPLEMENTED_ERROR, &[what, b" is not supported yet"])
}

fn kind_of_class(cls: Word) -> Option<u32> {
    if is_tag(cls, tag::TYPE) {
        Some(obj::<TypeObj>(cls).kind)
    } else {
        None
    }
}

/// Instantiate an exception class with an args tuple.
pub fn exc_new(cls: Word, args: Word) -> R<Word> {
    match kind_of_class(cls) {
        Some(k) if k < NEXC => new_exception(k, args),
        _ => Err(type_error(&[b"exceptions must derive from BaseException"])),
    }
}

/// `str(exception)`.
pub fn exception_message(e: Word, out: &mut Vec<u8>) -> R<()> {
    let ex = obj::<ExcObj>(e);
    let args = tuple_items(ex.args);
    match args.len() {
        0 => Ok(()),
        1 if ex.kind == KEY_ERROR => crate::repr::write_repr(args[0], out),
        1 => crate::repr::write_str(args[0], out),
        _ => crate::repr::write_repr(ex.args, out),
    }
}

pub fn matches(e: Word, cls: Word) -> bool {
    if is_tag(cls, tag::TUPLE) {
        return tuple_items(cls).iter().any(|&c| matches(e, c));
    }
    match (kind_of_class(cls), is_tag(e, tag::EXCEPTION)) {
        (Some(k), true) => is_subkind(obj::<ExcObj>(e).kind, k),
        _ => false,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise(e: Word) -> Word {
    if is_tag(e, tag::EXCEPTION) {
        set_pending(e);
        return EXC;
    }
    let r = crate::containers::tuple_from(&[]).and_then(|args| exc_new(e, args));
    if let Ok(inst) = r {
        set_pending(inst);
    }
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise_new(kind: i32, msg: Word) -> Word {
    let kind = (kind as u32).min(NEXC - 1);
    let args = if msg == NONE || msg == UNBOUND {
        crate::containers::tuple_from(&[])
    } else {
        crate::containers::tuple_from(&[msg])
    };
    if let Ok(e) = args.and_then(|a| new_exception(kind, a)) {
        set_pending(e);
    }
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise_name_error(name: Word) -> Word {
    raise_parts(
        NAME_ERROR,
        &[b"name '", str_bytes(name), b"' is not defined"],
    );
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise_unbound_local(name: Word) -> Word {
    raise_parts(
        UNBOUND_LOCAL_ERROR,
        &[
            b"cannot access local variable '",
            str_bytes(name),
            b"' where it is not associated with a value",
        ],
    );
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise_type_error(msg: Word) -> Word {
    raise(TYPE_ERROR, str_bytes(msg));
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_class(kind: i32) -> Word {
    ret(type_object((kind as u32).min(NEXC - 1)))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_matches(cls: Word) -> i32 {
    matches(state().pending, cls) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_current() -> Word {
    let p = state().pending;
    if p == UNBOUND { NONE } else { p }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_clear() {
    state().pending = UNBOUND;
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_new(cls: Word, args: Word) -> Word {
    ret(exc_new(cls, args))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_traceback_push(func_name: Word, line: i32) {
    let e = state().pending;
    if is_tag(e, tag::EXCEPTION) {
        let file = state().source_file;
        obj::<ExcObj>(e).traceback.push(TbEntry {
            file,
            name: func_name,
            line: line as u32,
        });
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_set_source_file(path: Word) {
    state().source_file = path;
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_sys_exit(code: Word) -> Word {
    let code = if code == UNBOUND { NONE } else { code };
    if let Ok(e) =
        crate::containers::tuple_from(&[code]).and_then(|a| new_exception(SYSTEM_EXIT, a))
    {
        set_pending(e);
    }
    EXC
}

/// Exit status of a SystemExit, printing its message when it is not an int or None.
fn system_exit_status(e: Word) -> i32 {
    let args = tuple_items(obj::<ExcObj>(e).args);
    let code = if args.len() == 1 {
        args[0]
    } else if args.is_empty() {
        NONE
    } else {
        obj::<ExcObj>(e).args
    };
    if code == NONE {
        return 0;
    }
    if is_small(code) {
        return small_value(code) as i32;
    }
    if is_bool(code) {
        return (code == TRUE) as i32;
    }
    let mut out = Vec::new();
    if crate::repr::write_str(code, &mut out).is_ok() {
        out.push(b'\n');
        crate::io::write_stderr(&out);
    }
    1
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_report_uncaught() -> i32 {
    crate::io::flush_stdout();
    let e = state().pending;
    state().pending = UNBOUND;
    if !is_tag(e, tag::EXCEPTION) {
        return 1;
    }
    let ex = obj::<ExcObj>(e);
    if ex.kind == SYSTEM_EXIT {
        return system_exit_status(e);
    }
    let mut out: Vec<u8> = Vec::new();
    if !ex.traceback.is_empty() {
        out.extend_from_slice(b"Traceback (most recent call last):\n");
        for t in ex.traceback.iter().rev() {
            out.extend_from_slice(b"  File \"");
            if is_tag(t.file, tag::STR) {
                out.extend_from_slice(str_bytes(t.file));
            } else {
                out.extend_from_slice(b"main.ml");
            }
            out.extend_from_slice(b"\", line ");
            crate::floatfmt::push_u32(&mut out, t.line);
            out.extend_from_slice(b", in ");
            if is_tag(t.name, tag::STR) {
                out.extend_from_slice(str_bytes(t.name));
            }
            out.push(b'\n');
        }
    }
    out.extend_from_slice(kind_name(ex.kind).as_bytes());
    let mut msg = Vec::new();
    if exception_message(e, &mut msg).is_ok() && !msg.is_empty() {
        out.extend_from_slice(b": ");
        out.extend_from_slice(&msg);
    }
    out.push(b'\n');
    crate::io::write_stderr(&out);
    state().pending = UNBOUND;
    1
}
