//! Host tests of the runtime as generated code uses it: values built through the exports, the
//! printed bytes compared with what CPython 3.12 prints for the same program.

use crate::containers::{list_from, tuple_from};
use crate::exc;
use crate::object::*;
use crate::value::*;
use crate::*;
use std::string::String;
use std::sync::Mutex;
use std::vec::Vec;

/// The runtime is single-threaded: tests take this lock.
static LOCK: Mutex<()> = Mutex::new(());

pub(crate) fn with_runtime(f: impl FnOnce()) {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| lifecycle::mlrt_init(0));
    io::take_host_output();
    f();
    exc::mlrt_exc_clear();
    state::state().handling.clear();
}

pub(crate) fn s(text: &str) -> Word {
    text::new_str(text.as_bytes()).unwrap()
}

pub(crate) fn int(v: i64) -> Word {
    int::from_i64(v).unwrap()
}

fn float(v: f64) -> Word {
    num::new_float(v).unwrap()
}

fn big(digits: &str) -> Word {
    int::from_big(&int::parse(digits.as_bytes(), 10).unwrap()).unwrap()
}

pub(crate) fn tuple(items: &[Word]) -> Word {
    tuple_from(items).unwrap()
}

pub(crate) fn list(items: &[Word]) -> Word {
    list_from(items.to_vec()).unwrap()
}

pub(crate) fn string_of(w: Word) -> String {
    assert_ne!(w, EXC, "unexpected exception: {}", pending_message());
    String::from_utf8(str_bytes(repr::to_str(w).unwrap()).to_vec()).unwrap()
}

pub(crate) fn repr_of(w: Word) -> String {
    assert_ne!(w, EXC, "unexpected exception: {}", pending_message());
    String::from_utf8(str_bytes(repr::to_repr(w).unwrap()).to_vec()).unwrap()
}

pub(crate) fn pending_message() -> String {
    let e = state::state().pending;
    if e == UNBOUND {
        return String::from("<none>");
    }
    let mut out = Vec::new();
    out.extend_from_slice(num::type_name(e).as_bytes());
    out.extend_from_slice(b": ");
    exc::exception_message(e, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The exception raised by `w` (which must be EXC), as "Type: message"; clears it.
pub(crate) fn raised(w: Word) -> String {
    assert_eq!(w, EXC, "expected an exception, got {}", repr_of(w));
    let m = pending_message();
    exc::mlrt_exc_clear();
    m
}

pub(crate) fn stdout() -> String {
    String::from_utf8(io::take_host_output().0).unwrap()
}

#[test]
fn arithmetic_follows_python() {
    use num::*;
    with_runtime(|| {
        let cases: &[(Word, &str)] = &[
            (mlrt_floordiv(int(-7), int(2)), "-4"),
            (mlrt_mod(int(-7), int(2)), "1"),
            (mlrt_mod(int(7), int(-2)), "-1"),
            (mlrt_truediv(int(10), int(4)), "2.5"),
            (mlrt_truediv(int(4), int(2)), "2.0"),
            (
                mlrt_pow(int(2), int(100)),
                "1267650600228229401496703205376",
            ),
            (mlrt_pow(int(2), int(-2)), "0.25"),
            (mlrt_add(int((1 << 62) - 1), int(1)), "4611686018427387904"),
            (
                mlrt_mul(int(3037000500), int(3037000500)),
                "9223372037000250000",
            ),
            (
                mlrt_sub(big("4611686018427387904"), int(1)),
                "4611686018427387903",
            ),
            (mlrt_add(TRUE, int(1)), "2"),
            (mlrt_add(float(0.1), float(0.2)), "0.30000000000000004"),
            (mlrt_mul(int(3), float(1.5)), "4.5"),
            (mlrt_floordiv(float(-7.5), int(2)), "-4.0"),
            (mlrt_mod(float(-7.5), int(2)), "0.5"),
            (mlrt_mod(float(7.5), float(-2.0)), "-0.5"),
            (mlrt_lshift(int(1), int(70)), "1180591620717411303424"),
            (mlrt_rshift(int(-5), int(1)), "-3"),
            (mlrt_and(int(-6), int(13)), "8"),
            (
                mlrt_xor(big("-100000000000000000000"), int(7)),
                "-99999999999999999993",
            ),
            (mlrt_invert(int(5)), "-6"),
            (mlrt_neg(big("-4611686018427387904")), "4611686018427387904"),
            (mlrt_divmod(int(-17), int(5)), "(-4, 3)"),
            (mlrt_divmod(float(-17.0), int(5)), "(-4.0, 3.0)"),
            (mlrt_and(TRUE, FALSE), "False"),
            (mlrt_truediv(float(1.0), float(3.0)), "0.3333333333333333"),
            (mlrt_mul(float(1e200), float(1e200)), "inf"),
            (mlrt_pow(float(2.0), float(0.5)), "1.4142135623730951"),
        ];
        for (i, &(got, want)) in cases.iter().enumerate() {
            assert_eq!(repr_of(got), want, "case {i}");
        }
        assert_eq!(
            raised(mlrt_truediv(int(1), int(0))),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(
            raised(mlrt_floordiv(int(1), int(0))),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            raised(mlrt_mod(int(1), int(0))),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            raised(mlrt_truediv(float(1.0), int(0))),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(
            raised(mlrt_floordiv(float(1.0), int(0))),
            "ZeroDivisionError: float floor division by zero"
        );
        assert_eq!(
            raised(mlrt_mod(float(1.0), int(0))),
            "ZeroDivisionError: float modulo"
        );
        assert_eq!(
            raised(mlrt_pow(int(0), int(-1))),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            raised(mlrt_add(int(1), s("a"))),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        );
        assert_eq!(
            raised(mlrt_add(s("a"), int(1))),
            "TypeError: can only concatenate str (not \"int\") to str"
        );
        assert_eq!(
            raised(mlrt_lt(int(1), s("a"))),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        assert_eq!(
            raised(mlrt_neg(s("a"))),
            "TypeError: bad operand type for unary -: 'str'"
        );
        assert_eq!(
            raised(mlrt_lshift(int(-1), int(-1))),
            "ValueError: negative shift count"
        );
    });
}

#[test]
fn comparisons_and_equality() {
    use num::*;
    with_runtime(|| {
        assert_eq!(mlrt_eq(int(1), float(1.0)), TRUE);
        assert_eq!(mlrt_eq(TRUE, int(1)), TRUE);
        assert_eq!(mlrt_eq(float(f64::NAN), float(f64::NAN)), FALSE);
        assert_eq!(mlrt_lt(big("100000000000000000000"), float(1e20)), FALSE);
        assert_eq!(mlrt_lt(big("100000000000000000001"), float(1e20)), FALSE);
        assert_eq!(mlrt_gt(big("100000000000000000001"), float(1e20)), TRUE);
        assert_eq!(mlrt_lt(s("abc"), s("abd")), TRUE);
        assert_eq!(
            mlrt_lt(list(&[int(1), int(2)]), list(&[int(1), int(2), int(0)])),
            TRUE
        );
        assert_eq!(
            mlrt_eq(tuple(&[int(1), s("x")]), tuple(&[float(1.0), s("x")])),
            TRUE
        );
        assert_eq!(mlrt_eq(list(&[int(1)]), tuple(&[int(1)])), FALSE);
        assert_eq!(mlrt_truthy(s("")), 0);
        assert_eq!(mlrt_truthy(float(0.0)), 0);
        assert_eq!(mlrt_truthy(list(&[NONE])), 1);
    });
}

#[test]
fn print_matches_cpython() {
    with_runtime(|| {
        let d = containers::mlrt_dict_new();
        containers::mlrt_dict_set(d, s("a"), int(1));
        containers::mlrt_dict_set(d, int(2), list(&[NONE, TRUE, float(2.5)]));
        containers::mlrt_dict_set(d, float(1.0), s("one"));
        let st = containers::mlrt_set_new();
        containers::mlrt_set_add(st, int(3));
        let l = list(&[int(1), s("it's"), s("q\"d'"), tuple(&[int(1)]), tuple(&[])]);
        containers::mlrt_list_append(l, l);
        let args = tuple(&[
            d,
            st,
            l,
            float(1e16),
            float(-0.0),
            big("-123456789012345678901234567890"),
            s("é\n"),
        ]);
        lifecycle::mlrt_print(args, NONE, UNBOUND);
        lifecycle::mlrt_print(tuple(&[int(1), int(2)]), s("-"), s("!\n"));
        lifecycle::mlrt_print(tuple(&[]), NONE, NONE);
        assert_eq!(
            stdout(),
            "{'a': 1, 2: [None, True, 2.5], 1.0: 'one'} {3} [1, \"it's\", 'q\"d\\'', (1,), (), [...]] 1e+16 -0.0 \
             -123456789012345678901234567890 é\n\n1-2!\n\n"
        );
    });
}

#[test]
fn containers_index_slice_and_iterate() {
    with_runtime(|| {
        let l = list(&[int(0), int(1), int(2), int(3), int(4)]);
        let sl = containers::mlrt_slice_new(NONE, NONE, int(-2));
        assert_eq!(repr_of(containers::mlrt_getitem(l, sl)), "[4, 2, 0]");
        assert_eq!(repr_of(containers::mlrt_getitem(l, int(-1))), "4");
        assert_eq!(
            raised(containers::mlrt_getitem(l, int(5))),
            "IndexError: list index out of range"
        );
        let word = s("héllo");
        assert_eq!(repr_of(containers::mlrt_getitem(word, int(1))), "'é'");
        let sl = containers::mlrt_slice_new(int(1), int(-1), NONE);
        assert_eq!(repr_of(containers::mlrt_getitem(word, sl)), "'éll'");
        assert_eq!(repr_of(containers::mlrt_len(word)), "5");
        let r = builtins::mlrt_builtin_range(tuple(&[int(10), int(0), int(-3)]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[r]), NONE)),
            "[10, 7, 4, 1]"
        );
        assert_eq!(containers::mlrt_contains(r, int(7)), TRUE);
        assert_eq!(containers::mlrt_contains(r, int(8)), FALSE);
        let e = builtins::mlrt_builtin_enumerate(tuple(&[s("ab")]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[e]), NONE)),
            "[(0, 'a'), (1, 'b')]"
        );
        let z = builtins::mlrt_builtin_zip(tuple(&[l, s("xyz")]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[z]), NONE)),
            "[(0, 'x'), (1, 'y'), (2, 'z')]"
        );
        assert_eq!(
            raised(containers::mlrt_unpack(l, 2)),
            "ValueError: too many values to unpack (expected 2)"
        );
        assert_eq!(
            raised(containers::mlrt_unpack(tuple(&[int(1)]), 3)),
            "ValueError: not enough values to unpack (expected 3, got 1)"
        );
        assert_eq!(
            raised(containers::mlrt_unpack(int(1), 2)),
            "TypeError: cannot unpack non-iterable int object"
        );
        let it = iter::mlrt_iter(tuple(&[int(1)]));
        assert_eq!(iter::mlrt_next(it), int(1));
        assert_eq!(iter::mlrt_next(it), UNBOUND);
    });
}

#[test]
fn dicts_keep_insertion_order_and_merge_equal_keys() {
    with_runtime(|| {
        let d = containers::mlrt_dict_new();
        for i in 0..100 {
            containers::mlrt_dict_set(d, int(i), int(i * i));
        }
        for i in 0..95 {
            containers::mlrt_delitem(d, int(i));
        }
        containers::mlrt_dict_set(d, float(96.0), s("x"));
        containers::mlrt_dict_set(d, TRUE, s("t"));
        assert_eq!(
            repr_of(d),
            "{95: 9025, 96: 'x', 97: 9409, 98: 9604, 99: 9801, True: 't'}"
        );
        assert_eq!(raised(containers::mlrt_getitem(d, s("k"))), "KeyError: 'k'");
        assert_eq!(
            raised(containers::mlrt_dict_set(d, list(&[]), NONE)),
            "TypeError: unhashable type: 'list'"
        );
        let keys = methods::mlrt_call_method(d, s("keys"), tuple(&[]), NONE);
        assert_eq!(repr_of(keys), "dict_keys([95, 96, 97, 98, 99, True])");
        let got = methods::mlrt_call_method(d, s("get"), tuple(&[int(1), s("none")]), NONE);
        assert_eq!(repr_of(got), "'t'");
        assert_eq!(repr_of(num::mlrt_hash(float(1.5))), "1152921504606846977");
        assert_eq!(
            repr_of(num::mlrt_hash(big("-100000000000000000000"))),
            "-848750603811160107"
        );
        assert_eq!(
            repr_of(num::mlrt_hash(tuple(&[int(1), int(2)]))),
            "-3550055125485641917"
        );
    });
}

#[test]
fn string_methods_and_formatting() {
    let call = |o: Word, name: &str, args: &[Word]| {
        methods::mlrt_call_method(o, s(name), tuple(args), NONE)
    };
    with_runtime(|| {
        assert_eq!(
            repr_of(call(s("  a b  c "), "split", &[])),
            "['a', 'b', 'c']"
        );
        assert_eq!(
            repr_of(call(s("a,b,,c"), "split", &[s(","), int(2)])),
            "['a', 'b', ',c']"
        );
        assert_eq!(
            repr_of(call(s("a,b,,c"), "rsplit", &[s(","), int(1)])),
            "['a,b,', 'c']"
        );
        assert_eq!(
            repr_of(call(s("-"), "join", &[list(&[s("x"), s("y")])])),
            "'x-y'"
        );
        assert_eq!(
            repr_of(call(s("Hello Wörld"), "upper", &[])),
            "'HELLO WÖRLD'"
        );
        assert_eq!(
            repr_of(call(s("hello world"), "title", &[])),
            "'Hello World'"
        );
        assert_eq!(
            repr_of(call(s("aaa"), "replace", &[s("a"), s("bb"), int(2)])),
            "'bbbba'"
        );
        assert_eq!(repr_of(call(s("héllo"), "find", &[s("l")])), "2");
        assert_eq!(
            repr_of(call(s("ab"), "center", &[int(7), s("*")])),
            "'***ab**'"
        );
        assert_eq!(repr_of(call(s("-42"), "zfill", &[int(6)])), "'-00042'");
        let kw = containers::mlrt_dict_new();
        containers::mlrt_dict_set(kw, s("x"), s("q"));
        let f = methods::mlrt_call_method(
            s("{} + {:>5} = {x!r:<6}|{:.3f}|{{}}"),
            s("format"),
            tuple(&[int(1), s("b"), float(2.0)]),
            kw,
        );
        assert_eq!(repr_of(f), "\"1 +     b = 'q'   |2.000|{}\"");
        assert_eq!(raised(call(s("{x}"), "format", &[])), "KeyError: 'x'");
        let fmt = |v: Word, spec: &str| repr_of(format::mlrt_format(v, s(spec)));
        assert_eq!(fmt(int(1234567), ","), "'1,234,567'");
        assert_eq!(fmt(int(-42), "08d"), "'-0000042'");
        assert_eq!(fmt(int(255), "#x"), "'0xff'");
        assert_eq!(fmt(float(3.14149), ".2f"), "'3.14'");
        assert_eq!(fmt(float(0.5), ".1%"), "'50.0%'");
        assert_eq!(fmt(float(1234.5), "^12,.1f"), "'  1,234.5   '");
        assert_eq!(fmt(s("ab"), "*>5"), "'***ab'");
        assert_eq!(fmt(float(1e-7), ""), "'1e-07'");
        assert_eq!(fmt(int(5), ".2f"), "'5.00'");
        let pct = num::mlrt_mod(
            s("%5.1f|%-4d|%s|%r|%03d%%"),
            tuple(&[float(2.25), int(7), s("x"), s("y"), int(5)]),
        );
        assert_eq!(repr_of(pct), "\"  2.2|7   |x|'y'|005%\"");
    });
}

pub(crate) fn stderr() -> String {
    String::from_utf8(io::take_host_output().1).unwrap()
}

#[test]
fn uncaught_exceptions_report_like_cpython() {
    with_runtime(|| {
        exc::mlrt_set_source_file(s("prog.fr.ml"));
        assert_eq!(
            exc::mlrt_raise_new(exc::VALUE_ERROR as i32, s("bad value")),
            EXC
        );
        exc::mlrt_traceback_push(s("f"), 3);
        exc::mlrt_traceback_push(s("<module>"), 7);
        assert_eq!(exc::mlrt_report_uncaught(), 1);
        assert_eq!(
            stderr(),
            "Traceback (most recent call last):\n  File \"prog.fr.ml\", line 7, in <module>\n  \
             File \"prog.fr.ml\", line 3, in f\nValueError: bad value\n"
        );
        exc::mlrt_sys_exit(int(3));
        assert_eq!(exc::mlrt_report_uncaught(), 3);
        exc::mlrt_sys_exit(s("bye"));
        assert_eq!(exc::mlrt_report_uncaught(), 1);
        assert_eq!(stderr(), "bye\n");
        containers::mlrt_getitem(containers::mlrt_dict_new(), tuple(&[]));
        assert_eq!(exc::mlrt_report_uncaught(), 1);
        assert_eq!(stderr(), "KeyError: ()\n");
        exc::mlrt_set_source_file(UNBOUND);
    });
}

#[test]
fn handlers_match_the_class_hierarchy() {
    with_runtime(|| {
        num::mlrt_floordiv(int(1), int(0));
        let arith = exc::mlrt_exc_class(exc::ARITHMETIC_ERROR as i32);
        let key = exc::mlrt_exc_class(exc::KEY_ERROR as i32);
        assert_eq!(exc::mlrt_exc_matches(key), 0);
        assert_eq!(exc::mlrt_exc_matches(arith), 1);
        assert_eq!(
            exc::mlrt_exc_matches(tuple(&[key, exc::mlrt_exc_class(exc::EXCEPTION as i32)])),
            1
        );
        let e = exc::mlrt_exc_current();
        assert_eq!(
            repr_of(e),
            "ZeroDivisionError('integer division or modulo by zero')"
        );
        exc::mlrt_exc_clear();
        let made = exc::mlrt_exc_new(key, tuple(&[s("k"), int(1)]));
        assert_eq!(string_of(made), "('k', 1)");
        assert_eq!(exc::mlrt_raise(made), EXC);
        assert_eq!(exc::mlrt_exc_current(), made);
        exc::mlrt_exc_clear();
        assert_eq!(raised(exc::mlrt_raise(key)), "KeyError: ");
        let int_class = builtins::mlrt_builtin_class(exc::T_INT as i32);
        assert_eq!(
            builtins::mlrt_builtin_isinstance(tuple(&[TRUE, int_class]), NONE),
            TRUE
        );
        assert_eq!(
            repr_of(builtins::mlrt_builtin_type(tuple(&[float(1.0)]), NONE)),
            "<class 'float'>"
        );
    });
}

#[test]
fn recursion_limit_raises_recursion_error() {
    with_runtime(|| {
        lifecycle::mlrt_set_recursion_limit(50);
        let base = gc::gc().depth;
        let first = gc::frame_push(3);
        let mut depth = 1;
        while gc::frame_push(3) != 0 {
            depth += 1;
        }
        assert_eq!(depth + base, 50);
        gc::frame_pop(first);
        assert_eq!(gc::gc().depth, base);
        lifecycle::mlrt_set_recursion_limit(1000);
    });
}

#[test]
fn collector_frees_garbage_and_keeps_rooted_values() {
    with_runtime(|| {
        let frame = gc::frame_push(2) as *mut Word;
        let kept = list(&[s("kept"), big("123456789012345678901234567890")]);
        unsafe { *frame = kept };
        gc::collect();
        let baseline = gc::object_count();
        let in_use = heap::heap().in_use;
        for i in 0..200_000 {
            let garbage = list(&[int(i), float(i as f64), s("some garbage text")]);
            let d = containers::mlrt_dict_new();
            containers::mlrt_dict_set(d, tuple(&[int(i), s("k")]), garbage);
            unsafe { *frame.add(1) = garbage };
            gc::poll();
            assert_eq!(
                state::state().pending,
                UNBOUND,
                "iteration {i}: {}",
                pending_message()
            );
        }
        gc::collect();
        assert!(
            gc::object_count() <= baseline + 3,
            "{} objects after, {} before: {:?}",
            gc::object_count(),
            baseline,
            gc::object_tags()
        );
        assert!(heap::heap().in_use <= in_use + 4096);
        assert_eq!(repr_of(kept), "['kept', 123456789012345678901234567890]");
        gc::frame_pop(frame as usize);
    });
}

#[test]
fn heap_limit_raises_memory_error() {
    with_runtime(|| {
        let old = heap::heap().limit;
        heap::heap().limit = heap::heap().reserved + (1 << 20);
        let r = num::mlrt_mul(list(&[NONE]), int(10_000_000));
        assert_eq!(raised(r), "MemoryError: ");
        heap::heap().limit = old;
    });
}
