//! Immediate and boxed floats behave the same everywhere (ABI.md "The value word").

use crate::object::*;
use crate::tests::{repr_of, with_runtime};
use crate::value::*;
use crate::*;

fn boxed(v: f64) -> Word {
    let p = gc::alloc_object(core::mem::size_of::<FloatObj>(), tag::FLOAT).unwrap();
    unsafe { (*(p as *mut FloatObj)).v = v };
    from_addr(p as usize)
}

#[test]
fn new_float_is_immediate_within_the_window() {
    with_runtime(|| {
        assert!(is_imm_float(num::new_float(2.5).unwrap()));
        assert!(is_imm_float(num::mlrt_float_new(-0.0)));
        let huge = num::new_float(1e300).unwrap();
        assert!(is_heap(huge) && num::is_float(huge));
        assert_eq!(float_of(huge), 1e300);
        assert_eq!(num::mlrt_float_value(num::new_float(0.1).unwrap()), 0.1);
    });
}

#[test]
fn immediate_and_boxed_floats_agree() {
    with_runtime(|| {
        for v in [0.0, -0.0, 1.5, -2.75, 1e10, 0.1] {
            let (imm, heap) = (num::new_float(v).unwrap(), boxed(v));
            assert!(is_imm_float(imm) && is_heap(heap));
            assert_eq!(repr_of(imm), repr_of(heap));
            assert_eq!(num::type_name(imm), "float");
            assert_eq!(tag_of(imm), tag::FLOAT);
            assert_eq!(num::mlrt_hash(imm), num::mlrt_hash(heap));
            assert_eq!(num::mlrt_eq(imm, heap), TRUE);
            assert_eq!(num::mlrt_truthy(imm), num::mlrt_truthy(heap));
            assert_eq!(
                repr_of(num::mlrt_add(imm, heap)),
                repr_of(num::mlrt_add(heap, heap))
            );
        }
        assert_eq!(repr_of(num::new_float(-0.0).unwrap()), "-0.0");
        assert_eq!(num::mlrt_truthy(num::new_float(-0.0).unwrap()), 0);
        assert_eq!(repr_of(num::mlrt_hash(num::new_float(2.0).unwrap())), "2");
        let d = containers::mlrt_dict_new();
        containers::mlrt_dict_set(d, boxed(3.0), tests::s("x"));
        assert_eq!(
            repr_of(containers::mlrt_getitem(d, num::new_float(3.0).unwrap())),
            "'x'"
        );
        assert_eq!(repr_of(containers::mlrt_getitem(d, tests::int(3))), "'x'");
    });
}

#[test]
fn collector_ignores_immediate_floats() {
    with_runtime(|| {
        let frame = gc::frame_push(1) as *mut Word;
        let l = tests::list(&[num::new_float(1.25).unwrap(), num::new_float(-0.0).unwrap()]);
        unsafe { *frame = l };
        gc::collect();
        assert_eq!(repr_of(l), "[1.25, -0.0]");
        gc::frame_pop(frame as usize);
    });
}
