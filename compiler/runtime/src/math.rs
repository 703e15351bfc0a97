//! The `math` module: a module object (an instance of a class named `module`) whose attributes
//! are the constants and builtin functions below, with CPython's results and error messages.

use crate::bigint::BigInt;
use crate::call::{FN_BUILTIN, function_new};
use crate::class;
use crate::containers::{dict_new, tuple_from};
use crate::exc::{self, R};
use crate::gc::Roots;
use crate::int;
use crate::num::{self, type_name};
use crate::object::*;
use crate::text::new_str;
use crate::value::*;
use alloc::vec::Vec;

type Entry = extern "C" fn(Word, Word) -> Word;

/// Builds the module object.
pub fn module() -> R<Word> {
    let roots = Roots::new();
    let ns = dict_new(tag::DICT)?;
    roots.push(ns)?;
    let cls = class::class_new(new_str(b"module")?, tuple_from(&[])?, ns)?;
    roots.push(cls)?;
    let m = class::new_instance(cls)?;
    roots.push(m)?;
    let constants: [(&[u8], f64); 5] = [
        (b"pi", core::f64::consts::PI),
        (b"e", core::f64::consts::E),
        (b"tau", core::f64::consts::TAU),
        (b"inf", f64::INFINITY),
        (b"nan", f64::NAN),
    ];
    for (name, value) in constants {
        let v = num::new_float(value)?;
        class::setattr(m, new_str(name)?, v)?;
    }
    for &(name, entry) in FUNCTIONS {
        let name = new_str(name)?;
        roots.push(name)?;
        // On wasm32 a function pointer is its index in the function table.
        let f = function_new(entry as usize as u32, name, NONE, FN_BUILTIN)?;
        class::setattr(m, name, f)?;
    }
    Ok(m)
}

const FUNCTIONS: &[(&[u8], Entry)] = &[
    (b"sqrt", math_sqrt),
    (b"exp", math_exp),
    (b"log", math_log),
    (b"log2", math_log2),
    (b"log10", math_log10),
    (b"sin", math_sin),
    (b"cos", math_cos),
    (b"tan", math_tan),
    (b"asin", math_asin),
    (b"acos", math_acos),
    (b"atan", math_atan),
    (b"atan2", math_atan2),
    (b"fabs", math_fabs),
    (b"pow", math_pow),
    (b"hypot", math_hypot),
    (b"floor", math_floor),
    (b"ceil", math_ceil),
    (b"trunc", math_trunc),
    (b"degrees", math_degrees),
    (b"radians", math_radians),
    (b"copysign", math_copysign),
    (b"isfinite", math_isfinite),
    (b"isinf", math_isinf),
    (b"isnan", math_isnan),
    (b"isclose", math_isclose),
    (b"factorial", math_factorial),
    (b"gcd", math_gcd),
    (b"isqrt", math_isqrt),
    (b"comb", math_comb),
];

fn no_kwargs(name: &[u8], kwargs: Word) -> R<()> {
    if is_tag(kwargs, tag::DICT) && !dict_of(kwargs).is_empty() {
        return Err(exc::type_error(&[
            b"math.",
            name,
            b"() takes no keyword arguments",
        ]));
    }
    Ok(())
}

/// The positional arguments, exactly `n` of them (CPython's messages for METH_O / fastcall).
fn args_n(name: &[u8], args: Word, kwargs: Word, n: usize) -> R<&'static [Word]> {
    no_kwargs(name, kwargs)?;
    let a = tuple_items(args);
    if a.len() == n {
        return Ok(a);
    }
    let mut m = Vec::new();
    if n == 1 {
        m.extend_from_slice(b"math.");
        m.extend_from_slice(name);
        m.extend_from_slice(b"() takes exactly one argument (");
        int::push_i64(&mut m, a.len() as i64);
        m.extend_from_slice(b" given)");
    } else {
        m.extend_from_slice(name);
        m.extend_from_slice(b" expected ");
        int::push_i64(&mut m, n as i64);
        m.extend_from_slice(b" arguments, got ");
        int::push_i64(&mut m, a.len() as i64);
    }
    Err(exc::type_error(&[&m]))
}

fn real(v: Word) -> R<f64> {
    if num::is_number(v) {
        return num::to_f64(v);
    }
    Err(exc::type_error(&[
        b"must be real number, not ",
        type_name(v).as_bytes(),
    ]))
}

fn domain_error() -> exc::Raised {
    exc::value_error(&[b"math domain error"])
}

fn range_error() -> exc::Raised {
    exc::raise(exc::OVERFLOW_ERROR, b"math range error")
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error (`can_overflow`) or a domain error.
fn checked(x: f64, r: f64, can_overflow: bool) -> R<Word> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    num::new_float(r)
}

/// Exports `$name(args, kwargs)` rooting its arguments.
macro_rules! math_fn {
    ($name:ident, $body:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(args: Word, kwargs: Word) -> Word {
            let f: fn(Word, Word) -> R<Word> = $body;
            let Ok(_roots) = Roots::of(&[args, kwargs]) else {
                return EXC;
            };
            exc::ret(f(args, kwargs))
        }
    };
}

macro_rules! unary_float {
    ($name:ident, $py:literal, $f:expr, $overflow:expr) => {
        math_fn!($name, |args, kwargs| {
            let x = real(args_n($py, args, kwargs, 1)?[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        });
    };
}

unary_float!(math_sqrt, b"sqrt", libm::sqrt, false);
unary_float!(math_exp, b"exp", exp, true);
unary_float!(math_sin, b"sin", libm::sin, false);
unary_float!(math_cos, b"cos", libm::cos, false);
unary_float!(math_tan, b"tan", libm::tan, false);
unary_float!(math_asin, b"asin", libm::asin, false);
unary_float!(math_acos, b"acos", libm::acos, false);
unary_float!(math_atan, b"atan", libm::atan, false);
unary_float!(math_fabs, b"fabs", libm::fabs, false);
unary_float!(
    math_degrees,
    b"degrees",
    |x| x * (180.0 / core::f64::consts::PI),
    true
);
unary_float!(
    math_radians,
    b"radians",
    |x| x * (core::f64::consts::PI / 180.0),
    false
);

/// `libm::exp`, with the correctly rounded `e` for `exp(1)` (libm is 1 ulp off there).
fn exp(x: f64) -> f64 {
    if x == 1.0 {
        core::f64::consts::E
    } else {
        libm::exp(x)
    }
}

fn log_of(x: f64) -> R<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(libm::log(x))
}

/// `log` of an int, big ones included (CPython: frexp-style scaling).
fn log_arg(v: Word) -> R<f64> {
    if is_tag(v, tag::BIGINT) && !int::is_negative(v) {
        let mut digits = Vec::new();
        int::to_decimal(v, &mut digits);
        // log(m * 10^k) with m the leading 17 digits.
        let k = digits.len().saturating_sub(17);
        let mut m = 0f64;
        for &d in &digits[..digits.len() - k] {
            m = m * 10.0 + f64::from(d - b'0');
        }
        return Ok(libm::log(m) + k as f64 * core::f64::consts::LN_10);
    }
    log_of(real(v)?)
}

math_fn!(math_log, |args, kwargs| {
    no_kwargs(b"log", kwargs)?;
    let a = tuple_items(args);
    match a.len() {
        1 => num::new_float(log_arg(a[0])?),
        2 => {
            let num_ = log_arg(a[0])?;
            let den = log_arg(a[1])?;
            if den == 0.0 {
                return Err(exc::raise(
                    exc::ZERO_DIVISION_ERROR,
                    b"float division by zero",
                ));
            }
            num::new_float(num_ / den)
        }
        n => {
            let mut m = Vec::new();
            m.extend_from_slice(if n == 0 {
                b"log expected at least 1 argument, got "
            } else {
                b"log expected at most 2 arguments, got "
            });
            int::push_i64(&mut m, n as i64);
            Err(exc::type_error(&[&m]))
        }
    }
});

math_fn!(math_log2, |args, kwargs| {
    let x = args_n(b"log2", args, kwargs, 1)?[0];
    let r = log_arg(x)?;
    if is_tag(x, tag::BIGINT) {
        return num::new_float(r / core::f64::consts::LN_2);
    }
    let x = real(x)?;
    num::new_float(if x.is_finite() { libm::log2(x) } else { r })
});

math_fn!(math_log10, |args, kwargs| {
    let x = args_n(b"log10", args, kwargs, 1)?[0];
    let r = log_arg(x)?;
    if is_tag(x, tag::BIGINT) {
        return num::new_float(r / core::f64::consts::LN_10);
    }
    let x = real(x)?;
    num::new_float(if x.is_finite() { libm::log10(x) } else { r })
});

math_fn!(math_atan2, |args, kwargs| {
    let a = args_n(b"atan2", args, kwargs, 2)?;
    num::new_float(libm::atan2(real(a[0])?, real(a[1])?))
});

math_fn!(math_copysign, |args, kwargs| {
    let a = args_n(b"copysign", args, kwargs, 2)?;
    num::new_float(libm::copysign(real(a[0])?, real(a[1])?))
});

math_fn!(math_pow, |args, kwargs| {
    let a = args_n(b"pow", args, kwargs, 2)?;
    let (x, y) = (real(a[0])?, real(a[1])?);
    let r = libm::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
    }
    num::new_float(r)
});

math_fn!(math_hypot, |args, kwargs| {
    no_kwargs(b"hypot", kwargs)?;
    let mut values = Vec::new();
    for &v in tuple_items(args).iter() {
        values.push(real(v)?);
    }
    if values.iter().any(|v| v.is_infinite()) {
        return num::new_float(f64::INFINITY);
    }
    let r = match values.as_slice() {
        [] => 0.0,
        [x] => libm::fabs(*x),
        [x, y] => libm::hypot(*x, *y),
        more => {
            let scale = more.iter().fold(0.0f64, |m, v| m.max(libm::fabs(*v)));
            if scale == 0.0 || scale.is_nan() {
                scale
            } else {
                let sum: f64 = more.iter().map(|v| (v / scale) * (v / scale)).sum();
                scale * libm::sqrt(sum)
            }
        }
    };
    num::new_float(r)
});

/// A float rounded by `round` to an int (errors like `int(float)`).
fn float_to_int(x: f64) -> R<Word> {
    if x.is_nan() {
        return Err(exc::value_error(&[b"cannot convert float NaN to integer"]));
    }
    if x.is_infinite() {
        return Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 4.0e18 {
        return int::from_i64(x as i64);
    }
    int::from_big(&BigInt::from_f64(x))
}

macro_rules! rounding {
    ($name:ident, $py:literal, $f:expr) => {
        math_fn!($name, |args, kwargs| {
            let v = args_n($py, args, kwargs, 1)?[0];
            if int::is_int(v) {
                return Ok(int::as_i64(v).map_or(v, small));
            }
            let f: fn(f64) -> f64 = $f;
            float_to_int(f(real(v)?))
        });
    };
}

rounding!(math_floor, b"floor", libm::floor);
rounding!(math_ceil, b"ceil", libm::ceil);
rounding!(math_trunc, b"trunc", libm::trunc);

macro_rules! float_test {
    ($name:ident, $py:literal, $f:expr) => {
        math_fn!($name, |args, kwargs| {
            let x = real(args_n($py, args, kwargs, 1)?[0])?;
            let f: fn(f64) -> bool = $f;
            Ok(bool_word(f(x)))
        });
    };
}

float_test!(math_isfinite, b"isfinite", f64::is_finite);
float_test!(math_isinf, b"isinf", f64::is_infinite);
float_test!(math_isnan, b"isnan", f64::is_nan);

fn kwarg_float(kwargs: Word, name: &[u8], default: f64) -> R<f64> {
    if !is_tag(kwargs, tag::DICT) {
        return Ok(default);
    }
    match dict_of(kwargs).get_str(name) {
        Some(v) => real(v),
        None => Ok(default),
    }
}

math_fn!(math_isclose, |args, kwargs| {
    if is_tag(kwargs, tag::DICT) {
        for e in dict_of(kwargs).live() {
            let k = str_bytes(e.key);
            if k != b"rel_tol" && k != b"abs_tol" {
                return Err(exc::type_error(&[
                    b"isclose() got an unexpected keyword argument '",
                    k,
                    b"'",
                ]));
            }
        }
    }
    let a = tuple_items(args);
    if a.len() != 2 {
        let mut m = Vec::new();
        m.extend_from_slice(b"isclose() takes exactly 2 positional arguments (");
        int::push_i64(&mut m, a.len() as i64);
        m.extend_from_slice(b" given)");
        return Err(exc::type_error(&[&m]));
    }
    let (x, y) = (real(a[0])?, real(a[1])?);
    let rel_tol = kwarg_float(kwargs, b"rel_tol", 1e-9)?;
    let abs_tol = kwarg_float(kwargs, b"abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc::value_error(&[b"tolerances must be non-negative"]));
    }
    if x == y {
        return Ok(TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(FALSE);
    }
    let diff = libm::fabs(y - x);
    let close =
        diff <= libm::fabs(rel_tol * y) || diff <= libm::fabs(rel_tol * x) || diff <= abs_tol;
    Ok(bool_word(close))
});

/// An int argument (bool included); TypeError like CPython for floats and others.
fn integer(v: Word) -> R<Word> {
    if int::is_int(v) {
        return Ok(int::as_i64(v).map_or(v, small));
    }
    Err(exc::type_error(&[
        b"'",
        type_name(v).as_bytes(),
        b"' object cannot be interpreted as an integer",
    ]))
}

math_fn!(math_factorial, |args, kwargs| {
    let n = integer(args_n(b"factorial", args, kwargs, 1)?[0])?;
    if int::is_negative(n) {
        return Err(exc::value_error(&[
            b"factorial() not defined for negative values",
        ]));
    }
    let Some(n) = int::as_i64(n) else {
        return Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let roots = Roots::new();
    let mut r = small(1);
    for i in 2..=n {
        r = int::mul(r, small(i))?;
        roots.push(r)?;
    }
    Ok(r)
});

fn gcd2(a: Word, b: Word) -> R<Word> {
    let (mut a, mut b) = (abs_int(a)?, abs_int(b)?);
    while b != small(0) {
        let r = int::modulo(a, b)?;
        a = b;
        b = r;
    }
    Ok(a)
}

fn abs_int(v: Word) -> R<Word> {
    if int::is_negative(v) {
        int::neg(v)
    } else {
        Ok(v)
    }
}

math_fn!(math_gcd, |args, kwargs| {
    no_kwargs(b"gcd", kwargs)?;
    let mut g = small(0);
    for &v in tuple_items(args).iter() {
        g = gcd2(g, integer(v)?)?;
    }
    Ok(g)
});

math_fn!(math_isqrt, |args, kwargs| {
    let n = integer(args_n(b"isqrt", args, kwargs, 1)?[0])?;
    if int::is_negative(n) {
        return Err(exc::value_error(&[b"isqrt() argument must be nonnegative"]));
    }
    if n == small(0) {
        return Ok(n);
    }
    // Newton's method from above: x = n, y = (x + n // x) // 2 until it stops decreasing.
    let mut x = n;
    let mut y = int::floordiv(int::add(x, small(1))?, small(2))?;
    while int::cmp(y, x) == core::cmp::Ordering::Less {
        x = y;
        y = int::floordiv(int::add(x, int::floordiv(n, x)?)?, small(2))?;
    }
    Ok(x)
});

math_fn!(math_comb, |args, kwargs| {
    let a = args_n(b"comb", args, kwargs, 2)?;
    let (n, k) = (integer(a[0])?, integer(a[1])?);
    if int::is_negative(n) {
        return Err(exc::value_error(&[b"n must be a non-negative integer"]));
    }
    if int::is_negative(k) {
        return Err(exc::value_error(&[b"k must be a non-negative integer"]));
    }
    if int::cmp(k, n) == core::cmp::Ordering::Greater {
        return Ok(small(0));
    }
    let k = int::as_i64(k).unwrap_or(i64::MAX);
    let n_minus_k = int::sub(n, small(k))?;
    let k = match int::as_i64(n_minus_k) {
        Some(nk) if nk < k => nk,
        _ => k,
    };
    let mut r = small(1);
    for i in 1..=k {
        let top = int::sub(n, small(k - i))?;
        r = int::floordiv(int::mul(r, top)?, small(i))?;
    }
    Ok(r)
});
