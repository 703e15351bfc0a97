//! Host tests of set element order and slice attributes. CPython iterates a set in hash-table
//! slot order, so the runtime reproduces its table (set_table.rs) and its set algebra
//! (set_ops.rs). Expected strings are what CPython 3.12 prints.

use crate::tests::*;
use crate::value::*;
use crate::*;

fn set_of(items: &[i64]) -> Word {
    let st = containers::mlrt_set_new();
    for &x in items {
        assert_eq!(containers::mlrt_set_add(st, int(x)), NONE);
    }
    st
}

fn method(o: Word, name: &str, args: &[Word]) -> Word {
    let r = methods::mlrt_call_method(o, s(name), tuple(args), NONE);
    assert_ne!(r, EXC, "{}", pending_message());
    r
}

#[test]
fn sets_iterate_in_cpython_slot_order() {
    with_runtime(|| {
        let bag = set_of(&[4, 1, 4, 2, 1, 8, 0, 16, 3]);
        assert_eq!(repr_of(bag), "{0, 1, 2, 3, 4, 8, 16}");
        method(bag, "discard", &[int(4)]);
        method(bag, "update", &[list(&[int(33), int(65), int(97)])]);
        assert_eq!(repr_of(method(bag, "pop", &[])), "0");
        assert_eq!(repr_of(bag), "{1, 2, 3, 33, 65, 97, 8, 16}");
    });
}

#[test]
fn set_algebra_orders_results_like_cpython() {
    with_runtime(|| {
        let (a, b) = (set_of(&[1, 3, 5, 7, 9]), set_of(&[2, 3, 5, 7]));
        assert_eq!(repr_of(num::mlrt_or(a, b)), "{1, 2, 3, 5, 7, 9}");
        assert_eq!(repr_of(num::mlrt_and(a, b)), "{3, 5, 7}");
        assert_eq!(repr_of(num::mlrt_sub(a, b)), "{1, 9}");
        assert_eq!(repr_of(num::mlrt_xor(a, b)), "{1, 2, 9}");
        let range4 = builtins::mlrt_builtin_range(tuple(&[int(4)]), NONE);
        assert_eq!(repr_of(method(a, "intersection", &[range4])), "{1, 3}");
        let one_two = set_of(&[1, 2]);
        assert_eq!(
            repr_of(method(b, "symmetric_difference", &[one_two])),
            "{1, 3, 5, 7}"
        );
        assert_eq!(
            repr_of(method(a, "union", &[list(&[int(11)])])),
            "{1, 3, 5, 7, 9, 11}"
        );
    });
}

#[test]
fn big_small_ints_hash_modulo_the_mersenne_prime() {
    with_runtime(|| {
        assert_eq!(num::hash(int(1 << 61)).ok(), Some(1));
        assert_eq!(num::hash(int(-(1 << 61))).ok(), Some(-2));
        assert_eq!(num::hash(int((1 << 62) - 1)).ok(), Some(1));
    });
}

#[test]
fn slice_objects_expose_start_stop_step() {
    with_runtime(|| {
        let span = containers::mlrt_slice_new(int(1), int(5), int(2));
        let attr = |o, name: &str| repr_of(class::mlrt_getattr(o, s(name)));
        assert_eq!(
            (attr(span, "start"), attr(span, "stop"), attr(span, "step")),
            ("1".into(), "5".into(), "2".into())
        );
        let upto = containers::mlrt_slice_new(NONE, int(3), NONE);
        assert_eq!(
            (attr(upto, "start"), attr(upto, "stop"), attr(upto, "step")),
            ("None".into(), "3".into(), "None".into())
        );
    });
}
