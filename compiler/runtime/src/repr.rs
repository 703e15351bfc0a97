//! `str()` and `repr()` of every builtin value, exactly like CPython.

use crate::exc::{self, R};
use crate::int;
use crate::object::*;
use crate::state::state;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

const MAX_REPR_DEPTH: usize = 900;
pub const MAX_STR_DIGITS: usize = 4300;

pub fn write_str(w: Word, out: &mut Vec<u8>) -> R<()> {
    match tag_of(w) {
        tag::STR => {
            out.extend_from_slice(str_bytes(w));
            Ok(())
        }
        tag::INSTANCE | tag::EXCEPTION => {
            if let Some(s) = user_text(w, b"__str__") {
                out.extend_from_slice(str_bytes(s?));
                return Ok(());
            }
            if is_tag(w, tag::EXCEPTION) {
                exc::exception_message(w, out)
            } else {
                write_repr(w, out)
            }
        }
        _ => write_repr(w, out),
    }
}

/// `str()`/`repr()` of a user instance through its class's method (rooting the instance).
fn user_text(w: Word, name: &[u8]) -> Option<R<Word>> {
    let _roots = crate::gc::Roots::of(&[w]).ok()?;
    crate::dunder::to_text(w, name)
}

fn push_addr(out: &mut Vec<u8>, w: Word) {
    out.extend_from_slice(b"0x");
    let a = heap_addr(w) as u64;
    let mut started = false;
    for k in (0..16).rev() {
        let d = (a >> (4 * k)) & 15;
        if d != 0 || started || k == 0 {
            started = true;
            out.push(b"0123456789abcdef"[d as usize]);
        }
    }
}

/// `object.__repr__` / `BaseException.__repr__`, ignoring user overrides.
pub fn default_repr(w: Word, out: &mut Vec<u8>) -> R<()> {
    match tag_of(w) {
        tag::INSTANCE => {
            out.extend_from_slice(b"<");
            if is_tag(obj::<InstanceObj>(w).cls, tag::CLASS) {
                out.extend_from_slice(b"__main__.");
            }
            out.extend_from_slice(crate::num::type_name(w).as_bytes());
            out.extend_from_slice(b" object at ");
            push_addr(out, w);
            out.push(b'>');
            Ok(())
        }
        tag::EXCEPTION => {
            let e = obj::<ExcObj>(w);
            out.extend_from_slice(crate::num::type_name(w).as_bytes());
            let args = tuple_items(e.args);
            if args.len() == 1 {
                out.push(b'(');
                write_repr(args[0], out)?;
                out.push(b')');
            } else {
                write_repr(e.args, out)?;
            }
            Ok(())
        }
        _ => write_repr(w, out),
    }
}

pub fn write_int(w: Word, out: &mut Vec<u8>) -> R<()> {
    let start = out.len();
    int::to_decimal(w, out);
    let digits = out.len() - start - (out.get(start) == Some(&b'-')) as usize;
    if digits > MAX_STR_DIGITS {
        out.truncate(start);
        return Err(exc::value_error(&[
            b"Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ]));
    }
    Ok(())
}

pub fn write_str_repr(b: &[u8], out: &mut Vec<u8>) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push(quote);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            match c {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                _ if c == quote => {
                    out.push(b'\\');
                    out.push(c);
                }
                0x20..=0x7E => out.push(c),
                _ => push_hex_escape(out, b'x', c as u32, 2),
            }
            i += 1;
            continue;
        }
        let n = text::utf8_width(c);
        let cp = text::decode_at(b, i);
        if (0x80..0xA0).contains(&cp) || cp == 0xAD || (0xD800..0xE000).contains(&cp) {
            push_hex_escape(out, b'x', cp, 2);
        } else if matches!(cp, 0x2028 | 0x2029 | 0xFEFF) || (0xE000..0xF900).contains(&cp) {
            push_hex_escape(out, b'u', cp, 4);
        } else {
            out.extend_from_slice(&b[i..i + n]);
        }
        i += n;
    }
    out.push(quote);
}

fn push_hex_escape(out: &mut Vec<u8>, kind: u8, v: u32, digits: u32) {
    out.push(b'\\');
    out.push(kind);
    for k in (0..digits).rev() {
        out.push(b"0123456789abcdef"[((v >> (4 * k)) & 15) as usize]);
    }
}

fn write_items(items: &[Word], out: &mut Vec<u8>) -> R<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        write_repr(x, out)?;
    }
    Ok(())
}

/// Runs `f` with `w` on the repr stack; `Ok(false)` when `w` is already being printed.
fn nested(w: Word, f: impl FnOnce() -> R<()>) -> R<bool> {
    let st = state();
    if st.repr_stack.contains(&w) {
        return Ok(false);
    }
    if st.repr_stack.len() >= MAX_REPR_DEPTH {
        return Err(exc::raise(
            exc::RECURSION_ERROR,
            b"maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    st.repr_stack.push(w);
    let r = f();
    state().repr_stack.pop();
    r.map(|_| true)
}

fn write_dict_body(w: Word, out: &mut Vec<u8>, values: bool) -> R<()> {
    let d = dict_of(w);
    let mut first = true;
    for e in d.live() {
        if !first {
            out.extend_from_slice(b", ");
        }
        first = false;
        write_repr(e.key, out)?;
        if values {
            out.extend_from_slice(b": ");
            write_repr(e.value, out)?;
        }
    }
    Ok(())
}

pub fn write_repr(w: Word, out: &mut Vec<u8>) -> R<()> {
    if is_small(w) {
        int::push_i64(out, small_value(w));
        return Ok(());
    }
    let fixed: &[u8] = match w {
        NONE => b"None",
        TRUE => b"True",
        FALSE => b"False",
        ELLIPSIS => b"Ellipsis",
        NOT_IMPLEMENTED => b"NotImplemented",
        UNBOUND => b"<unbound>",
        _ => b"",
    };
    if is_imm_float(w) {
        out.extend_from_slice(&crate::floatfmt::repr(float_of(w)));
        return Ok(());
    }
    if !fixed.is_empty() || !is_heap(w) {
        out.extend_from_slice(fixed);
        return Ok(());
    }
    match header(w).tag {
        tag::FLOAT => out.extend_from_slice(&crate::floatfmt::repr(float_of(w))),
        tag::BIGINT => write_int(w, out)?,
        tag::STR => write_str_repr(str_bytes(w), out),
        tag::BYTES => crate::bytes::write_repr(bytes_data(w), out),
        tag::GENERATOR => {
            crate::generator::repr_prefix(w, out);
            out.extend_from_slice(b" at ");
            push_addr(out, w);
            out.push(b'>');
        }
        tag::LIST => {
            if !nested(w, || {
                out.push(b'[');
                write_items(list_items(w), out)?;
                out.push(b']');
                Ok(())
            })? {
                out.extend_from_slice(b"[...]");
            }
        }
        tag::TUPLE => {
            let items = tuple_items(w);
            out.push(b'(');
            nested(w, || write_items(items, out))?;
            if items.len() == 1 {
                out.push(b',');
            }
            out.push(b')');
        }
        tag::DICT => {
            if !nested(w, || {
                out.push(b'{');
                write_dict_body(w, out, true)?;
                out.push(b'}');
                Ok(())
            })? {
                out.extend_from_slice(b"{...}");
            }
        }
        tag::SET | tag::FROZENSET => {
            let frozen = header(w).tag == tag::FROZENSET;
            let name: &[u8] = if frozen { b"frozenset" } else { b"set" };
            if dict_of(w).is_empty() {
                out.extend_from_slice(name);
                out.extend_from_slice(b"()");
            } else if !nested(w, || {
                if frozen {
                    out.extend_from_slice(b"frozenset(");
                }
                out.push(b'{');
                write_dict_body(w, out, false)?;
                out.push(b'}');
                if frozen {
                    out.push(b')');
                }
                Ok(())
            })? {
                out.extend_from_slice(name);
                out.extend_from_slice(b"(...)");
            }
        }
        tag::RANGE => {
            let r = obj::<RangeObj>(w);
            out.extend_from_slice(b"range(");
            int::push_i64(out, r.start);
            out.extend_from_slice(b", ");
            int::push_i64(out, r.stop);
            if r.step != 1 {
                out.extend_from_slice(b", ");
                int::push_i64(out, r.step);
            }
            out.push(b')');
        }
        tag::SLICE => {
            let s = obj::<SliceObj>(w);
            out.extend_from_slice(b"slice(");
            write_items(&[s.start, s.stop, s.step], out)?;
            out.push(b')');
        }
        tag::TYPE => {
            let k = obj::<TypeObj>(w).kind;
            out.extend_from_slice(b"<class '");
            out.extend_from_slice(exc::kind_name(k).as_bytes());
            out.extend_from_slice(b"'>");
        }
        tag::CLASS => {
            // The qualified name the class statement recorded (`f.<locals>.A`), else its name.
            let c = obj::<ClassObj>(w);
            let qualname = dict_of(c.dict)
                .get_str(b"__qualname__")
                .filter(|&q| is_tag(q, tag::STR))
                .unwrap_or(c.name);
            out.extend_from_slice(b"<class '__main__.");
            out.extend_from_slice(str_bytes(qualname));
            out.extend_from_slice(b"'>");
        }
        tag::INSTANCE | tag::EXCEPTION => match user_text(w, b"__repr__") {
            Some(s) => out.extend_from_slice(str_bytes(s?)),
            None => default_repr(w, out)?,
        },
        tag::FUNCTION => {
            let f = obj::<FunctionObj>(w);
            if header(w).flags == crate::call::FN_BUILTIN {
                out.extend_from_slice(b"<built-in function ");
                write_str(f.name, out)?;
                out.push(b'>');
            } else {
                out.extend_from_slice(b"<function ");
                write_str(f.name, out)?;
                out.extend_from_slice(b" at ");
                push_addr(out, w);
                out.push(b'>');
            }
        }
        tag::BOUND => {
            let b = obj::<BoundObj>(w);
            if header(w).flags == crate::call::BOUND_FUNCTION && is_tag(b.func, tag::FUNCTION) {
                out.extend_from_slice(b"<bound method ");
                if !crate::class::is_class(b.receiver) {
                    out.extend_from_slice(crate::num::type_name(b.receiver).as_bytes());
                    out.push(b'.');
                }
                write_str(obj::<FunctionObj>(b.func).name, out)?;
                out.extend_from_slice(b" of ");
                write_repr(b.receiver, out)?;
                out.push(b'>');
            } else {
                out.extend_from_slice(b"<built-in method ");
                write_str(b.func, out)?;
                out.extend_from_slice(b" of ");
                out.extend_from_slice(crate::num::type_name(b.receiver).as_bytes());
                out.extend_from_slice(b" object at ");
                push_addr(out, b.receiver);
                out.push(b'>');
            }
        }
        tag::DICT_VIEW => {
            let flags = header(w).flags;
            out.extend_from_slice(
                [&b"dict_keys"[..], b"dict_values", b"dict_items"][flags as usize % 3],
            );
            out.extend_from_slice(b"([");
            let d = obj::<ViewObj>(w).dict;
            let mut first = true;
            for e in dict_of(d).live() {
                if !first {
                    out.extend_from_slice(b", ");
                }
                first = false;
                match flags {
                    0 => write_repr(e.key, out)?,
                    1 => write_repr(e.value, out)?,
                    _ => {
                        out.push(b'(');
                        write_items(&[e.key, e.value], out)?;
                        out.push(b')');
                    }
                }
            }
            out.extend_from_slice(b"])");
        }
        _ => {
            out.extend_from_slice(b"<");
            out.extend_from_slice(crate::num::type_name(w).as_bytes());
            out.extend_from_slice(b" object at ");
            push_addr(out, w);
            out.push(b'>');
        }
    }
    Ok(())
}

pub fn to_str(w: Word) -> R<Word> {
    if text::is_str(w) {
        return Ok(w);
    }
    let mut out = Vec::new();
    write_str(w, &mut out)?;
    text::from_string(out)
}

pub fn to_repr(w: Word) -> R<Word> {
    let mut out = Vec::new();
    write_repr(w, &mut out)?;
    text::from_string(out)
}

/// `ascii(w)`: the repr with every non-ASCII code point escaped as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`.
pub fn to_ascii(w: Word) -> R<Word> {
    let mut repr = Vec::new();
    write_repr(w, &mut repr)?;
    let mut out = Vec::with_capacity(repr.len());
    let mut i = 0;
    while i < repr.len() {
        let n = text::utf8_width(repr[i]);
        match text::decode_at(&repr, i) {
            c @ 0..=0x7F => out.push(c as u8),
            c @ 0x80..=0xFF => push_hex_escape(&mut out, b'x', c, 2),
            c @ 0x100..=0xFFFF => push_hex_escape(&mut out, b'u', c, 4),
            c => push_hex_escape(&mut out, b'U', c, 8),
        }
        i += n;
    }
    text::new_str_counted(&out, out.len())
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_str(v: Word) -> Word {
    crate::num::rooted2(v, NONE, |v, _| to_str(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_repr(v: Word) -> Word {
    crate::num::rooted2(v, NONE, |v, _| to_repr(v))
}
