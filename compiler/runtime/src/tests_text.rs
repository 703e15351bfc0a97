//! Host tests of str search bounds, Unicode case mappings and `ascii`; expected values
//! printed by CPython 3.12 as `ascii(result)`.

use crate::tests::{int, s, tuple, with_runtime};
use crate::value::*;
use crate::*;
use std::string::String;

fn ascii_of(w: Word) -> String {
    assert_ne!(
        w,
        EXC,
        "unexpected exception: {}",
        crate::tests::pending_message()
    );
    String::from_utf8(object::str_bytes(repr::to_ascii(w).unwrap()).to_vec()).unwrap()
}

#[test]
fn str_methods_match_cpython() {
    with_runtime(|| {
        let cases: &[(Word, &str, &[Word], &str)] = &[
            (s("the cat sat"), "find", &[s("at"), int(6)], r#"9"#),
            (
                s("the cat sat"),
                "rfind",
                &[s("at"), int(0), int(8)],
                r#"5"#,
            ),
            (s("the cat sat"), "find", &[s("at"), int(-3)], r#"9"#),
            (s("the cat sat"), "find", &[s("at"), int(100)], r#"-1"#),
            (s("abc"), "find", &[s(""), int(3)], r#"3"#),
            (s("abc"), "find", &[s(""), int(4)], r#"-1"#),
            (s("abc"), "find", &[s(""), int(2), int(1)], r#"-1"#),
            (s("abc"), "rfind", &[s(""), int(-10), int(-20)], r#"0"#),
            (s("héllo wörld"), "find", &[s("ö"), int(2), NONE], r#"7"#),
            (s("héllo wörld"), "rindex", &[s("l"), NONE, int(-2)], r#"3"#),
            (s("héllo"), "count", &[s(""), int(1), int(3)], r#"3"#),
            (s("abc"), "count", &[s(""), int(4)], r#"0"#),
            (s("aaaa"), "count", &[s("aa"), int(1)], r#"1"#),
            (s("naïve"), "startswith", &[s("ïv"), int(2)], r#"True"#),
            (
                s("naïve"),
                "endswith",
                &[s("ïv"), int(0), int(-1)],
                r#"True"#,
            ),
            (s("abc"), "startswith", &[s(""), int(3)], r#"True"#),
            (s("abc"), "startswith", &[s(""), int(4)], r#"False"#),
            (
                s("abc"),
                "endswith",
                &[tuple(&[s("x"), s("b")]), int(0), int(2)],
                r#"True"#,
            ),
            (s("straße ﬁx"), "upper", &[], r#"'STRASSE FIX'"#),
            (s("İstanbul"), "lower", &[], r#"'i\u0307stanbul'"#),
            (
                s("ΣΑΣ ΟΔΟΣ Σ"),
                "lower",
                &[],
                r#"'\u03c3\u03b1\u03c2 \u03bf\u03b4\u03bf\u03c2 \u03c3'"#,
            ),
            (s("ǆemal ßa ﬁne"), "title", &[], r#"'\u01c5emal Ssa Fine'"#),
            (s("ǆemal"), "capitalize", &[], r#"'\u01c5emal'"#),
            (
                s("Straße ΣΑΣ"),
                "casefold",
                &[],
                r#"'strasse \u03c3\u03b1\u03c3'"#,
            ),
            (
                s("ΣΑΣ ß ǅ"),
                "swapcase",
                &[],
                r#"'\u03c3\u03b1\u03c2 SS \u01c5'"#,
            ),
            (s("ᏸᎠ"), "casefold", &[], r#"'\u13f0\u13a0'"#),
            (s("ἀΣ'Σ"), "lower", &[], r#""\u1f00\u03c3'\u03c2""#),
            (s("ა"), "title", &[], r#"'\u10d0'"#),
        ];
        for &(recv, name, args, expected) in cases {
            let got = methods::mlrt_call_method(recv, s(name), tuple(args), NONE);
            assert_eq!(ascii_of(got), expected, "{}.{name}{args:?}", ascii_of(recv));
        }
    });
}

#[test]
fn search_errors_match_cpython() {
    with_runtime(|| {
        let r = methods::mlrt_call_method(s("abc"), s("index"), tuple(&[s("z"), int(1)]), NONE);
        assert_eq!(r, EXC);
        assert_eq!(
            crate::tests::pending_message(),
            "ValueError: substring not found"
        );
        exc::mlrt_exc_clear();
        let r = methods::mlrt_call_method(s("abc"), s("find"), tuple(&[s("a"), s("x")]), NONE);
        assert_eq!(r, EXC);
        assert_eq!(
            crate::tests::pending_message(),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
    });
}

#[test]
fn ascii_escapes_like_cpython() {
    with_runtime(|| {
        let text = s("caf\u{e9} \u{4e2d}\u{6587} \u{1f600} \u{85}");
        assert_eq!(
            crate::tests::string_of(repr::to_ascii(text).unwrap()),
            r#"'caf\xe9 \u4e2d\u6587 \U0001f600 \x85'"#
        );
        let items = crate::tests::list(&[s("\u{e9}"), int(1)]);
        assert_eq!(
            crate::tests::string_of(repr::to_ascii(items).unwrap()),
            r#"['\xe9', 1]"#
        );
    });
}
