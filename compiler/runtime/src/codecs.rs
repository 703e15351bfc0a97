//! The text codecs of `str.encode` / `bytes.decode` (utf-8, ascii, latin-1) with CPython's
//! encoding-name lookup, error handlers and error positions. Pure: no heap objects.

use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static [u8] {
        match self {
            Codec::Utf8 => b"utf-8",
            Codec::Ascii => b"ascii",
            Codec::Latin1 => b"latin-1",
        }
    }

    /// The first code point the codec cannot represent.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }

    fn range_reason(self) -> &'static [u8] {
        match self {
            Codec::Ascii => b"ordinal not in range(128)",
            _ => b"ordinal not in range(256)",
        }
    }
}

/// `encodings.normalize_encoding` after lower-casing: runs of characters other than ASCII
/// letters, digits and `.` become one `_` (none at the start).
pub fn normalize(name: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push(b'_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase() as u8);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name stands for (CPython's names and aliases of the three codecs).
pub fn lookup(name: &str) -> Option<Codec> {
    const UTF8: &[&str] = &[
        "utf_8",
        "utf8",
        "u8",
        "utf",
        "utf8_ucs2",
        "utf8_ucs4",
        "cp65001",
    ];
    const ASCII: &[&str] = &[
        "ascii",
        "646",
        "ansi_x3.4_1968",
        "ansi_x3_4_1968",
        "ansi_x3.4_1986",
        "cp367",
        "csascii",
        "ibm367",
        "iso646_us",
        "iso_646.irv_1991",
        "iso_ir_6",
        "us",
        "us_ascii",
    ];
    const LATIN1: &[&str] = &[
        "latin_1",
        "8859",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso8859",
        "iso8859_1",
        "iso_8859_1",
        "iso_8859_1_1987",
        "iso_ir_100",
        "l1",
        "latin",
        "latin1",
    ];
    let norm = normalize(name);
    let dotless: Vec<u8> = norm
        .iter()
        .map(|&c| if c == b'.' { b'_' } else { c })
        .collect();
    let is = |table: &[&str]| {
        table
            .iter()
            .any(|n| n.as_bytes() == norm || n.as_bytes() == dotless)
    };
    if is(UTF8) {
        Some(Codec::Utf8)
    } else if is(ASCII) {
        Some(Codec::Ascii)
    } else if is(LATIN1) {
        Some(Codec::Latin1)
    } else {
        None
    }
}

/// Whether `name` is another codec of CPython 3.12 (by module name or a common alias): those
/// are "not supported yet" rather than unknown.
pub fn is_other_cpython_codec(name: &str) -> bool {
    /// Prefixes of codec families: `cp1252`, `iso8859_15`, `mac_roman`, ...
    const PREFIXES: &[&str] = &[
        "cp",
        "iso8859_",
        "iso_8859_",
        "iso2022_",
        "mac_",
        "koi8_",
        "euc_",
        "windows_",
        "latin",
        "ibm",
        "gb",
    ];
    /// Codecs with variants: `utf_16`, `utf_16_le`, `shift_jis_2004`, ...
    const STEMS: &[&str] = &[
        "utf_16",
        "utf_32",
        "utf_7",
        "utf_8_sig",
        "shift_jis",
        "big5",
    ];
    const NAMES: &[&str] = &[
        "utf16",
        "utf32",
        "utf7",
        "u16",
        "u32",
        "u7",
        "idna",
        "punycode",
        "hz",
        "johab",
        "mbcs",
        "oem",
        "palmos",
        "ptcp154",
        "kz1048",
        "tis_620",
        "hp_roman8",
        "charmap",
        "rot_13",
        "unicode_escape",
        "raw_unicode_escape",
        "base64_codec",
        "hex_codec",
        "bz2_codec",
        "zlib_codec",
        "quopri_codec",
        "uu_codec",
        "undefined",
        "sjis",
        "eucjp",
        "euckr",
        "l2",
        "l3",
        "l4",
        "l5",
        "l6",
        "l7",
        "l8",
        "l9",
        "l10",
    ];
    let norm = normalize(name);
    let norm = core::str::from_utf8(&norm).unwrap_or("");
    NAMES.contains(&norm)
        || STEMS.iter().any(|s| norm.starts_with(s))
        || PREFIXES
            .iter()
            .any(|p| norm.len() > p.len() && norm.starts_with(p))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Why a codec call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// UnicodeEncodeError / UnicodeDecodeError over `start..end` (code points when encoding,
    /// bytes when decoding).
    Codec {
        start: usize,
        end: usize,
        reason: &'static [u8],
    },
    /// LookupError `unknown error handler name '...'`.
    UnknownHandler,
    /// TypeError: the handler cannot handle this kind of error.
    WrongHandler,
    /// A handler the runtime does not have (`surrogateescape`, ...).
    Unsupported,
}

fn handler(errors: &str) -> Result<Handler, Failure> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" => return Err(Failure::Unsupported),
        _ => return Err(Failure::UnknownHandler),
    })
}

fn push_hex(out: &mut Vec<u8>, prefix: &[u8], v: u32, digits: u32) {
    out.extend_from_slice(prefix);
    for k in (0..digits).rev() {
        out.push(b"0123456789abcdef"[((v >> (4 * k)) & 15) as usize]);
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` like the `backslashreplace` handler.
fn push_backslash(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0xFF => push_hex(out, b"\\x", c, 2),
        0x100..=0xFFFF => push_hex(out, b"\\u", c, 4),
        _ => push_hex(out, b"\\U", c, 8),
    }
}

fn push_decimal(out: &mut Vec<u8>, mut v: u32) {
    let mut digits = [0u8; 10];
    let mut n = 0;
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..n].iter().rev());
}

/// `s.encode(codec, errors)`.
pub fn encode(codec: Codec, s: &str, errors: &str) -> Result<Vec<u8>, Failure> {
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython reports (and hands to the handler) the whole run of unencodable characters.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        let failure = Failure::Codec {
            start: i,
            end,
            reason: codec.range_reason(),
        };
        let h = handler(errors)?;
        for &ch in &chars[i..end] {
            match h {
                Handler::Strict => return Err(failure),
                Handler::Ignore => {}
                Handler::Replace => out.push(b'?'),
                Handler::BackslashReplace => push_backslash(&mut out, ch as u32),
                Handler::XmlCharRefReplace => {
                    out.extend_from_slice(b"&#");
                    push_decimal(&mut out, ch as u32);
                    out.push(b';');
                }
            }
        }
        i = end;
    }
    Ok(out)
}

const END_OF_DATA: &[u8] = b"unexpected end of data";
const INVALID_START: &[u8] = b"invalid start byte";
const INVALID_CONTINUATION: &[u8] = b"invalid continuation byte";

/// The UTF-8 sequence at `b[i..]`: its length, or the end of the invalid range and the reason,
/// exactly as CPython's decoder delimits errors.
fn utf8_sequence(b: &[u8], i: usize) -> Result<usize, (usize, &'static [u8])> {
    let cont = |k: usize| b[k] & 0xC0 == 0x80;
    let rest = b.len() - i;
    let ch = b[i];
    let end_of_data = Err((b.len(), END_OF_DATA));
    let invalid = |k: usize| Err((i + k, INVALID_CONTINUATION));
    match ch {
        0..=0x7F => Ok(1),
        0xC2..=0xDF => {
            if rest < 2 {
                return end_of_data;
            }
            if !cont(i + 1) {
                return invalid(1);
            }
            Ok(2)
        }
        0xE0..=0xEF => {
            if rest < 2 {
                return end_of_data;
            }
            let c2 = b[i + 1];
            let bad_second =
                !cont(i + 1) || (ch == 0xE0 && c2 < 0xA0) || (ch == 0xED && c2 >= 0xA0);
            if bad_second {
                return invalid(1);
            }
            if rest < 3 {
                return end_of_data;
            }
            if !cont(i + 2) {
                return invalid(2);
            }
            Ok(3)
        }
        0xF0..=0xF4 => {
            if rest < 2 {
                return end_of_data;
            }
            let c2 = b[i + 1];
            let bad_second =
                !cont(i + 1) || (ch == 0xF0 && c2 < 0x90) || (ch == 0xF4 && c2 >= 0x90);
            if bad_second {
                return invalid(1);
            }
            if rest < 3 {
                return end_of_data;
            }
            if !cont(i + 2) {
                return invalid(2);
            }
            if rest < 4 {
                return end_of_data;
            }
            if !cont(i + 3) {
                return invalid(3);
            }
            Ok(4)
        }
        _ => Err((i + 1, INVALID_START)),
    }
}

/// The bytes `b` decoded with `codec`: UTF-8 text.
pub fn decode(codec: Codec, b: &[u8], errors: &str) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let step = match codec {
            Codec::Utf8 => utf8_sequence(b, i),
            Codec::Ascii if b[i] >= 0x80 => Err((i + 1, Codec::Ascii.range_reason())),
            Codec::Ascii => Ok(1),
            Codec::Latin1 => {
                crate::text::push_char(&mut out, b[i] as u32);
                i += 1;
                continue;
            }
        };
        let (end, reason) = match step {
            Ok(n) => {
                out.extend_from_slice(&b[i..i + n]);
                i += n;
                continue;
            }
            Err(e) => e,
        };
        let failure = Failure::Codec {
            start: i,
            end,
            reason,
        };
        match handler(errors) {
            Ok(Handler::Strict) => return Err(failure),
            Ok(Handler::Ignore) => {}
            Ok(Handler::Replace) => out.extend_from_slice("\u{FFFD}".as_bytes()),
            Ok(Handler::BackslashReplace) => {
                for &x in &b[i..end] {
                    push_hex(&mut out, b"\\x", x as u32, 2);
                }
            }
            Ok(Handler::XmlCharRefReplace) => return Err(Failure::WrongHandler),
            Err(f) => return Err(f),
        }
        i = end;
    }
    Ok(out)
}
