//! Host tests of `bytes` and the codecs: repr, methods, operators, `bytes(...)`, `str.encode`,
//! `bytes.decode` and their errors. Expected strings are what CPython 3.12 prints (`repr` of the
//! result, or `Type: message` of the exception).

use crate::codecs::{self, Codec};
use crate::tests::*;
use crate::value::*;
use crate::*;
use std::string::String;
use std::vec::Vec;

fn by(b: &[u8]) -> Word {
    bytes::new_bytes(b).unwrap()
}

fn m(o: Word, name: &str, args: &[Word]) -> Word {
    methods::mlrt_call_method(o, s(name), tuple(args), NONE)
}

/// A case: the Python expression, the same computation on the runtime, what CPython prints.
type Case = (&'static str, fn() -> Word, &'static str);

/// `repr` of the value, or `Type: message` of the exception it raised.
fn outcome(w: Word) -> String {
    if w == EXC { raised(w) } else { repr_of(w) }
}

#[test]
fn bytes_behave_like_cpython() {
    with_runtime(|| {
        let cases: &[Case] = &[
            (
                r#"b'caf\xc3\xa9'"#,
                || by(b"caf\xc3\xa9"),
                r#"b'caf\xc3\xa9'"#,
            ),
            (r#"b"it's""#, || by(b"it's"), r#"b"it's""#),
            (
                r#"b'both \' and "'"#,
                || by(b"both ' and \""),
                r#"b'both \' and "'"#,
            ),
            (
                r#"b'\t\n\r\\\x00\x7f\x80\xff ~'"#,
                || by(b"\t\n\r\\\x00\x7f\x80\xff ~"),
                r#"b'\t\n\r\\\x00\x7f\x80\xff ~'"#,
            ),
            (r#"b''"#, || by(b""), r#"b''"#),
            (
                r#"'é'.encode('utf-8')"#,
                || m(s("é"), "encode", &[s("utf-8")]),
                r#"b'\xc3\xa9'"#,
            ),
            (
                r#"'é'.encode('UTF_8')"#,
                || m(s("é"), "encode", &[s("UTF_8")]),
                r#"b'\xc3\xa9'"#,
            ),
            (
                r#"'é'.encode(' Latin-1 ')"#,
                || m(s("é"), "encode", &[s(" Latin-1 ")]),
                r#"b'\xe9'"#,
            ),
            (
                r#"'é'.encode('iso8859-1')"#,
                || m(s("é"), "encode", &[s("iso8859-1")]),
                r#"b'\xe9'"#,
            ),
            (
                r#"'日本'.encode()"#,
                || m(s("日本"), "encode", &[]),
                r#"b'\xe6\x97\xa5\xe6\x9c\xac'"#,
            ),
            (
                r#"'café'.encode('ascii')"#,
                || m(s("café"), "encode", &[s("ascii")]),
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)"#,
            ),
            (
                r#"'日本語x'.encode('ascii')"#,
                || m(s("日本語x"), "encode", &[s("ascii")]),
                r#"UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-2: ordinal not in range(128)"#,
            ),
            (
                r#"'a€b'.encode('latin-1')"#,
                || m(s("a€b"), "encode", &[s("latin-1")]),
                r#"UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)"#,
            ),
            (
                r#"'😀'.encode('ascii')"#,
                || m(s("😀"), "encode", &[s("ascii")]),
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 0: ordinal not in range(128)"#,
            ),
            (
                r#"'naïve café'.encode('ascii', 'replace')"#,
                || m(s("naïve café"), "encode", &[s("ascii"), s("replace")]),
                r#"b'na?ve caf?'"#,
            ),
            (
                r#"'naïve café'.encode('ascii', 'ignore')"#,
                || m(s("naïve café"), "encode", &[s("ascii"), s("ignore")]),
                r#"b'nave caf'"#,
            ),
            (
                r#"'a€😀'.encode('latin-1', 'backslashreplace')"#,
                || m(s("a€😀"), "encode", &[s("latin-1"), s("backslashreplace")]),
                r#"b'a\\u20ac\\U0001f600'"#,
            ),
            (
                r#"'a€'.encode('ascii', 'xmlcharrefreplace')"#,
                || m(s("a€"), "encode", &[s("ascii"), s("xmlcharrefreplace")]),
                r#"b'a&#8364;'"#,
            ),
            (
                r#"'é'.encode('ascii', 'bogus')"#,
                || m(s("é"), "encode", &[s("ascii"), s("bogus")]),
                r#"LookupError: unknown error handler name 'bogus'"#,
            ),
            (
                r#"'é'.encode('xyz')"#,
                || m(s("é"), "encode", &[s("xyz")]),
                r#"LookupError: unknown encoding: xyz"#,
            ),
            (
                r#"'é'.encode('u-t-f-8')"#,
                || m(s("é"), "encode", &[s("u-t-f-8")]),
                r#"LookupError: unknown encoding: u-t-f-8"#,
            ),
            (
                r#"'é'.encode(3)"#,
                || m(s("é"), "encode", &[int(3)]),
                r#"TypeError: encode() argument 'encoding' must be str, not int"#,
            ),
            (
                r#"b'caf\xc3\xa9'.decode()"#,
                || m(by(b"caf\xc3\xa9"), "decode", &[]),
                r#"'café'"#,
            ),
            (
                r#"b'caf\xe9'.decode('latin1')"#,
                || m(by(b"caf\xe9"), "decode", &[s("latin1")]),
                r#"'café'"#,
            ),
            (
                r#"b'caf\xc3'.decode()"#,
                || m(by(b"caf\xc3"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data"#,
            ),
            (
                r#"b'\xe6\x97'.decode()"#,
                || m(by(b"\xe6\x97"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"#,
            ),
            (
                r#"b'\xc3\x28'.decode()"#,
                || m(by(b"\xc3\x28"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"#,
            ),
            (
                r#"b'\xe6\x97\x28'.decode()"#,
                || m(by(b"\xe6\x97\x28"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"#,
            ),
            (
                r#"b'\xff'.decode()"#,
                || m(by(b"\xff"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"#,
            ),
            (
                r#"b'a\xf0\x9f\x98'.decode()"#,
                || m(by(b"a\xf0\x9f\x98"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"#,
            ),
            (
                r#"b'\xed\xa0\x80'.decode()"#,
                || m(by(b"\xed\xa0\x80"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"#,
            ),
            (
                r#"b'\xf4\x90\x80\x80'.decode()"#,
                || m(by(b"\xf4\x90\x80\x80"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"#,
            ),
            (
                r#"b'\xf0\x9f\x28\x28'.decode()"#,
                || m(by(b"\xf0\x9f\x28\x28"), "decode", &[]),
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"#,
            ),
            (
                r#"b'ok\xe9'.decode('ascii')"#,
                || m(by(b"ok\xe9"), "decode", &[s("ascii")]),
                r#"UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 2: ordinal not in range(128)"#,
            ),
            (
                r#"b'\xed\xa0\x80x\xff'.decode('utf-8', 'replace')"#,
                || {
                    m(
                        by(b"\xed\xa0\x80x\xff"),
                        "decode",
                        &[s("utf-8"), s("replace")],
                    )
                },
                r#"'���x�'"#,
            ),
            (
                r#"b'a\xf0\x9f\x98'.decode('utf-8', 'backslashreplace')"#,
                || {
                    m(
                        by(b"a\xf0\x9f\x98"),
                        "decode",
                        &[s("utf-8"), s("backslashreplace")],
                    )
                },
                r#"'a\\xf0\\x9f\\x98'"#,
            ),
            (
                r#"b'a\xff\xfeb'.decode('ascii', 'ignore')"#,
                || m(by(b"a\xff\xfeb"), "decode", &[s("ascii"), s("ignore")]),
                r#"'ab'"#,
            ),
            (
                r#"b'\xff'.decode('utf-8', 'xmlcharrefreplace')"#,
                || m(by(b"\xff"), "decode", &[s("utf-8"), s("xmlcharrefreplace")]),
                r#"TypeError: don't know how to handle UnicodeDecodeError in error callback"#,
            ),
            (
                r#"b'x'.decode('nope')"#,
                || m(by(b"x"), "decode", &[s("nope")]),
                r#"LookupError: unknown encoding: nope"#,
            ),
            (
                r#"b'\x01\x02\xff\x04\x05'.hex()"#,
                || m(by(b"\x01\x02\xff\x04\x05"), "hex", &[]),
                r#"'0102ff0405'"#,
            ),
            (
                r#"b'\x01\x02\xff\x04\x05'.hex(':', 2)"#,
                || m(by(b"\x01\x02\xff\x04\x05"), "hex", &[s(":"), int(2)]),
                r#"'01:02ff:0405'"#,
            ),
            (
                r#"b'\x01\x02\xff\x04\x05'.hex('-', -2)"#,
                || m(by(b"\x01\x02\xff\x04\x05"), "hex", &[s("-"), int(-2)]),
                r#"'0102-ff04-05'"#,
            ),
            (
                r#"b'abc'.hex('::')"#,
                || m(by(b"abc"), "hex", &[s("::")]),
                r#"ValueError: sep must be length 1."#,
            ),
            (
                r#"b'abracadabra'.count(b'a')"#,
                || m(by(b"abracadabra"), "count", &[by(b"a")]),
                r#"5"#,
            ),
            (
                r#"b'abracadabra'.count(97, 1, -1)"#,
                || m(by(b"abracadabra"), "count", &[int(97), int(1), int(-1)]),
                r#"3"#,
            ),
            (
                r#"b'abracadabra'.count(b'')"#,
                || m(by(b"abracadabra"), "count", &[by(b"")]),
                r#"12"#,
            ),
            (
                r#"b'abracadabra'.count('a')"#,
                || m(by(b"abracadabra"), "count", &[s("a")]),
                r#"TypeError: argument should be integer or bytes-like object, not 'str'"#,
            ),
            (
                r#"b'abracadabra'.count(256)"#,
                || m(by(b"abracadabra"), "count", &[int(256)]),
                r#"ValueError: byte must be in range(0, 256)"#,
            ),
            (
                r#"b'abracadabra'.find(b'cad')"#,
                || m(by(b"abracadabra"), "find", &[by(b"cad")]),
                r#"4"#,
            ),
            (
                r#"b'abracadabra'.rfind(b'a', 0, -1)"#,
                || m(by(b"abracadabra"), "rfind", &[by(b"a"), int(0), int(-1)]),
                r#"7"#,
            ),
            (
                r#"b'abracadabra'.find(b'z')"#,
                || m(by(b"abracadabra"), "find", &[by(b"z")]),
                r#"-1"#,
            ),
            (
                r#"b'abracadabra'.index(b'z')"#,
                || m(by(b"abracadabra"), "index", &[by(b"z")]),
                r#"ValueError: subsection not found"#,
            ),
            (
                r#"b'abracadabra'.index(100)"#,
                || m(by(b"abracadabra"), "index", &[int(100)]),
                r#"6"#,
            ),
            (
                r#"b'abracadabra'.startswith((b'x', b'ab'))"#,
                || {
                    m(
                        by(b"abracadabra"),
                        "startswith",
                        &[tuple(&[by(b"x"), by(b"ab")])],
                    )
                },
                r#"True"#,
            ),
            (
                r#"b'abracadabra'.endswith(b'bra', 0, 4)"#,
                || {
                    m(
                        by(b"abracadabra"),
                        "endswith",
                        &[by(b"bra"), int(0), int(4)],
                    )
                },
                r#"True"#,
            ),
            (
                r#"b'abracadabra'.startswith('ab')"#,
                || m(by(b"abracadabra"), "startswith", &[s("ab")]),
                r#"TypeError: startswith first arg must be bytes or a tuple of bytes, not str"#,
            ),
            (
                r#"b'  a b\t\nc  '.split()"#,
                || m(by(b"  a b\t\nc  "), "split", &[]),
                r#"[b'a', b'b', b'c']"#,
            ),
            (
                r#"b'  a b\t\nc  '.split(None, 1)"#,
                || m(by(b"  a b\t\nc  "), "split", &[NONE, int(1)]),
                r#"[b'a', b'b\t\nc  ']"#,
            ),
            (
                r#"b'  a b\t\nc  '.rsplit(None, 1)"#,
                || m(by(b"  a b\t\nc  "), "rsplit", &[NONE, int(1)]),
                r#"[b'  a b', b'c']"#,
            ),
            (
                r#"b'a,b,,c'.split(b',')"#,
                || m(by(b"a,b,,c"), "split", &[by(b",")]),
                r#"[b'a', b'b', b'', b'c']"#,
            ),
            (
                r#"b'a,b,,c'.rsplit(b',', 2)"#,
                || m(by(b"a,b,,c"), "rsplit", &[by(b","), int(2)]),
                r#"[b'a,b', b'', b'c']"#,
            ),
            (
                r#"b'a,b'.split(b'')"#,
                || m(by(b"a,b"), "split", &[by(b"")]),
                r#"ValueError: empty separator"#,
            ),
            (
                r#"b'a,b'.split(',')"#,
                || m(by(b"a,b"), "split", &[s(",")]),
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"b'-'.join([b'a', b'bc', b''])"#,
                || m(by(b"-"), "join", &[list(&[by(b"a"), by(b"bc"), by(b"")])]),
                r#"b'a-bc-'"#,
            ),
            (
                r#"b'-'.join([b'a', 'b'])"#,
                || m(by(b"-"), "join", &[list(&[by(b"a"), s("b")])]),
                r#"TypeError: sequence item 1: expected a bytes-like object, str found"#,
            ),
            (
                r#"b'aXbXc'.replace(b'X', b'--')"#,
                || m(by(b"aXbXc"), "replace", &[by(b"X"), by(b"--")]),
                r#"b'a--b--c'"#,
            ),
            (
                r#"b'aXbXc'.replace(b'X', b'', 1)"#,
                || m(by(b"aXbXc"), "replace", &[by(b"X"), by(b""), int(1)]),
                r#"b'abXc'"#,
            ),
            (
                r#"b'abc'.replace(b'', b'.')"#,
                || m(by(b"abc"), "replace", &[by(b""), by(b".")]),
                r#"b'.a.b.c.'"#,
            ),
            (
                r#"b'abc'.replace('a', b'b')"#,
                || m(by(b"abc"), "replace", &[s("a"), by(b"b")]),
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"b' \t xy \n'.strip()"#,
                || m(by(b" \t xy \n"), "strip", &[]),
                r#"b'xy'"#,
            ),
            (
                r#"b'xxhixx'.lstrip(b'x')"#,
                || m(by(b"xxhixx"), "lstrip", &[by(b"x")]),
                r#"b'hixx'"#,
            ),
            (
                r#"b'xxhixx'.rstrip(b'x')"#,
                || m(by(b"xxhixx"), "rstrip", &[by(b"x")]),
                r#"b'xxhi'"#,
            ),
            (
                r#"b'xxhixx'.strip('x')"#,
                || m(by(b"xxhixx"), "strip", &[s("x")]),
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"b'Hello \xc3\xa9!'.upper()"#,
                || m(by(b"Hello \xc3\xa9!"), "upper", &[]),
                r#"b'HELLO \xc3\xa9!'"#,
            ),
            (
                r#"b'Hello \xc3\x89!'.lower()"#,
                || m(by(b"Hello \xc3\x89!"), "lower", &[]),
                r#"b'hello \xc3\x89!'"#,
            ),
            (
                r#"b'abc'.upper(1)"#,
                || m(by(b"abc"), "upper", &[int(1)]),
                r#"TypeError: bytes.upper() takes no arguments (1 given)"#,
            ),
            (
                r#"b'abc'.nope()"#,
                || m(by(b"abc"), "nope", &[]),
                r#"AttributeError: 'bytes' object has no attribute 'nope'"#,
            ),
            (
                r#"bytes.fromhex('de ad BE')"#,
                || m(by(b""), "fromhex", &[s("de ad BE")]),
                r#"b'\xde\xad\xbe'"#,
            ),
            (
                r#"bytes.fromhex('dex')"#,
                || m(by(b""), "fromhex", &[s("dex")]),
                r#"ValueError: non-hexadecimal number found in fromhex() arg at position 2"#,
            ),
            (
                r#"b'abc'[1]"#,
                || containers::mlrt_getitem(by(b"abc"), int(1)),
                r#"98"#,
            ),
            (
                r#"b'abc'[-1]"#,
                || containers::mlrt_getitem(by(b"abc"), int(-1)),
                r#"99"#,
            ),
            (
                r#"b'abc'[3]"#,
                || containers::mlrt_getitem(by(b"abc"), int(3)),
                r#"IndexError: index out of range"#,
            ),
            (
                r#"b'abcdef'[::-2]"#,
                || {
                    containers::mlrt_getitem(
                        by(b"abcdef"),
                        containers::mlrt_slice_new(NONE, NONE, int(-2)),
                    )
                },
                r#"b'fdb'"#,
            ),
            (
                r#"b'abcdef'[1:4]"#,
                || {
                    containers::mlrt_getitem(
                        by(b"abcdef"),
                        containers::mlrt_slice_new(int(1), int(4), NONE),
                    )
                },
                r#"b'bcd'"#,
            ),
            (
                r#"b'abc' + b'de'"#,
                || num::mlrt_add(by(b"abc"), by(b"de")),
                r#"b'abcde'"#,
            ),
            (
                r#"b'abc' + 'de'"#,
                || num::mlrt_add(by(b"abc"), s("de")),
                r#"TypeError: can't concat str to bytes"#,
            ),
            (
                r#"'abc' + b'de'"#,
                || num::mlrt_add(s("abc"), by(b"de")),
                r#"TypeError: can only concatenate str (not "bytes") to str"#,
            ),
            (
                r#"b'ab' * 3"#,
                || num::mlrt_mul(by(b"ab"), int(3)),
                r#"b'ababab'"#,
            ),
            (
                r#"2 * b'ab'"#,
                || num::mlrt_mul(int(2), by(b"ab")),
                r#"b'abab'"#,
            ),
            (
                r#"b'ab' * -1"#,
                || num::mlrt_mul(by(b"ab"), int(-1)),
                r#"b''"#,
            ),
            (
                r#"b'abc' < b'abd'"#,
                || num::mlrt_lt(by(b"abc"), by(b"abd")),
                r#"True"#,
            ),
            (
                r#"b'ab' < b'abc'"#,
                || num::mlrt_lt(by(b"ab"), by(b"abc")),
                r#"True"#,
            ),
            (
                r#"b'b' >= b'abc'"#,
                || num::mlrt_ge(by(b"b"), by(b"abc")),
                r#"True"#,
            ),
            (
                r#"b'abc' == b'abc'"#,
                || num::mlrt_eq(by(b"abc"), by(b"abc")),
                r#"True"#,
            ),
            (
                r#"b'abc' == 'abc'"#,
                || num::mlrt_eq(by(b"abc"), s("abc")),
                r#"False"#,
            ),
            (
                r#"b'abc' < 'abd'"#,
                || num::mlrt_lt(by(b"abc"), s("abd")),
                r#"TypeError: '<' not supported between instances of 'bytes' and 'str'"#,
            ),
            (
                r#"98 in b'abc'"#,
                || containers::mlrt_contains(by(b"abc"), int(98)),
                r#"True"#,
            ),
            (
                r#"b'bc' in b'abc'"#,
                || containers::mlrt_contains(by(b"abc"), by(b"bc")),
                r#"True"#,
            ),
            (
                r#"'b' in b'abc'"#,
                || containers::mlrt_contains(by(b"abc"), s("b")),
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"-1 in b'abc'"#,
                || containers::mlrt_contains(by(b"abc"), int(-1)),
                r#"ValueError: byte must be in range(0, 256)"#,
            ),
            (
                r#"len(b'\x00\xff')"#,
                || containers::mlrt_len(by(b"\x00\xff")),
                r#"2"#,
            ),
            (
                r#"bytes()"#,
                || bytes::mlrt_builtin_bytes(tuple(&[]), NONE),
                r#"b''"#,
            ),
            (
                r#"bytes(3)"#,
                || bytes::mlrt_builtin_bytes(tuple(&[int(3)]), NONE),
                r#"b'\x00\x00\x00'"#,
            ),
            (
                r#"bytes(-1)"#,
                || bytes::mlrt_builtin_bytes(tuple(&[int(-1)]), NONE),
                r#"ValueError: negative count"#,
            ),
            (
                r#"bytes([104, 105])"#,
                || bytes::mlrt_builtin_bytes(tuple(&[list(&[int(104), int(105)])]), NONE),
                r#"b'hi'"#,
            ),
            (
                r#"bytes([1, 256])"#,
                || bytes::mlrt_builtin_bytes(tuple(&[list(&[int(1), int(256)])]), NONE),
                r#"ValueError: bytes must be in range(0, 256)"#,
            ),
            (
                r#"bytes(['a'])"#,
                || bytes::mlrt_builtin_bytes(tuple(&[list(&[s("a")])]), NONE),
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"bytes('é', 'utf-8')"#,
                || bytes::mlrt_builtin_bytes(tuple(&[s("é"), s("utf-8")]), NONE),
                r#"b'\xc3\xa9'"#,
            ),
            (
                r#"bytes('é')"#,
                || bytes::mlrt_builtin_bytes(tuple(&[s("é")]), NONE),
                r#"TypeError: string argument without an encoding"#,
            ),
            (
                r#"bytes(b'xy')"#,
                || bytes::mlrt_builtin_bytes(tuple(&[by(b"xy")]), NONE),
                r#"b'xy'"#,
            ),
            (
                r#"bytes(b'xy', 'ascii')"#,
                || bytes::mlrt_builtin_bytes(tuple(&[by(b"xy"), s("ascii")]), NONE),
                r#"TypeError: encoding without a string argument"#,
            ),
            (
                r#"bytes(2.5)"#,
                || bytes::mlrt_builtin_bytes(tuple(&[num::mlrt_float_new(2.5)]), NONE),
                r#"TypeError: cannot convert 'float' object to bytes"#,
            ),
            (
                r#"bytes('é', 'ascii')"#,
                || bytes::mlrt_builtin_bytes(tuple(&[s("é"), s("ascii")]), NONE),
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)"#,
            ),
            (
                r#"str(b'caf\xc3\xa9', 'utf-8')"#,
                || builtins::mlrt_builtin_str(tuple(&[by(b"caf\xc3\xa9"), s("utf-8")]), NONE),
                r#"'café'"#,
            ),
            (
                r#"str(b'ab')"#,
                || builtins::mlrt_builtin_str(tuple(&[by(b"ab")]), NONE),
                r#""b'ab'""#,
            ),
            (
                r#"str('ab', 'ascii')"#,
                || builtins::mlrt_builtin_str(tuple(&[s("ab"), s("ascii")]), NONE),
                r#"TypeError: decoding str is not supported"#,
            ),
        ];
        let mut failures = Vec::new();
        for (python, f, expected) in cases {
            let got = outcome(f());
            if got != *expected {
                failures.push(std::format!("{python}\n   got: {got}\n  want: {expected}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    });
}

#[test]
fn codec_errors_carry_cpython_arguments() {
    with_runtime(|| {
        assert_eq!(m(s("café"), "encode", &[s("ascii")]), EXC);
        let e = state::state().pending;
        assert_eq!(
            repr_of(e),
            r#"UnicodeEncodeError('ascii', 'café', 3, 4, 'ordinal not in range(128)')"#
        );
        assert_eq!(
            repr_of(class::mlrt_getattr(e, s("reason"))),
            "'ordinal not in range(128)'"
        );
        assert_eq!(repr_of(class::mlrt_getattr(e, s("start"))), "3");
        let value_error = exc::mlrt_exc_class(exc::VALUE_ERROR as i32);
        assert_eq!(exc::mlrt_exc_matches(value_error), 1);
        exc::mlrt_exc_clear();

        assert_eq!(m(by(b"caf\xc3"), "decode", &[]), EXC);
        let e = state::state().pending;
        assert_eq!(
            repr_of(e),
            r#"UnicodeDecodeError('utf-8', b'caf\xc3', 3, 4, 'unexpected end of data')"#
        );
        assert_eq!(
            repr_of(class::mlrt_getattr(e, s("object"))),
            r#"b'caf\xc3'"#
        );
        exc::mlrt_exc_clear();
    });
}

#[test]
fn encoding_names_normalize_like_cpython() {
    let cases: &[(&str, Option<Codec>)] = &[
        ("utf-8", Some(Codec::Utf8)),
        ("UTF8", Some(Codec::Utf8)),
        (" utf_8 ", Some(Codec::Utf8)),
        ("u-t-f-8", None),
        ("US-ASCII", Some(Codec::Ascii)),
        ("ANSI_X3.4-1968", Some(Codec::Ascii)),
        ("Latin-1", Some(Codec::Latin1)),
        ("ISO-8859-1", Some(Codec::Latin1)),
        ("iso_8859_1:1987", Some(Codec::Latin1)),
        ("utf-16", None),
    ];
    for (name, codec) in cases {
        assert_eq!(codecs::lookup(name), *codec, "{name}");
    }
    assert!(codecs::is_other_cpython_codec("UTF-16-LE"));
    assert!(codecs::is_other_cpython_codec("cp1252"));
    assert!(!codecs::is_other_cpython_codec("xyz"));
}

#[test]
fn bytes_hash_iterate_and_key_dicts() {
    with_runtime(|| {
        let joined = num::mlrt_add(by(b"ab"), by(b"c"));
        assert_eq!(num::mlrt_hash(joined), num::mlrt_hash(by(b"abc")));
        let d = containers::mlrt_dict_new();
        containers::mlrt_dict_set(d, by(b"abc"), int(1));
        assert_eq!(repr_of(containers::mlrt_getitem(d, joined)), "1");
        let l = builtins::mlrt_builtin_list(tuple(&[by(b"hi\xff")]), NONE);
        assert_eq!(repr_of(l), "[104, 105, 255]");
        assert_eq!(string_of(by(b"x'")), r#"b"x'""#);
        let kind = builtins::mlrt_builtin_type(tuple(&[by(b"")]), NONE);
        assert_eq!(repr_of(kind), "<class 'bytes'>");
        let f = format::mlrt_format(by(b"x"), s(""));
        assert_eq!(repr_of(f), r#""b'x'""#);
        assert_eq!(
            raised(format::mlrt_format(by(b"x"), s(">5"))),
            "TypeError: unsupported format string passed to bytes.__format__"
        );
    });
}
