//! Host tests of callables, user classes and exception chaining: function bodies are Rust
//! closures registered through `call::host`, called back by the runtime like generated code.
//! Expected strings are what CPython 3.12 prints for the equivalent Python program.

use crate::object::*;
use crate::tests::*;
use crate::value::*;
use crate::*;
use std::string::String;
use std::vec::Vec;

/// A function object whose body is `body(args)` (closure and kwargs ignored).
fn func(name: &str, body: impl Fn(&[Word]) -> Word + 'static) -> Word {
    let index = call::host::register(move |_closure, args, _kwargs| body(tuple_items(args)));
    let f = call::mlrt_function_new(index, s(name), NONE);
    assert_ne!(f, EXC);
    f
}

fn call(f: Word, args: &[Word]) -> Word {
    call::mlrt_call(f, tuple(args), NONE)
}

fn builtin(kind: u32) -> Word {
    builtins::mlrt_builtin_class(kind as i32)
}

fn method(o: Word, name: &str, args: &[Word]) -> Word {
    methods::mlrt_call_method(o, s(name), tuple(args), NONE)
}

fn get(o: Word, name: &str) -> Word {
    class::mlrt_getattr(o, s(name))
}

fn set(o: Word, name: &str, v: Word) {
    assert_eq!(class::mlrt_setattr(o, s(name), v), NONE);
}

fn class_new(name: &str, bases: &[Word], methods: Vec<(&str, Word)>) -> Word {
    let ns = containers::mlrt_dict_new();
    for (k, v) in methods {
        containers::mlrt_dict_set(ns, s(k), v);
    }
    let c = class::mlrt_class_new(s(name), tuple(bases), ns);
    assert_ne!(c, EXC, "{}", pending_message());
    c
}

fn len_of(args: &[Word]) -> Word {
    containers::mlrt_len(args[0])
}

#[test]
fn functions_and_builtin_classes_are_callable() {
    with_runtime(|| {
        let add = func("add", |a| num::mlrt_add(a[0], a[1]));
        assert_eq!(repr_of(call(add, &[int(2), int(40)])), "42");
        assert!(repr_of(add).starts_with("<function add at 0x"));
        assert_eq!(repr_of(call(builtin(exc::T_INT), &[s("3")])), "3");
        assert_eq!(repr_of(call(builtin(exc::T_STR), &[int(42)])), "'42'");
        assert_eq!(
            repr_of(call(builtin(exc::T_LIST), &[tuple(&[int(1), int(2)])])),
            "[1, 2]"
        );
        assert_eq!(
            repr_of(call(builtin(exc::VALUE_ERROR), &[s("x")])),
            "ValueError('x')"
        );
        assert_eq!(
            raised(call(int(3), &[])),
            "TypeError: 'int' object is not callable"
        );
        // A builtin method as a value.
        let l = list(&[]);
        let append = get(l, "append");
        call(append, &[int(7)]);
        assert_eq!(repr_of(l), "[7]");
        assert_eq!(
            raised(get(l, "nope")),
            "AttributeError: 'list' object has no attribute 'nope'"
        );
    });
}

#[test]
fn key_functions_map_and_filter_follow_python() {
    with_runtime(|| {
        let words = || list(&[s("bb"), s("a"), s("ccc"), s("dd")]);
        let len = func("len", len_of);
        let sorted = builtins::mlrt_builtin_sorted;
        let kw = |pairs: &[(&str, Word)]| {
            let d = containers::mlrt_dict_new();
            for &(k, v) in pairs {
                containers::mlrt_dict_set(d, s(k), v);
            }
            d
        };
        assert_eq!(
            repr_of(sorted(tuple(&[words()]), kw(&[("key", len)]))),
            "['a', 'bb', 'dd', 'ccc']"
        );
        let neg = func("neg", |a| num::mlrt_neg(a[0]));
        assert_eq!(
            repr_of(sorted(
                tuple(&[list(&[int(3), int(1), int(2)])]),
                kw(&[("key", neg), ("reverse", TRUE)])
            )),
            "[1, 2, 3]"
        );
        let w = words();
        assert_eq!(
            string_of(builtins::mlrt_builtin_max(tuple(&[w]), kw(&[("key", len)]))),
            "ccc"
        );
        assert_eq!(
            string_of(builtins::mlrt_builtin_min(tuple(&[w]), kw(&[("key", len)]))),
            "a"
        );
        let w = words();
        methods::mlrt_call_method(
            w,
            s("sort"),
            tuple(&[]),
            kw(&[("key", len), ("reverse", TRUE)]),
        );
        assert_eq!(repr_of(w), "['ccc', 'bb', 'dd', 'a']");

        let calls = std::rc::Rc::new(std::cell::Cell::new(0));
        let seen = calls.clone();
        let times10 = func("times10", move |a| {
            seen.set(seen.get() + 1);
            num::mlrt_mul(a[0], int(10))
        });
        let m =
            builtins::mlrt_builtin_map(tuple(&[times10, list(&[int(1), int(2), int(3)])]), NONE);
        assert!(repr_of(m).starts_with("<map object at 0x"));
        assert_eq!(repr_of(iter::mlrt_next(m)), "10");
        assert_eq!(calls.get(), 1, "map is lazy");
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[m]), NONE)),
            "[20, 30]"
        );
        let plus = func("plus", |a| num::mlrt_add(a[0], a[1]));
        let two = builtins::mlrt_builtin_map(
            tuple(&[
                plus,
                list(&[int(1), int(2), int(3)]),
                list(&[int(10), int(20)]),
            ]),
            NONE,
        );
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[two]), NONE)),
            "[11, 22]"
        );
        let items = list(&[int(0), int(1), s(""), s("x"), NONE, int(2)]);
        let f = builtins::mlrt_builtin_filter(tuple(&[NONE, items]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[f]), NONE)),
            "[1, 'x', 2]"
        );
        let odd = func("odd", |a| num::mlrt_mod(a[0], int(2)));
        let r = builtins::mlrt_builtin_range(tuple(&[int(7)]), NONE);
        let f = builtins::mlrt_builtin_filter(tuple(&[odd, r]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[f]), NONE)),
            "[1, 3, 5]"
        );
    });
}

#[test]
fn values_held_by_the_runtime_survive_collections_in_callbacks() {
    with_runtime(|| {
        // The key function collects on every call and allocates fresh keys.
        let key = func("key", |a| {
            gc::collect();
            let s = repr::mlrt_repr(a[0]);
            builtins::mlrt_builtin_len(tuple(&[s]), NONE)
        });
        // Items made by a `map` so that only the runtime holds them while the key function runs.
        let make = func("make", |a| {
            let i = small_value(a[0]);
            let digits = "9".repeat(1 + ((i * 7) % 40) as usize);
            int::from_big(&int::parse(digits.as_bytes(), 10).unwrap()).unwrap()
        });
        let range = builtins::mlrt_builtin_range(tuple(&[int(55)]), NONE);
        let it = builtins::mlrt_builtin_map(tuple(&[make, range]), NONE);
        let kw = containers::mlrt_dict_new();
        containers::mlrt_dict_set(kw, s("key"), key);
        let frame = gc::frame_push(2);
        unsafe { *(frame as *mut Word) = kw };
        let sorted = builtins::mlrt_builtin_sorted(tuple(&[it]), kw);
        unsafe { *((frame + 8) as *mut Word) = sorted };
        gc::collect();
        let reprs: Vec<String> = list_items(sorted).iter().map(|&w| repr_of(w)).collect();
        assert!(
            reprs.iter().all(|r| r.bytes().all(|c| c == b'9')),
            "{reprs:?}"
        );
        let lens: Vec<usize> = reprs.iter().map(|r| r.len()).collect();
        assert_eq!(lens.len(), 55);
        assert!(lens.windows(2).all(|w| w[0] <= w[1]), "{lens:?}");
        gc::frame_pop(frame);
    });
}

/// `class Point` with `__init__ __repr__ __eq__ __hash__ __add__ __lt__` and `norm1`.
fn point_class() -> Word {
    let cls = std::rc::Rc::new(std::cell::Cell::new(NONE));
    let c2 = cls.clone();
    let init = func("__init__", |a| {
        set(a[0], "x", a[1]);
        set(a[0], "y", a[2]);
        NONE
    });
    let repr = func("__repr__", |a| {
        let parts = tuple(&[
            s("Point("),
            repr::mlrt_str(get(a[0], "x")),
            s(", "),
            repr::mlrt_str(get(a[0], "y")),
            s(")"),
        ]);
        text::mlrt_str_join(parts)
    });
    let eq = func("__eq__", |a| {
        let same = |n| num::mlrt_eq(get(a[0], n), get(a[1], n));
        if class::class_of(a[1]) != class::class_of(a[0]) {
            return FALSE;
        }
        bool_word(same("x") == TRUE && same("y") == TRUE)
    });
    let hash = func("__hash__", |a| {
        num::mlrt_hash(tuple(&[get(a[0], "x"), get(a[0], "y")]))
    });
    let add = func("__add__", move |a| {
        call(
            c2.get(),
            &[
                num::mlrt_add(get(a[0], "x"), get(a[1], "x")),
                num::mlrt_add(get(a[0], "y"), get(a[1], "y")),
            ],
        )
    });
    let lt = func("__lt__", |a| {
        num::mlrt_lt(
            tuple(&[get(a[0], "x"), get(a[0], "y")]),
            tuple(&[get(a[1], "x"), get(a[1], "y")]),
        )
    });
    let norm1 = func("norm1", |a| {
        let abs = |v| builtins::mlrt_builtin_abs(tuple(&[v]), NONE);
        num::mlrt_add(abs(get(a[0], "x")), abs(get(a[0], "y")))
    });
    let c = class_new(
        "Point",
        &[],
        std::vec![
            ("__init__", init),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__hash__", hash),
            ("__add__", add),
            ("__lt__", lt),
            ("norm1", norm1),
        ],
    );
    cls.set(c);
    c
}

#[test]
fn user_classes_honour_special_methods() {
    with_runtime(|| {
        let point = point_class();
        let frame = gc::frame_push(1);
        unsafe { *(frame as *mut Word) = point };
        let p = call(point, &[int(1), int(2)]);
        let line = tuple(&[
            p,
            list(&[p]),
            repr::mlrt_str(p),
            num::mlrt_add(p, call(point, &[int(3), int(4)])),
            num::mlrt_eq(p, call(point, &[int(1), int(2)])),
            num::mlrt_ne(p, call(point, &[int(1), int(2)])),
            method(p, "norm1", &[]),
        ]);
        lifecycle::mlrt_print(line, UNBOUND, UNBOUND);
        let pts = list(&[
            call(point, &[int(2), int(1)]),
            call(point, &[int(1), int(5)]),
            call(point, &[int(1), int(2)]),
        ]);
        let d = containers::mlrt_dict_new();
        containers::mlrt_dict_set(d, p, s("a"));
        let line = tuple(&[
            builtins::mlrt_builtin_sorted(tuple(&[pts]), NONE),
            containers::mlrt_getitem(d, call(point, &[int(1), int(2)])),
            containers::mlrt_contains(
                list(&[
                    call(point, &[int(0), int(0)]),
                    call(point, &[int(1), int(2)]),
                ]),
                call(point, &[int(1), int(2)]),
            ),
        ]);
        lifecycle::mlrt_print(line, UNBOUND, UNBOUND);
        assert_eq!(
            stdout(),
            "Point(1, 2) [Point(1, 2)] Point(1, 2) Point(4, 6) True False 3\n\
             [Point(1, 2), Point(1, 5), Point(2, 1)] a True\n"
        );
        assert_eq!(
            raised(get(p, "z")),
            "AttributeError: 'Point' object has no attribute 'z'"
        );
        let plain = call(builtin(exc::T_OBJECT), &[]);
        assert_eq!(
            raised(num::mlrt_lt(plain, int(3))),
            "TypeError: '<' not supported between instances of 'object' and 'int'"
        );
        assert_eq!(
            raised(num::mlrt_sub(p, p)),
            "TypeError: unsupported operand type(s) for -: 'Point' and 'Point'"
        );
        let isinst = |v, c| repr_of(builtins::mlrt_builtin_isinstance(tuple(&[v, c]), NONE));
        assert_eq!(isinst(p, point), "True");
        assert_eq!(isinst(p, builtin(exc::T_OBJECT)), "True");
        assert_eq!(isinst(int(3), point), "False");
        let t = builtins::mlrt_builtin_type(tuple(&[p]), NONE);
        assert_eq!(t, point);
        assert_eq!(repr_of(t), "<class '__main__.Point'>");
        let local = class_new(
            "Local",
            &[],
            std::vec![("__qualname__", s("f.<locals>.Local"))],
        );
        assert_eq!(repr_of(local), "<class '__main__.f.<locals>.Local'>");
        assert_eq!(repr_of(get(local, "__name__")), "'Local'");
        gc::frame_pop(frame);
    });
}

#[test]
fn inheritance_super_and_descriptors() {
    with_runtime(|| {
        let base_init = func("__init__", |a| {
            set(a[0], "n", a[1]);
            NONE
        });
        let base_who = func("who", |a| {
            text::mlrt_str_concat(s("base"), repr::mlrt_str(get(a[0], "n")))
        });
        let base = class_new(
            "Base",
            &[],
            std::vec![("__init__", base_init), ("who", base_who)],
        );
        let child_cell = std::rc::Rc::new(std::cell::Cell::new(NONE));
        let (c1, c2) = (child_cell.clone(), child_cell.clone());
        let child_init = func("__init__", move |a| {
            let sup = class::mlrt_super(c1.get(), a[0]);
            method(sup, "__init__", &[num::mlrt_mul(a[1], int(2))])
        });
        let child_who = func("who", move |a| {
            let sup = class::mlrt_super(c2.get(), a[0]);
            text::mlrt_str_concat(s("child/"), method(sup, "who", &[]))
        });
        let child = class_new(
            "Child",
            &[base],
            std::vec![("__init__", child_init), ("who", child_who)],
        );
        child_cell.set(child);
        let c = call(child, &[int(5)]);
        assert_eq!(string_of(method(c, "who", &[])), "child/base10");
        assert_eq!(repr_of(get(c, "n")), "10");
        let sub = |a, b| repr_of(builtins::mlrt_builtin_issubclass(tuple(&[a, b]), NONE));
        assert_eq!(
            (sub(child, base), sub(base, child)),
            ("True".into(), "False".into())
        );
        assert_eq!(
            repr_of(get(child, "__mro__")),
            "(<class '__main__.Child'>, <class '__main__.Base'>, <class 'object'>)"
        );
        // C3 failure: class C(A, B) where B derives from A.
        let a = class_new("A", &[], std::vec![]);
        let b = class_new("B", &[a], std::vec![]);
        let ns = containers::mlrt_dict_new();
        assert_eq!(
            raised(class::mlrt_class_new(s("C"), tuple(&[a, b]), ns)),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
        // staticmethod, classmethod, property with a setter.
        let sm = builtins::mlrt_builtin_staticmethod(
            tuple(&[func("twice", |a| num::mlrt_mul(a[0], int(2)))]),
            NONE,
        );
        let cm = builtins::mlrt_builtin_classmethod(
            tuple(&[func("name", |a| get(a[0], "__name__"))]),
            NONE,
        );
        let getter = func("size", |a| get(a[0], "_size"));
        let prop = builtins::mlrt_builtin_property(tuple(&[getter]), NONE);
        let setter = func("size", |a| {
            set(a[0], "_size", num::mlrt_mul(a[1], int(100)));
            NONE
        });
        let prop2 = method(prop, "setter", &[setter]);
        let k = class_new(
            "K",
            &[],
            std::vec![("twice", sm), ("name", cm), ("size", prop2), ("ro", prop)],
        );
        let obj = call(k, &[]);
        assert_eq!(repr_of(method(k, "twice", &[int(4)])), "8");
        assert_eq!(repr_of(method(obj, "twice", &[int(5)])), "10");
        assert_eq!(string_of(method(obj, "name", &[])), "K");
        set(obj, "size", int(3));
        assert_eq!(repr_of(get(obj, "size")), "300");
        assert_eq!(
            raised(class::mlrt_setattr(obj, s("ro"), int(1))),
            "AttributeError: property 'ro' of 'K' object has no setter"
        );
        assert_eq!(
            raised(call(k, &[int(1)])),
            "TypeError: K() takes no arguments"
        );
        let hasattr = |o, n| repr_of(builtins::mlrt_builtin_hasattr(tuple(&[o, s(n)]), NONE));
        assert_eq!(
            (hasattr(obj, "size"), hasattr(obj, "zz")),
            ("True".into(), "False".into())
        );
        assert_eq!(
            repr_of(builtins::mlrt_builtin_getattr(
                tuple(&[obj, s("zz"), int(0)]),
                NONE
            )),
            "0"
        );
    });
}

#[test]
fn container_protocols_on_instances() {
    with_runtime(|| {
        // class Countdown: __init__(n), __iter__ -> self, __next__, __len__, __getitem__,
        // __contains__, __bool__ via __len__, __call__, __radd__.
        let init = func("__init__", |a| {
            set(a[0], "n", a[1]);
            NONE
        });
        let iter_self = func("__iter__", |a| a[0]);
        let next = func("__next__", |a| {
            let n = get(a[0], "n");
            if n == int(0) {
                return exc::mlrt_raise(builtin(exc::STOP_ITERATION));
            }
            set(a[0], "n", num::mlrt_sub(n, int(1)));
            n
        });
        let len = func("__len__", |a| get(a[0], "n"));
        let getitem = func("__getitem__", |a| num::mlrt_mul(a[1], int(100)));
        let contains = func("__contains__", |a| bool_word(a[1] == int(42)));
        let callme = func("__call__", |a| num::mlrt_add(a[1], int(1)));
        let radd = func("__radd__", |a| num::mlrt_add(a[1], int(1000)));
        let cd = class_new(
            "Countdown",
            &[],
            std::vec![
                ("__init__", init),
                ("__iter__", iter_self),
                ("__next__", next),
                ("__len__", len),
                ("__getitem__", getitem),
                ("__contains__", contains),
                ("__call__", callme),
                ("__radd__", radd),
            ],
        );
        let c = call(cd, &[int(3)]);
        assert_eq!(repr_of(containers::mlrt_len(c)), "3");
        assert_eq!(num::mlrt_truthy(c), 1);
        assert_eq!(repr_of(containers::mlrt_getitem(c, int(2))), "200");
        assert_eq!(repr_of(containers::mlrt_contains(c, int(42))), "True");
        assert_eq!(repr_of(call(c, &[int(9)])), "10");
        assert_eq!(repr_of(num::mlrt_add(int(5), c)), "1005");
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[c]), NONE)),
            "[3, 2, 1]"
        );
        assert_eq!(num::mlrt_truthy(c), 0);
        let c = call(cd, &[int(2)]);
        let e = builtins::mlrt_builtin_enumerate(tuple(&[c]), NONE);
        assert_eq!(
            repr_of(builtins::mlrt_builtin_list(tuple(&[e]), NONE)),
            "[(0, 2), (1, 1)]"
        );
        let plain = class_new("P", &[], std::vec![]);
        let p = call(plain, &[]);
        assert_eq!(
            raised(iter::mlrt_iter(p)),
            "TypeError: 'P' object is not iterable"
        );
        assert_eq!(
            raised(containers::mlrt_len(p)),
            "TypeError: object of type 'P' has no len()"
        );
        assert_eq!(
            raised(containers::mlrt_getitem(p, int(0))),
            "TypeError: 'P' object is not subscriptable"
        );
        assert_eq!(repr_of(num::mlrt_eq(p, p)), "True");
        // __eq__ without __hash__ makes instances unhashable.
        let eq_only = class_new("E", &[], std::vec![("__eq__", func("__eq__", |_| TRUE))]);
        assert_eq!(
            raised(num::mlrt_hash(call(eq_only, &[]))),
            "TypeError: unhashable type: 'E'"
        );
    });
}

#[test]
fn user_exceptions_raise_match_and_report() {
    with_runtime(|| {
        let value_error = builtin(exc::VALUE_ERROR);
        let my = class_new("MyError", &[value_error], std::vec![]);
        let e = call(my, &[s("bad"), int(2)]);
        assert_eq!(repr_of(e), "MyError('bad', 2)");
        assert_eq!(string_of(e), "('bad', 2)");
        assert_eq!(repr_of(get(e, "args")), "('bad', 2)");
        let coded_cell = std::rc::Rc::new(std::cell::Cell::new(NONE));
        let cc = coded_cell.clone();
        let init = func("__init__", move |a| {
            let msg = text::mlrt_str_concat(s("code "), repr::mlrt_str(a[1]));
            method(class::mlrt_super(cc.get(), a[0]), "__init__", &[msg]);
            set(a[0], "code", a[1]);
            NONE
        });
        let coded = class_new(
            "Coded",
            &[builtin(exc::EXCEPTION)],
            std::vec![("__init__", init)],
        );
        coded_cell.set(coded);
        let c = call(coded, &[int(7)]);
        assert_eq!(repr_of(get(c, "code")), "7");
        assert_eq!(string_of(c), "code 7");
        assert_eq!(repr_of(get(c, "args")), "('code 7',)");
        // raise MyError("boom"); except ValueError / except MyError / not except Coded.
        assert_eq!(exc::mlrt_raise(call(my, &[s("boom")])), EXC);
        assert_eq!(exc::mlrt_exc_matches(coded), 0);
        assert_eq!(exc::mlrt_exc_matches(value_error), 1);
        assert_eq!(exc::mlrt_exc_matches(tuple(&[coded, my])), 1);
        exc::mlrt_traceback_push(s("<module>"), 3);
        assert_eq!(exc::mlrt_report_uncaught(), 1);
        assert_eq!(
            stderr(),
            "Traceback (most recent call last):\n  File \"main.ml\", line 3, in <module>\nMyError: boom\n"
        );
        // Raising a class instantiates it.
        assert_eq!(exc::mlrt_raise(my), EXC);
        assert_eq!(pending_message(), "MyError: ");
        exc::mlrt_exc_clear();
    });
}

#[test]
fn exception_chains_are_reported_like_cpython() {
    with_runtime(|| {
        let module = || s("<module>");
        // try: {}["k"]  (line 2) / except KeyError: raise ValueError("bad")  (line 4)
        containers::mlrt_getitem(containers::mlrt_dict_new(), s("k"));
        let caught = exc::mlrt_exc_enter_handler(module(), 2);
        assert_eq!(repr_of(caught), "KeyError('k')");
        exc::mlrt_raise_new(exc::VALUE_ERROR as i32, s("bad"));
        exc::mlrt_exc_leave_handler();
        exc::mlrt_traceback_push(module(), 4);
        assert_eq!(
            repr_of(get(exc::mlrt_exc_current(), "__context__")),
            "KeyError('k')"
        );
        exc::mlrt_report_uncaught();
        assert_eq!(
            stderr(),
            "Traceback (most recent call last):\n  File \"main.ml\", line 2, in <module>\n\
             KeyError: 'k'\n\nDuring handling of the above exception, another exception \
             occurred:\n\nTraceback (most recent call last):\n  File \"main.ml\", line 4, in \
             <module>\nValueError: bad\n"
        );
        // raise RuntimeError("outer") from ZeroDivisionError(...)
        num::mlrt_floordiv(int(1), int(0));
        let zde = exc::mlrt_exc_enter_handler(module(), 7);
        let outer = call(builtin(exc::RUNTIME_ERROR), &[s("outer")]);
        exc::mlrt_raise_from(outer, zde);
        exc::mlrt_exc_leave_handler();
        exc::mlrt_traceback_push(module(), 9);
        exc::mlrt_report_uncaught();
        assert_eq!(
            stderr(),
            "Traceback (most recent call last):\n  File \"main.ml\", line 7, in <module>\n\
             ZeroDivisionError: integer division or modulo by zero\n\nThe above exception was \
             the direct cause of the following exception:\n\nTraceback (most recent call \
             last):\n  File \"main.ml\", line 9, in <module>\nRuntimeError: outer\n"
        );
        // raise ... from None hides the context; bare raise re-raises the handled exception.
        num::mlrt_floordiv(int(1), int(0));
        exc::mlrt_exc_enter_handler(NONE, 0);
        exc::mlrt_raise_from(builtin(exc::KEY_ERROR), NONE);
        exc::mlrt_exc_leave_handler();
        exc::mlrt_report_uncaught();
        assert_eq!(stderr(), "KeyError\n");
        num::mlrt_floordiv(int(1), int(0));
        let handled = exc::mlrt_exc_enter_handler(NONE, 0);
        exc::mlrt_reraise(UNBOUND);
        exc::mlrt_exc_leave_handler();
        assert_eq!(exc::mlrt_exc_current(), handled);
        assert_eq!(repr_of(get(handled, "__context__")), "None");
        let msg: String = raised(EXC);
        assert_eq!(msg, "ZeroDivisionError: integer division or modulo by zero");
    });
}
