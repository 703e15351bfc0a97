//! Runtime paths that inline fast paths and their slow-path calls rely on.

use crate::object::*;
use crate::tests::{int, raised, repr_of, s, with_runtime};
use crate::value::*;
use crate::*;

#[test]
fn one_character_ascii_strs_are_shared() {
    with_runtime(|| {
        let text = s("a{b");
        let brace = containers::mlrt_getitem(text, int(1));
        assert_eq!(brace, s("{"));
        assert_eq!(containers::mlrt_getitem(text, int(-3)), s("a"));
        assert_eq!(repr_of(brace), "'{'");
        assert_eq!(num::mlrt_hash(brace), num::mlrt_hash(s("{")));
        gc::collect();
        assert_eq!(str_bytes(containers::mlrt_getitem(text, int(1))), b"{");
        let accented = s("é");
        assert_ne!(accented, s("é"));
        assert_eq!(repr_of(containers::mlrt_getitem(s("xé"), int(1))), "'é'");
        assert_eq!(
            raised(containers::mlrt_getitem(text, int(3))),
            "IndexError: string index out of range"
        );
        let huge = int::from_big(&int::parse(b"1180591620717411303424", 10).unwrap()).unwrap();
        assert_eq!(
            raised(containers::mlrt_getitem(text, huge)),
            "IndexError: cannot fit 'int' into an index-sized integer"
        );
        assert_eq!(
            raised(containers::mlrt_getitem(text, s("x"))),
            "TypeError: string indices must be integers, not 'str'"
        );
    });
}

#[test]
fn str_and_number_comparisons_without_user_code() {
    with_runtime(|| {
        assert_eq!(num::mlrt_eq(s("ab"), s("ab")), TRUE);
        assert_eq!(num::mlrt_ne(s("ab"), s("ab")), FALSE);
        assert_eq!(num::mlrt_eq(s("a"), s("b")), FALSE);
        assert_eq!(num::mlrt_lt(s("a"), s("ab")), TRUE);
        assert_eq!(num::mlrt_ge(s("é"), s("z")), TRUE);
        assert_eq!(num::mlrt_eq(int(1), num::new_float(1.0).unwrap()), TRUE);
        let nan = num::new_float(f64::NAN).unwrap();
        assert_eq!(num::mlrt_eq(nan, nan), FALSE);
        assert_eq!(num::mlrt_ne(nan, nan), TRUE);
        assert_eq!(num::mlrt_eq(s("1"), int(1)), FALSE);
        assert_eq!(
            raised(num::mlrt_lt(s("1"), int(1))),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
    });
}

#[test]
fn pow_helper_is_the_runtime_pow() {
    for (x, y) in [
        (2.0, 0.5),
        (1e10, 3.0),
        (7.5, -1.25),
        (0.0, 0.5),
        (-0.0, 0.5),
        (1e-310, 0.5),
        (f64::INFINITY, 0.5),
        (-4.0, 0.5),
        (f64::NAN, 0.5),
        (1.0, 0.5),
        (123.456, 0.5),
    ] {
        assert_eq!(
            fastpath::mlrt_pow_f64(x, y).to_bits(),
            libm::pow(x, y).to_bits()
        );
    }
}
