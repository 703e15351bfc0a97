//! Program lifecycle, frames, collector safepoints, and the I/O exports.

use crate::exc::{self, R};
use crate::gc;
use crate::io;
use crate::object::*;
use crate::repr;
use crate::state::state;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_init(heap_base: i32) {
    crate::heap::heap().init(heap_base as u32 as usize);
    gc::init();
    crate::fastpath::check_layout();
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_finish(status: i32) {
    io::exit(status)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_flush() {
    io::flush_stdout()
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_frame_push(nslots: i32) -> i32 {
    let f = gc::frame_push(nslots.max(0) as usize);
    if f == 0 {
        exc::raise(exc::RECURSION_ERROR, b"maximum recursion depth exceeded");
    }
    f as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_frame_pop(frame: i32) {
    gc::frame_pop(frame as u32 as usize)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_gc_poll() {
    gc::poll()
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_gc_collect() {
    gc::collect()
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_set_heap_limit(bytes: i32) {
    crate::heap::heap().limit = bytes as u32 as usize;
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_set_recursion_limit(n: i32) {
    gc::gc().recursion_limit = n.max(1) as u32;
}

pub fn write_value(v: Word) -> R<()> {
    if text::is_str(v) {
        io::write_stdout(str_bytes(v));
        return Ok(());
    }
    let mut out = Vec::new();
    repr::write_str(v, &mut out)?;
    io::write_stdout(&out);
    Ok(())
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_write(s: Word) -> Word {
    match write_value(s) {
        Ok(()) => NONE,
        Err(_) => EXC,
    }
}

/// `s` (a str: the caller guarantees it) to buffered stdout; reaches no `str()`/`repr()`.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_write_str(s: Word) {
    io::write_stdout(str_bytes(s));
}

fn sep_or(w: Word, default: &'static [u8]) -> R<&'static [u8]> {
    if w == NONE || w == UNBOUND {
        return Ok(default);
    }
    if text::is_str(w) {
        return Ok(str_bytes(w));
    }
    Err(exc::type_error(&[
        b"sep must be None or a string, not ",
        crate::num::type_name(w).as_bytes(),
    ]))
}

/// `print(*args, sep=sep, end=end)` to stdout or (`to_stderr`) stderr.
pub fn print(args: &[Word], sep: Word, end: Word, to_stderr: bool) -> R<()> {
    let sep = sep_or(sep, b" ")?;
    let end = sep_or(end, b"\n")?;
    let mut out = Vec::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        repr::write_str(a, &mut out)?;
    }
    out.extend_from_slice(end);
    if to_stderr {
        io::flush_stdout();
        io::write_stderr(&out);
    } else {
        io::write_stdout(&out);
    }
    Ok(())
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_print(args: Word, sep: Word, end: Word) -> Word {
    match print(tuple_items(args), sep, end, false) {
        Ok(()) => NONE,
        Err(_) => EXC,
    }
}

pub fn input(prompt: Word) -> R<Word> {
    if prompt != UNBOUND && prompt != NONE {
        write_value(prompt)?;
    }
    io::flush_stdout();
    match io::read_line() {
        Some(line) => match core::str::from_utf8(&line) {
            Ok(_) => text::new_str(&line),
            Err(_) => text::from_string(
                alloc::string::String::from_utf8_lossy(&line)
                    .into_owned()
                    .into_bytes(),
            ),
        },
        None => Err(exc::raise(exc::EOF_ERROR, b"EOF when reading a line")),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_input(prompt: Word) -> Word {
    exc::ret(input(prompt))
}

pub fn sys_argv() -> R<Word> {
    let st = state();
    if st.argv != UNBOUND {
        return Ok(st.argv);
    }
    let l = crate::containers::list_from(Vec::new())?;
    st.argv = l;
    for a in io::args() {
        let s = text::from_string(
            alloc::string::String::from_utf8_lossy(&a)
                .into_owned()
                .into_bytes(),
        )?;
        crate::containers::push(list_items(l), s)?;
    }
    Ok(l)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_sys_argv() -> Word {
    exc::ret(sys_argv())
}
