//! Host tests of generator objects: resume functions are Rust closures registered through
//! `call::host` (called as `(frame address, sent, _)`), standing for generated code. Expected
//! behaviour is CPython 3.12's for the equivalent generator expressions.

use crate::generator::{self, G_FINISHED};
use crate::object::*;
use crate::tests::*;
use crate::value::*;
use crate::*;

/// The frame slots of a resume function called with `frame`.
fn frame_slots(frame: Word, n: usize) -> &'static mut [Word] {
    unsafe { core::slice::from_raw_parts_mut(frame as usize as *mut Word, n) }
}

/// `(i * 10 for i in range(limit))`, slot 1 = `i`: the resume state in slot 0 is 0 at the start
/// and 1 after each yield.
fn counter(limit: i64) -> Word {
    let resume = call::host::register(move |frame, _sent, _| {
        let slots = frame_slots(frame, 2);
        let i = if slots[0] == small(0) {
            0
        } else {
            small_value(slots[1]) + 1
        };
        if i >= limit {
            return UNBOUND;
        }
        slots[0] = small(1);
        slots[1] = small(i);
        small(i * 10)
    });
    let g = generator::mlrt_generator_new(resume, 2, s("<genexpr>"));
    assert_ne!(g, EXC);
    g
}

fn builtin(f: extern "C" fn(Word, Word) -> Word, args: &[Word]) -> Word {
    f(tuple(args), NONE)
}

#[test]
fn a_generator_is_its_own_iterator_and_runs_once() {
    with_runtime(|| {
        let g = counter(3);
        assert_eq!(iter::mlrt_iter(g), g);
        assert_eq!(num::type_name(g), "generator");
        assert!(repr_of(g).starts_with("<generator object <genexpr> at 0x"));
        assert_eq!(iter::mlrt_next(g), small(0));
        let rest = builtin(builtins::mlrt_builtin_list, &[g]);
        assert_eq!(repr_of(rest), "[10, 20]");
        assert_eq!(header(g).flags & G_FINISHED, G_FINISHED);
        assert_eq!(repr_of(builtin(builtins::mlrt_builtin_list, &[g])), "[]");
        assert_eq!(iter::mlrt_next(g), UNBOUND);
    });
}

#[test]
fn next_builtin_default_and_stop_iteration() {
    with_runtime(|| {
        let g = counter(1);
        assert_eq!(builtin(builtins::mlrt_builtin_next, &[g]), small(0));
        let default = s("d");
        assert_eq!(builtin(builtins::mlrt_builtin_next, &[g, default]), default);
        let r = builtin(builtins::mlrt_builtin_next, &[g]);
        assert_eq!(raised(r), "StopIteration: ");
    });
}

#[test]
fn consumers_see_every_value() {
    with_runtime(|| {
        assert_eq!(
            repr_of(builtin(builtins::mlrt_builtin_sum, &[counter(5)])),
            "100"
        );
        let pairs = builtin(builtins::mlrt_builtin_zip, &[counter(3), counter(2)]);
        let pairs = builtin(builtins::mlrt_builtin_list, &[pairs]);
        assert_eq!(repr_of(pairs), "[(0, 0), (10, 10)]");
        let numbered = builtin(builtins::mlrt_builtin_enumerate, &[counter(2)]);
        let numbered = builtin(builtins::mlrt_builtin_list, &[numbered]);
        assert_eq!(repr_of(numbered), "[(0, 0), (1, 10)]");
    });
}

#[test]
fn an_exception_finishes_the_generator() {
    with_runtime(|| {
        let resume = call::host::register(|frame, _, _| {
            let slots = frame_slots(frame, 1);
            if slots[0] == small(0) {
                slots[0] = small(1);
                return small(7);
            }
            exc::raise(exc::VALUE_ERROR, b"boom");
            EXC
        });
        let g = generator::mlrt_generator_new(resume, 1, s("<genexpr>"));
        assert_eq!(iter::mlrt_next(g), small(7));
        assert_eq!(raised(iter::mlrt_next(g)), "ValueError: boom");
        assert_eq!(iter::mlrt_next(g), UNBOUND);
    });
}

#[test]
fn stop_iteration_inside_becomes_runtime_error() {
    with_runtime(|| {
        let resume = call::host::register(|_, _, _| {
            let empty = tuple(&[]);
            exc::set_pending(exc::new_exception(exc::STOP_ITERATION, empty).unwrap());
            EXC
        });
        let g = generator::mlrt_generator_new(resume, 1, s("<genexpr>"));
        let r = iter::mlrt_next(g);
        assert_eq!(raised(r), "RuntimeError: generator raised StopIteration");
    });
}

#[test]
fn resuming_a_running_generator_raises() {
    with_runtime(|| {
        let cell = containers::tuple_new(1).unwrap();
        let resume = call::host::register(move |_, _, _| iter::mlrt_next(tuple_items(cell)[0]));
        let g = generator::mlrt_generator_new(resume, 1, s("<genexpr>"));
        tuple_items(cell)[0] = g;
        let _roots = gc::Roots::of(&[cell]).unwrap();
        assert_eq!(
            raised(iter::mlrt_next(g)),
            "ValueError: generator already executing"
        );
    });
}

#[test]
fn the_frame_keeps_its_values_alive() {
    with_runtime(|| {
        let resume = call::host::register(|frame, _, _| {
            let slots = frame_slots(frame, 2);
            if slots[0] == small(2) {
                return UNBOUND;
            }
            slots[0] = small(small_value(slots[0]) + 1);
            slots[1]
        });
        let g = generator::mlrt_generator_new(resume, 2, s("<genexpr>"));
        let roots = gc::Roots::of(&[g]).unwrap();
        generator::slots(g)[1] = list(&[int(1), s("kept")]);
        lifecycle::mlrt_gc_collect();
        let lists = gc::object_tags()
            .iter()
            .filter(|&&t| t == tag::LIST)
            .count();
        assert_eq!(
            lists, 1,
            "the list held only by the generator's frame survives"
        );
        assert_eq!(repr_of(iter::mlrt_next(g)), "[1, 'kept']");
        assert_eq!(repr_of(iter::mlrt_next(g)), "[1, 'kept']");
        assert_eq!(iter::mlrt_next(g), UNBOUND);
        assert!(generator::slots(g).iter().all(|&w| w == UNBOUND));
        drop(roots);
    });
}

#[test]
fn send_close_and_next_methods() {
    with_runtime(|| {
        // `def echo(): got = yield 0; while True: got = yield got` (slot 1 = got).
        let resume = call::host::register(|frame, sent, _| {
            let slots = frame_slots(frame, 1);
            if slots[0] == small(0) {
                slots[0] = small(1);
                return small(0);
            }
            sent
        });
        let g = generator::mlrt_generator_new(resume, 1, s("echo"));
        let method =
            |name: &str, args: &[Word]| methods::mlrt_call_method(g, s(name), tuple(args), NONE);
        assert_eq!(
            raised(method("send", &[small(5)])),
            "TypeError: can't send non-None value to a just-started generator"
        );
        assert_eq!(method("send", &[NONE]), small(0));
        assert_eq!(method("send", &[small(7)]), small(7));
        assert_eq!(method("__next__", &[]), NONE);
        assert_eq!(method("close", &[]), NONE);
        assert_eq!(raised(method("__next__", &[])), "StopIteration: ");
        assert_eq!(raised(method("send", &[NONE])), "StopIteration: ");
        assert_eq!(
            raised(method("resume", &[])),
            "AttributeError: 'generator' object has no attribute 'resume'"
        );
    });
}
