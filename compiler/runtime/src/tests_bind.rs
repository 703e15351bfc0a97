//! Host tests of argument binding (`mlrt_bind_args`) and cells. Expected messages are what
//! CPython 3.12 prints for the equivalent Python calls.

use crate::bind::*;
use crate::containers::{mlrt_dict_new, mlrt_dict_set};
use crate::tests::*;
use crate::value::*;

/// The closure of `def qualname(<names>)` with the given counts, flags and defaults.
fn closure(
    qualname: &str,
    names: &[&str],
    posonly: i64,
    positional: i64,
    flags: i64,
    defaults: &[Word],
) -> Word {
    let kwonly = names.len() as i64 - positional;
    let names: std::vec::Vec<Word> = names.iter().map(|n| s(n)).collect();
    let sig = tuple(&[
        s(qualname),
        tuple(&names),
        int(posonly),
        int(positional),
        int(kwonly),
        int(flags),
    ]);
    let defaults = if defaults.is_empty() {
        NONE
    } else {
        tuple(defaults)
    };
    tuple(&[sig, defaults])
}

fn kwargs(items: &[(&str, Word)]) -> Word {
    let d = mlrt_dict_new();
    for &(k, v) in items {
        mlrt_dict_set(d, s(k), v);
    }
    d
}

fn bind(c: Word, args: &[Word], kw: &[(&str, Word)]) -> Word {
    let kw = if kw.is_empty() { NONE } else { kwargs(kw) };
    mlrt_bind_args(c, tuple(args), kw)
}

#[test]
fn binds_positional_keywords_and_defaults() {
    with_runtime(|| {
        // def describe(name, greeting="hello", punct="!")
        let c = closure(
            "describe",
            &["name", "greeting", "punct"],
            0,
            3,
            0,
            &[UNBOUND, s("hello"), s("!")],
        );
        assert_eq!(repr_of(bind(c, &[s("bo")], &[])), "('bo', 'hello', '!')");
        let r = bind(c, &[], &[("greeting", s("yo")), ("name", s("di"))]);
        assert_eq!(repr_of(r), "('di', 'yo', '!')");
        assert_eq!(
            raised(bind(c, &[], &[])),
            "TypeError: describe() missing 1 required positional argument: 'name'"
        );
        assert_eq!(
            raised(bind(c, &[int(1), int(2), int(3), int(4)], &[])),
            "TypeError: describe() takes from 1 to 3 positional arguments but 4 were given"
        );
        assert_eq!(
            raised(bind(c, &[int(1)], &[("name", int(2))])),
            "TypeError: describe() got multiple values for argument 'name'"
        );
        assert_eq!(
            raised(bind(c, &[int(1)], &[("colour", int(2))])),
            "TypeError: describe() got an unexpected keyword argument 'colour'"
        );
    });
}

#[test]
fn binds_varargs_keyword_only_and_varkw() {
    with_runtime(|| {
        // def collect(first, *extra, sep="/", **opts)
        let c = closure(
            "collect",
            &["first", "sep"],
            0,
            1,
            HAS_VARARGS | HAS_VARKW,
            &[UNBOUND, s("/")],
        );
        let r = bind(
            c,
            &[s("a"), int(1), int(2)],
            &[("zz", int(1)), ("sep", s("+"))],
        );
        assert_eq!(repr_of(r), "('a', (1, 2), '+', {'zz': 1})");
        assert_eq!(repr_of(bind(c, &[s("a")], &[])), "('a', (), '/', {})");
        // def kwonly(alpha, *, beta)
        let k = closure("kwonly", &["alpha", "beta"], 0, 1, 0, &[]);
        assert_eq!(
            raised(bind(k, &[int(1), int(2)], &[])),
            "TypeError: kwonly() takes 1 positional argument but 2 were given"
        );
        assert_eq!(
            raised(bind(k, &[int(1), int(2)], &[("beta", int(3))])),
            "TypeError: kwonly() takes 1 positional argument but 2 positional arguments \
             (and 1 keyword-only argument) were given"
        );
        assert_eq!(
            raised(bind(k, &[int(1)], &[])),
            "TypeError: kwonly() missing 1 required keyword-only argument: 'beta'"
        );
        // def f(a, b, c, /)
        let p = closure("f", &["a", "b", "c"], 3, 3, 0, &[]);
        assert_eq!(
            raised(bind(p, &[], &[("a", int(1)), ("c", int(1))])),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, c'"
        );
        assert_eq!(
            raised(bind(p, &[], &[])),
            "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
        let none = closure("g", &[], 0, 0, 0, &[]);
        assert_eq!(
            raised(bind(none, &[int(1)], &[])),
            "TypeError: g() takes 0 positional arguments but 1 was given"
        );
    });
}

#[test]
fn cells_hold_values() {
    with_runtime(|| {
        let c = mlrt_cell_new(UNBOUND);
        assert_eq!(mlrt_cell_get(c), UNBOUND);
        mlrt_cell_set(c, int(7));
        assert_eq!(mlrt_cell_get(c), int(7));
    });
}

#[test]
fn methods_of_builtin_types_are_values() {
    with_runtime(|| {
        let str_type = crate::builtins::mlrt_builtin_class(crate::exc::T_STR as i32);
        let lower = crate::class::mlrt_getattr(str_type, s("lower"));
        let r = crate::call::mlrt_call(lower, tuple(&[s("AbC")]), NONE);
        assert_eq!(repr_of(r), "'abc'");
        assert_eq!(
            raised(crate::call::mlrt_call(lower, tuple(&[]), NONE)),
            "TypeError: unbound method str.lower() needs an argument"
        );
        let dict_type = crate::builtins::mlrt_builtin_class(crate::exc::T_DICT as i32);
        let fromkeys = crate::class::mlrt_getattr(dict_type, s("fromkeys"));
        let d = crate::call::mlrt_call(fromkeys, tuple(&[s("ab"), int(0)]), NONE);
        assert_eq!(repr_of(d), "{'a': 0, 'b': 0}");
        let missing = crate::class::mlrt_getattr(str_type, s("nope"));
        assert_eq!(
            raised(missing),
            "AttributeError: type object 'str' has no attribute 'nope'"
        );
    });
}

#[test]
fn sum_of_floats_is_compensated_like_cpython() {
    with_runtime(|| {
        let tenth = crate::num::mlrt_float_new(0.1);
        let items = list(&[tenth; 10]);
        let r = crate::builtins::mlrt_builtin_sum(tuple(&[items]), NONE);
        assert_eq!(repr_of(r), "1.0");
        let mixed = list(&[int(1), tenth, TRUE, int(2)]);
        let r = crate::builtins::mlrt_builtin_sum(tuple(&[mixed]), NONE);
        assert_eq!(repr_of(r), "4.1");
    });
}
