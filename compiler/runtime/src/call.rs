//! Callables: function objects (code reached through the function table), bound methods, and
//! calling any value (`mlrt_call`). See ABI.md "Decisions of the lead: Callables".

use crate::class;
use crate::containers::tuple_from;
use crate::exc::{self, R, Raised};
use crate::gc::{self, Roots};
use crate::num::type_name;
use crate::object::*;
use crate::value::*;
use alloc::vec::Vec;

/// `FunctionObj` flags: the entry is `(closure, args, kwargs) -> v` (generated code) ...
pub const FN_USER: u16 = 0;
/// ... or `(args, kwargs) -> v` (a runtime builtin such as `mlrt_builtin_len`).
pub const FN_BUILTIN: u16 = 1;

/// `BoundObj` flags: `func` is a callable, called with the receiver prepended ...
pub const BOUND_FUNCTION: u16 = 0;
/// ... or the name (str) of a method of a builtin value (`[].append`) ...
pub const BOUND_BUILTIN: u16 = 1;
/// ... or the name (str) of a method of a builtin base class (`super().__init__`,
/// `Exception.__init__`); an UNBOUND receiver takes it from the first argument.
pub const BOUND_BASE: u16 = 2;

pub fn function_new(table_index: u32, name: Word, closure: Word, flags: u16) -> R<Word> {
    if table_index == 0 {
        return Err(exc::raise(exc::RUNTIME_ERROR, b"function without code"));
    }
    let p =
        gc::alloc_object(core::mem::size_of::<FunctionObj>(), tag::FUNCTION)? as *mut FunctionObj;
    unsafe {
        (*p).h.flags = flags;
        (*p).table_index = table_index;
        (*p).name = name;
        (*p).closure = closure;
    }
    Ok(from_addr(p as usize))
}

pub fn bound_new(flags: u16, func: Word, receiver: Word) -> R<Word> {
    let p = gc::alloc_object(core::mem::size_of::<BoundObj>(), tag::BOUND)? as *mut BoundObj;
    unsafe {
        (*p).h.flags = flags;
        (*p).func = func;
        (*p).receiver = receiver;
    }
    Ok(from_addr(p as usize))
}

/// Runs the code of a function object (its arguments are rooted by the caller).
#[cfg(target_arch = "wasm32")]
fn invoke(f: Word, args: Word, kwargs: Word) -> Word {
    let fo = obj::<FunctionObj>(f);
    let index = fo.table_index as usize;
    // On wasm32 a function pointer is its index in the function table; `function_new` refuses 0.
    if header(f).flags == FN_BUILTIN {
        let entry: extern "C" fn(Word, Word) -> Word = unsafe { core::mem::transmute(index) };
        entry(args, kwargs)
    } else {
        let entry: extern "C" fn(Word, Word, Word) -> Word = unsafe { core::mem::transmute(index) };
        entry(fo.closure, args, kwargs)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn invoke(f: Word, args: Word, kwargs: Word) -> Word {
    let fo = obj::<FunctionObj>(f);
    host::invoke(fo.table_index, fo.closure, args, kwargs)
}

/// Host tests: Rust closures registered as "functions" stand for the function table.
#[cfg(not(target_arch = "wasm32"))]
pub mod host {
    use crate::value::Word;
    use alloc::boxed::Box;
    use alloc::vec::Vec;

    type HostFn = Box<dyn Fn(Word, Word, Word) -> Word>;
    static mut FUNCTIONS: Vec<HostFn> = Vec::new();

    /// Registers `f(closure, args, kwargs)`; returns its "table index" (never 0).
    pub fn register(f: impl Fn(Word, Word, Word) -> Word + 'static) -> i32 {
        let fs = unsafe { &mut *(&raw mut FUNCTIONS) };
        fs.push(Box::new(f));
        fs.len() as i32
    }

    pub fn invoke(index: u32, closure: Word, args: Word, kwargs: Word) -> Word {
        let fs = unsafe { &*(&raw const FUNCTIONS) };
        (fs[index as usize - 1])(closure, args, kwargs)
    }
}

/// `(first, *rest)` as a new tuple.
pub fn prepend(first: Word, rest: Word) -> R<Word> {
    let mut v = Vec::with_capacity(1 + tuple_items(rest).len());
    v.push(first);
    v.extend_from_slice(tuple_items(rest));
    tuple_from(&v)
}

fn empty_args(args: Word) -> R<Word> {
    if is_tag(args, tag::TUPLE) {
        Ok(args)
    } else {
        tuple_from(&[])
    }
}

/// `f(*args, **kwargs)` for any callable `f`; `args` a tuple, `kwargs` a dict or None.
pub fn call(f: Word, args: Word, kwargs: Word) -> R<Word> {
    let args = empty_args(args)?;
    let kwargs = if is_tag(kwargs, tag::DICT) {
        kwargs
    } else {
        NONE
    };
    match tag_of(f) {
        tag::FUNCTION => {
            let _roots = Roots::of(&[f, args, kwargs])?;
            match invoke(f, args, kwargs) {
                EXC => Err(Raised),
                r => Ok(r),
            }
        }
        tag::BOUND => {
            let b = obj::<BoundObj>(f);
            match header(f).flags {
                BOUND_FUNCTION => call(b.func, prepend(b.receiver, args)?, kwargs),
                crate::bind::BOUND_TYPE_METHOD => {
                    crate::bind::call_type_method(b.func, b.receiver, args, kwargs)
                }
                BOUND_BUILTIN => crate::methods::call_method(
                    b.receiver,
                    str_bytes(b.func),
                    tuple_items(args),
                    kwargs,
                ),
                _ => {
                    let args = if b.receiver == UNBOUND {
                        args
                    } else {
                        prepend(b.receiver, args)?
                    };
                    class::base_method(str_bytes(b.func), args, kwargs)
                }
            }
        }
        tag::CLASS => class::instantiate(f, args, kwargs),
        tag::TYPE => call_builtin_type(obj::<TypeObj>(f).kind, args, kwargs),
        tag::WRAPPER if header(f).flags == class::W_STATICMETHOD => {
            call(obj::<WrapperObj>(f).a, args, kwargs)
        }
        tag::INSTANCE | tag::EXCEPTION => match crate::dunder::special(f, b"__call__") {
            Some(m) => {
                let _roots = Roots::of(&[f])?;
                let bound = class::bind(m, f, class::class_of(f))?;
                call(bound, args, kwargs)
            }
            None => Err(not_callable(f)),
        },
        _ => Err(not_callable(f)),
    }
}

fn not_callable(f: Word) -> Raised {
    exc::type_error(&[b"'", type_name(f).as_bytes(), b"' object is not callable"])
}

pub fn is_callable(f: Word) -> bool {
    match tag_of(f) {
        tag::FUNCTION | tag::BOUND | tag::CLASS | tag::TYPE => true,
        tag::WRAPPER => header(f).flags == class::W_STATICMETHOD,
        tag::INSTANCE | tag::EXCEPTION => crate::dunder::special(f, b"__call__").is_some(),
        _ => false,
    }
}

/// Calling a builtin class object: `int("3")`, `str(x)`, `ValueError("m")`, `object()`.
fn call_builtin_type(kind: u32, args: Word, kwargs: Word) -> R<Word> {
    use crate::builtins::*;
    use crate::exc::*;
    let r = match kind {
        T_INT => mlrt_builtin_int(args, kwargs),
        T_FLOAT => mlrt_builtin_float(args, kwargs),
        T_STR => mlrt_builtin_str(args, kwargs),
        T_BYTES => crate::bytes::mlrt_builtin_bytes(args, kwargs),
        T_BOOL => mlrt_builtin_bool(args, kwargs),
        T_LIST => mlrt_builtin_list(args, kwargs),
        T_TUPLE => mlrt_builtin_tuple(args, kwargs),
        T_DICT => mlrt_builtin_dict(args, kwargs),
        T_SET => mlrt_builtin_set(args, kwargs),
        T_FROZENSET => mlrt_builtin_frozenset(args, kwargs),
        T_RANGE => mlrt_builtin_range(args, kwargs),
        T_SLICE => mlrt_builtin_slice(args, kwargs),
        T_TYPE => mlrt_builtin_type(args, kwargs),
        T_OBJECT => {
            if !tuple_items(args).is_empty() || is_tag(kwargs, tag::DICT) {
                return Err(exc::type_error(&[b"object() takes no arguments"]));
            }
            return class::new_instance(type_object(T_OBJECT)?);
        }
        k if k < NEXC => {
            if is_tag(kwargs, tag::DICT) && !dict_of(kwargs).is_empty() {
                return Err(exc::type_error(&[
                    kind_name(k).as_bytes(),
                    b"() takes no keyword arguments",
                ]));
            }
            return new_exception(k, args);
        }
        _ => {
            return Err(exc::type_error(&[
                b"cannot create '",
                kind_name(kind).as_bytes(),
                b"' instances",
            ]));
        }
    };
    if r == EXC { Err(Raised) } else { Ok(r) }
}

/// A function value: `table_index` is the uniform entry `(closure, args, kwargs) -> v` in the
/// function table, `name` a str, `closure` a tuple (cells, defaults) or None.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_function_new(table_index: i32, name: Word, closure: Word) -> Word {
    exc::ret(function_new(table_index as u32, name, closure, FN_USER))
}

/// A builtin function as a value (`key=len`): `table_index` is the runtime's own
/// `mlrt_builtin_<name>` entry `(args, kwargs) -> v`.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_builtin_function_new(table_index: i32, name: Word) -> Word {
    exc::ret(function_new(table_index as u32, name, NONE, FN_BUILTIN))
}

/// `f(*args, **kwargs)`.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_call(f: Word, args: Word, kwargs: Word) -> Word {
    exc::ret(call(f, args, kwargs))
}
