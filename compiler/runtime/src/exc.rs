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

/// Defines the kind constants (`TYPE_ERROR`, ...), `NEXC`, and the name and parent tables from the
/// shared list in `exc_kinds.rs`.
macro_rules! exception_kinds {
    ($($kind:ident = $number:literal $name:literal $(: $parent:ident)?;)*) => {
        $(pub const $kind: u32 = $number;)*
        /// Number of builtin exception kinds (kinds `0..NEXC`).
        pub const NEXC: u32 = EXC_NAMES.len() as u32;
        const EXC_NAMES: &[&str] = &[$($name),*];
        /// The parent kind of each kind (`u32::MAX` for BaseException).
        const EXC_PARENT: &[u32] = &[$(parent_kind!($($parent)?)),*];
        const _: () = {
            let numbers: &[u32] = &[$($number),*];
            let mut i = 0;
            while i < numbers.len() {
                assert!(numbers[i] == i as u32, "exception kinds are numbered by position");
                i += 1;
            }
        };
    };
}
macro_rules! parent_kind {
    () => {
        u32::MAX
    };
    ($parent:ident) => {
        $parent
    };
}
include!("exc_kinds.rs");

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
pub const T_BYTES: u32 = 78;
pub const T_GENERATOR: u32 = 79;
const TYPE_NAMES: [&str; 16] = [
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
    "bytes",
    "generator",
];

// `type_object` caches every builtin class in `state().types`.
const _: () = assert!(NEXC as usize + TYPE_NAMES.len() <= crate::state::NTYPES);

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

/// The builtin parent class of exception kind `kind` (None for BaseException).
pub fn parent_kind(kind: u32) -> Option<u32> {
    EXC_PARENT
        .get(kind as usize)
        .copied()
        .filter(|&p| p != u32::MAX)
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
        (*p).cls = UNBOUND;
        (*p).dict = UNBOUND;
        (*p).cause = UNBOUND;
        (*p).context = UNBOUND;
    }
    Ok(from_addr(p as usize))
}

/// Raise `e`: it becomes pending, and its `__context__` is the exception being handled.
pub fn set_pending(e: Word) -> Raised {
    let st = state();
    if let Some(&ctx) = st.handling.last()
        && ctx != e
        && is_tag(e, tag::EXCEPTION)
    {
        // Break a cycle through e in the context chain (like CPython).
        let mut c = ctx;
        for _ in 0..1000 {
            if !is_tag(c, tag::EXCEPTION) {
                break;
            }
            let next = obj::<ExcObj>(c).context;
            if next == e {
                obj::<ExcObj>(c).context = UNBOUND;
                break;
            }
            c = next;
        }
        obj::<ExcObj>(e).context = ctx;
    }
    st.pending = e;
    st.frame_recorded = false;
    Raised
}

/// Whether the pending exception is an instance of builtin exception kind `kind`.
pub fn pending_is(kind: u32) -> bool {
    let e = state().pending;
    is_tag(e, tag::EXCEPTION) && is_subkind(obj::<ExcObj>(e).kind, kind)
}

pub fn clear_pending() {
    state().pending = UNBOUND;
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

fn not_an_exception() -> Raised {
    type_error(&[b"exceptions must derive from BaseException"])
}

/// Instantiate an exception class (builtin or user) with an args tuple.
pub fn exc_new(cls: Word, args: Word) -> R<Word> {
    if is_tag(cls, tag::CLASS) {
        if obj::<ClassObj>(cls).base_kind >= NEXC {
            return Err(not_an_exception());
        }
        return crate::class::instantiate(cls, args, NONE);
    }
    match kind_of_class(cls) {
        Some(k) if k < NEXC => new_exception(k, args),
        _ => Err(not_an_exception()),
    }
}

/// The exception instance raised by `raise x` (x an instance or a class).
fn exception_from(x: Word) -> R<Word> {
    if is_tag(x, tag::EXCEPTION) {
        return Ok(x);
    }
    if !matches!(tag_of(x), tag::CLASS | tag::TYPE) {
        return Err(not_an_exception());
    }
    let args = crate::containers::tuple_from(&[])?;
    let e = exc_new(x, args)?;
    if !is_tag(e, tag::EXCEPTION) {
        return Err(type_error(&[
            b"calling ",
            crate::class::class_name(x),
            b" should have returned an instance of BaseException, not ",
            crate::num::type_name(e).as_bytes(),
        ]));
    }
    Ok(e)
}

/// `str(exception)`.
pub fn exception_message(e: Word, out: &mut Vec<u8>) -> R<()> {
    if let Some(r) = crate::codec_errors::message(e, out) {
        return r;
    }
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
    if !is_tag(e, tag::EXCEPTION) {
        return false;
    }
    if is_tag(cls, tag::CLASS) {
        let c = obj::<ExcObj>(e).cls;
        return c != UNBOUND && crate::class::is_subclass(c, cls);
    }
    match kind_of_class(cls) {
        Some(k) => is_subkind(obj::<ExcObj>(e).kind, k),
        None => false,
    }
}

/// `raise x` (an exception instance or class) → EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise(x: Word) -> Word {
    if let Ok(e) = exception_from(x) {
        set_pending(e);
    }
    EXC
}

/// `raise x from cause` (cause: an exception instance or class, or None) → EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_raise_from(x: Word, cause: Word) -> Word {
    let Ok(_roots) = gc::Roots::of(&[x, cause]) else {
        return EXC;
    };
    let made = exception_from(x).and_then(|e| {
        let c = if cause == NONE {
            NONE
        } else {
            if !is_tag(cause, tag::EXCEPTION) && !matches!(tag_of(cause), tag::CLASS | tag::TYPE) {
                return Err(type_error(&[
                    b"exception causes must derive from BaseException",
                ]));
            }
            exception_from(cause)?
        };
        let ex = obj::<ExcObj>(e);
        ex.cause = c;
        ex.suppress_context = true;
        Ok(e)
    });
    if let Ok(e) = made {
        set_pending(e);
    }
    EXC
}

/// Bare `raise` (or re-raising after `finally`): `e` = the exception to re-raise, or UNBOUND/None
/// = the exception being handled. Its `__context__` is left alone. → EXC.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_reraise(e: Word) -> Word {
    let given = e;
    let e = if is_tag(e, tag::EXCEPTION) {
        e
    } else {
        match state().handling.last() {
            Some(&h) if h != NONE => h,
            _ => {
                raise(RUNTIME_ERROR, b"No active exception to reraise");
                return EXC;
            }
        }
    };
    if !is_tag(given, tag::EXCEPTION) {
        state().frame_recorded = true;
    }
    state().pending = e;
    EXC
}

/// Entering an `except` clause whose class matched: the pending exception becomes the one being
/// handled (the `__context__` of exceptions raised until `mlrt_exc_leave_handler`), and the frame
/// `func_name` (a str; None = do not record) at `line` is added to its traceback like CPython
/// shows the catching frame. Returns the exception (for `as name`).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_enter_handler(func_name: Word, line: i32) -> Word {
    let e = state().pending;
    if is_tag(func_name, tag::STR) {
        mlrt_traceback_push(func_name, line);
    }
    state().pending = UNBOUND;
    let e = if e == UNBOUND { NONE } else { e };
    state().handling.push(e);
    e
}

/// Leaving an `except` clause (normally, or because an exception propagates out of it).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_exc_leave_handler() {
    state().handling.pop();
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
    let Ok(_roots) = gc::Roots::of(&[cls, args]) else {
        return EXC;
    };
    ret(exc_new(cls, args))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_traceback_push(func_name: Word, line: i32) {
    if core::mem::take(&mut state().frame_recorded) {
        return;
    }
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
    let Ok(_roots) = gc::Roots::of(&[e]) else {
        return 1;
    };
    let mut out: Vec<u8> = Vec::new();
    let mut seen = Vec::new();
    format_chain(e, &mut out, &mut seen);
    crate::io::write_stderr(&out);
    state().pending = UNBOUND;
    1
}

/// The report of `e` preceded by its cause or context, like CPython's.
fn format_chain(e: Word, out: &mut Vec<u8>, seen: &mut Vec<Word>) {
    seen.push(e);
    let ex = obj::<ExcObj>(e);
    let (cause, context) = (ex.cause, ex.context);
    let fresh = |w: Word, seen: &Vec<Word>| {
        is_tag(w, tag::EXCEPTION) && !seen.contains(&w) && seen.len() < 100
    };
    if fresh(cause, seen) {
        format_chain(cause, out, seen);
        out.extend_from_slice(
            b"\nThe above exception was the direct cause of the following exception:\n\n",
        );
    } else if !ex.suppress_context && fresh(context, seen) {
        format_chain(context, out, seen);
        out.extend_from_slice(
            b"\nDuring handling of the above exception, another exception occurred:\n\n",
        );
    }
    format_one(e, out);
}

/// Traceback lines and `Type: message` of one exception.
fn format_one(e: Word, out: &mut Vec<u8>) {
    let ex = obj::<ExcObj>(e);
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
            crate::floatfmt::push_u32(out, t.line);
            out.extend_from_slice(b", in ");
            if is_tag(t.name, tag::STR) {
                out.extend_from_slice(str_bytes(t.name));
            }
            out.push(b'\n');
        }
    }
    out.extend_from_slice(crate::num::type_name(e).as_bytes());
    let mut msg = Vec::new();
    match crate::repr::write_str(e, &mut msg) {
        Ok(()) if msg.is_empty() => {}
        Ok(()) => {
            out.extend_from_slice(b": ");
            out.extend_from_slice(&msg);
        }
        Err(_) => {
            state().pending = UNBOUND;
            out.extend_from_slice(b": <exception str() failed>");
        }
    }
    out.push(b'\n');
}
