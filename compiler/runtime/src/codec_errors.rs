//! UnicodeEncodeError / UnicodeDecodeError: raising them from codec failures, their message
//! (`str(e)`) and attributes, like CPython's `Objects/exceptions.c`.

use crate::codecs::{Codec, Failure};
use crate::containers::tuple_from;
use crate::exc::{self, R, Raised};
use crate::int;
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

/// Raises what a failed `encode` (`decoding` false) or `decode` of `object` reports.
pub fn raise(
    failure: Failure,
    codec: Codec,
    object: Word,
    errors: &[u8],
    decoding: bool,
) -> Raised {
    match failure {
        Failure::Codec { start, end, reason } => {
            let kind = if decoding {
                exc::UNICODE_DECODE_ERROR
            } else {
                exc::UNICODE_ENCODE_ERROR
            };
            let made = (|| {
                let encoding = text::new_str(codec.name())?;
                let reason = text::new_str(reason)?;
                let args = tuple_from(&[
                    encoding,
                    object,
                    int::from_i64(start as i64)?,
                    int::from_i64(end as i64)?,
                    reason,
                ])?;
                exc::new_exception(kind, args)
            })();
            match made {
                Ok(e) => exc::set_pending(e),
                Err(r) => r,
            }
        }
        Failure::UnknownHandler => exc::raise_parts(
            exc::LOOKUP_ERROR,
            &[b"unknown error handler name '", errors, b"'"],
        ),
        Failure::WrongHandler => exc::type_error(&[if decoding {
            b"don't know how to handle UnicodeDecodeError in error callback"
        } else {
            b"don't know how to handle UnicodeEncodeError in error callback"
        }]),
        Failure::Unsupported => {
            exc::not_implemented(&[b"the '", errors, b"' error handler"].concat())
        }
    }
}

/// The five arguments `(encoding, object, start, end, reason)` when `e` has them.
fn parts(e: Word) -> Option<(Word, Word, usize, usize, Word)> {
    let x = obj::<ExcObj>(e);
    if !matches!(
        x.kind,
        exc::UNICODE_ENCODE_ERROR | exc::UNICODE_DECODE_ERROR
    ) {
        return None;
    }
    let [encoding, object, start, end, reason] = *tuple_items(x.args) else {
        return None;
    };
    let start = usize::try_from(int::as_i64(start)?).ok()?;
    let end = usize::try_from(int::as_i64(end)?).ok()?;
    Some((encoding, object, start, end, reason))
}

fn push_hex(out: &mut Vec<u8>, v: u32, digits: u32) {
    for k in (0..digits).rev() {
        out.push(b"0123456789abcdef"[((v >> (4 * k)) & 15) as usize]);
    }
}

/// `str(e)` of a UnicodeEncodeError / UnicodeDecodeError; None for other exceptions (or ones
/// built with other arguments).
pub fn message(e: Word, out: &mut Vec<u8>) -> Option<R<()>> {
    let (encoding, object, start, end, reason) = parts(e)?;
    let decoding = obj::<ExcObj>(e).kind == exc::UNICODE_DECODE_ERROR;
    let mut write = || -> R<()> {
        out.push(b'\'');
        crate::repr::write_str(encoding, out)?;
        out.extend_from_slice(if decoding {
            b"' codec can't decode "
        } else {
            b"' codec can't encode "
        });
        let single = if decoding && is_tag(object, tag::BYTES) {
            bytes_data(object).get(start).map(|&b| b as u32)
        } else if !decoding && text::is_str(object) {
            str_of(object).chars().nth(start).map(|c| c as u32)
        } else {
            None
        };
        match single.filter(|_| end == start + 1) {
            Some(b) if decoding => {
                out.extend_from_slice(b"byte 0x");
                push_hex(out, b, 2);
            }
            Some(c) => {
                out.extend_from_slice(b"character '\\");
                match c {
                    0..=0xFF => {
                        out.push(b'x');
                        push_hex(out, c, 2);
                    }
                    0x100..=0xFFFF => {
                        out.push(b'u');
                        push_hex(out, c, 4);
                    }
                    _ => {
                        out.push(b'U');
                        push_hex(out, c, 8);
                    }
                }
                out.push(b'\'');
            }
            None => {
                out.extend_from_slice(if decoding { b"bytes" } else { b"characters" });
            }
        }
        out.extend_from_slice(b" in position ");
        int::push_i64(out, start as i64);
        if single.is_none() || end != start + 1 {
            out.push(b'-');
            int::push_i64(out, end as i64 - 1);
        }
        out.extend_from_slice(b": ");
        crate::repr::write_str(reason, out)
    };
    Some(write())
}

/// `e.encoding`, `e.object`, `e.start`, `e.end`, `e.reason`.
pub fn attribute(e: Word, name: &[u8]) -> Option<Word> {
    let args = tuple_items(obj::<ExcObj>(e).args);
    parts(e)?;
    let i = [&b"encoding"[..], b"object", b"start", b"end", b"reason"]
        .iter()
        .position(|n| *n == name)?;
    Some(args[i])
}
