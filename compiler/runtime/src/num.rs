//! Operators: arithmetic, bitwise, comparisons, truthiness, with Python's rules for int/float/bool
//! mixing and the sequence/set forms of `+ * % | & ^ -`.

use crate::containers;
use crate::exc::{self, R, Raised};
use crate::gc;
use crate::int;
use crate::object::*;
use crate::value::*;
use core::cmp::Ordering;

pub fn new_float(v: f64) -> R<Word> {
    if let Some(w) = imm_float(v) {
        return Ok(w);
    }
    let p = gc::alloc_object(core::mem::size_of::<FloatObj>(), tag::FLOAT)?;
    unsafe { (*(p as *mut FloatObj)).v = v };
    Ok(from_addr(p as usize))
}

#[inline]
pub fn is_float(w: Word) -> bool {
    is_tag(w, tag::FLOAT)
}

#[inline]
pub fn is_number(w: Word) -> bool {
    int::is_int(w) || is_float(w)
}

/// A number as f64 (ints converted exactly-rounded; OverflowError for huge ints).
pub fn to_f64(w: Word) -> R<f64> {
    if is_float(w) {
        Ok(float_of(w))
    } else {
        int::to_f64(w)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl Op {
    fn symbol(self) -> &'static [u8] {
        match self {
            Op::Add => b"+",
            Op::Sub => b"-",
            Op::Mul => b"*",
            Op::TrueDiv => b"/",
            Op::FloorDiv => b"//",
            Op::Mod => b"%",
            Op::Pow => b"** or pow()",
            Op::LShift => b"<<",
            Op::RShift => b">>",
            Op::And => b"&",
            Op::Or => b"|",
            Op::Xor => b"^",
        }
    }
}

pub fn type_name(w: Word) -> &'static str {
    if is_small(w) {
        return "int";
    }
    match w {
        TRUE | FALSE => return "bool",
        NONE => return "NoneType",
        NOT_IMPLEMENTED => return "NotImplementedType",
        ELLIPSIS => return "ellipsis",
        _ => {}
    }
    if !is_heap(w) {
        return if is_imm_float(w) { "float" } else { "object" };
    }
    match header(w).tag {
        tag::FLOAT => "float",
        tag::BIGINT => "int",
        tag::STR => "str",
        tag::BYTES => "bytes",
        tag::GENERATOR => "generator",
        tag::TUPLE => "tuple",
        tag::LIST => "list",
        tag::DICT => "dict",
        tag::SET => "set",
        tag::FROZENSET => "frozenset",
        tag::RANGE => "range",
        tag::SLICE => "slice",
        tag::TYPE => "type",
        tag::EXCEPTION if obj::<ExcObj>(w).cls != UNBOUND => {
            str_of(obj::<ClassObj>(obj::<ExcObj>(w).cls).name)
        }
        tag::EXCEPTION => exc::kind_name(obj::<ExcObj>(w).kind),
        tag::INSTANCE => match tag_of(obj::<InstanceObj>(w).cls) {
            tag::CLASS => str_of(obj::<ClassObj>(obj::<InstanceObj>(w).cls).name),
            _ => "object",
        },
        tag::FUNCTION if header(w).flags == crate::call::FN_BUILTIN => "builtin_function_or_method",
        tag::FUNCTION => "function",
        tag::BOUND if header(w).flags == crate::call::BOUND_FUNCTION => "method",
        tag::BOUND => "builtin_function_or_method",
        tag::CLASS => "type",
        tag::WRAPPER => {
            ["staticmethod", "classmethod", "property", "super"][header(w).flags as usize % 4]
        }
        tag::ITER => crate::iter::kind_name(header(w).flags),
        tag::DICT_VIEW => ["dict_keys", "dict_values", "dict_items"][header(w).flags as usize % 3],
        _ => "object",
    }
}

fn unsupported(op: Op, a: Word, b: Word) -> Raised {
    exc::type_error(&[
        b"unsupported operand type(s) for ",
        op.symbol(),
        b": '",
        type_name(a).as_bytes(),
        b"' and '",
        type_name(b).as_bytes(),
        b"'",
    ])
}

fn float_op(op: Op, x: f64, y: f64) -> R<Word> {
    let zero = |m: &[u8]| Err(exc::raise(exc::ZERO_DIVISION_ERROR, m));
    let v = match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::TrueDiv => {
            if y == 0.0 {
                return zero(b"float division by zero");
            }
            x / y
        }
        Op::FloorDiv => {
            if y == 0.0 {
                return zero(b"float floor division by zero");
            }
            float_divmod(x, y).0
        }
        Op::Mod => {
            if y == 0.0 {
                return zero(b"float modulo");
            }
            float_divmod(x, y).1
        }
        Op::Pow => return float_pow(x, y),
        _ => return Err(Raised),
    };
    new_float(v)
}

/// CPython's float floor division and modulo.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    let q = if div != 0.0 {
        let mut f = libm::floor(div);
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        libm::copysign(0.0, x / y)
    };
    (q, m)
}

fn float_pow(x: f64, y: f64) -> R<Word> {
    if x == 0.0 && y < 0.0 {
        return Err(exc::raise(
            exc::ZERO_DIVISION_ERROR,
            b"0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y != libm::trunc(y) && y.is_finite() {
        return Err(exc::not_implemented(b"complex result of a power"));
    }
    let r = libm::pow(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(exc::raise(
            exc::OVERFLOW_ERROR,
            b"(34, 'Numerical result out of range')",
        ));
    }
    new_float(r)
}

fn int_op(op: Op, a: Word, b: Word) -> R<Word> {
    match op {
        Op::Add => int::add(a, b),
        Op::Sub => int::sub(a, b),
        Op::Mul => int::mul(a, b),
        Op::TrueDiv => int::truediv(a, b),
        Op::FloorDiv => int::floordiv(a, b),
        Op::Mod => int::modulo(a, b),
        Op::Pow => int::pow(a, b),
        Op::LShift => int::lshift(a, b),
        Op::RShift => int::rshift(a, b),
        Op::And => int::bitop(a, b, |x, y| x & y, |x, y| x & y),
        Op::Or => int::bitop(a, b, |x, y| x | y, |x, y| x | y),
        Op::Xor => int::bitop(a, b, |x, y| x ^ y, |x, y| x ^ y),
    }
}

pub fn binary(op: Op, a: Word, b: Word) -> R<Word> {
    if let Some(r) = crate::dunder::binary(op, a, b) {
        return r;
    }
    if is_number(a) && is_number(b) {
        return number_binary(op, a, b);
    }
    containers::sequence_binary(op, a, b).unwrap_or_else(|| Err(unsupported(op, a, b)))
}

/// `binary` of two numbers (ints, bools, floats): never runs user code, so callers need not
/// root the operands.
pub fn number_binary(op: Op, a: Word, b: Word) -> R<Word> {
    if int::is_int(a) && int::is_int(b) {
        if is_bool(a) && is_bool(b) && matches!(op, Op::And | Op::Or | Op::Xor) {
            let (x, y) = (a == TRUE, b == TRUE);
            return Ok(bool_word(match op {
                Op::And => x & y,
                Op::Or => x | y,
                _ => x ^ y,
            }));
        }
        return int_op(op, a, b);
    }
    if is_number(a) && is_number(b) {
        if matches!(op, Op::LShift | Op::RShift | Op::And | Op::Or | Op::Xor) {
            return Err(unsupported(op, a, b));
        }
        return float_op(op, to_f64(a)?, to_f64(b)?);
    }
    Err(unsupported(op, a, b))
}

pub fn concat_error(a: Word, b: Word) -> Raised {
    exc::type_error(&[
        b"can only concatenate ",
        type_name(a).as_bytes(),
        b" (not \"",
        type_name(b).as_bytes(),
        b"\") to ",
        type_name(a).as_bytes(),
    ])
}

/// `==` as a bool. A user `__eq__` that raises leaves its exception pending and gives false
/// (callers that can report errors use `eq_r`).
pub fn eq(a: Word, b: Word) -> bool {
    eq_r(a, b).unwrap_or(false)
}

/// `==` as a bool, with errors of user `__eq__` methods.
pub fn eq_r(a: Word, b: Word) -> R<bool> {
    if a == b {
        return Ok(!(is_float(a) && float_of(a).is_nan()));
    }
    if let Some(r) = crate::dunder::equality(a, b, false) {
        return truthy_r(r?);
    }
    Ok(eq_builtin(a, b))
}

/// `a == b` / `a != b` as the operator's result object.
pub fn eq_word(a: Word, b: Word, negate: bool) -> R<Word> {
    if let Some(r) = crate::dunder::equality(a, b, negate) {
        return r;
    }
    if a == b {
        return Ok(bool_word((is_float(a) && float_of(a).is_nan()) == negate));
    }
    Ok(bool_word(eq_builtin(a, b) != negate))
}

fn eq_builtin(a: Word, b: Word) -> bool {
    if is_small(a) && is_small(b) {
        return false;
    }
    if int::is_int(a) && int::is_int(b) {
        return int::cmp(a, b) == Ordering::Equal;
    }
    if is_number(a) && is_number(b) {
        return num_cmp(a, b) == Some(Ordering::Equal);
    }
    if !is_heap(a) || !is_heap(b) {
        return false;
    }
    containers::eq_objects(a, b)
}

/// Numeric comparison (None for NaN).
pub fn num_cmp(a: Word, b: Word) -> Option<Ordering> {
    match (is_float(a), is_float(b)) {
        (false, false) => Some(int::cmp(a, b)),
        (true, true) => float_of(a).partial_cmp(&float_of(b)),
        (false, true) => int::cmp_float(a, float_of(b)),
        (true, false) => int::cmp_float(b, float_of(a)).map(Ordering::reverse),
    }
}

#[derive(Clone, Copy)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn symbol(self) -> &'static [u8] {
        match self {
            CmpOp::Lt => b"<",
            CmpOp::Le => b"<=",
            CmpOp::Gt => b">",
            CmpOp::Ge => b">=",
        }
    }
    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// Ordering for `<`-style comparisons: `Ok(None)` means unordered (NaN: every comparison false).
pub fn order(op: CmpOp, a: Word, b: Word) -> R<Option<Ordering>> {
    if is_small(a) && is_small(b) {
        return Ok(Some((a as i64).cmp(&(b as i64))));
    }
    if is_number(a) && is_number(b) {
        return Ok(num_cmp(a, b));
    }
    if let Some(r) = containers::order_objects(op, a, b) {
        return r;
    }
    Err(exc::type_error(&[
        b"'",
        op.symbol(),
        b"' not supported between instances of '",
        type_name(a).as_bytes(),
        b"' and '",
        type_name(b).as_bytes(),
        b"'",
    ]))
}

/// `a < b` etc. as the operator's result object (user methods may return any value).
pub fn compare_word(op: CmpOp, a: Word, b: Word) -> R<Word> {
    if let Some(r) = crate::dunder::compare(op, a, b) {
        return r;
    }
    compare(op, a, b).map(bool_word)
}

pub fn compare(op: CmpOp, a: Word, b: Word) -> R<bool> {
    if let Some(r) = crate::dunder::compare(op, a, b) {
        return truthy_r(r?);
    }
    if let (CmpOp::Le | CmpOp::Ge, true) =
        (op, containers::is_set_like(a) && containers::is_set_like(b))
    {
        return Ok(containers::set_subset(if let CmpOp::Le = op {
            (a, b)
        } else {
            (b, a)
        }));
    }
    if let (CmpOp::Lt | CmpOp::Gt, true) =
        (op, containers::is_set_like(a) && containers::is_set_like(b))
    {
        let (x, y) = if let CmpOp::Lt = op { (a, b) } else { (b, a) };
        return Ok(containers::set_subset((x, y)) && dict_of(x).len() < dict_of(y).len());
    }
    Ok(order(op, a, b)?.is_some_and(|o| op.test(o)))
}

/// `bool(w)`. A user `__bool__`/`__len__` that raises leaves its exception pending and gives
/// true (callers that can report errors use `truthy_r`).
pub fn truthy(w: Word) -> bool {
    truthy_r(w).unwrap_or(true)
}

pub fn truthy_r(w: Word) -> R<bool> {
    if let Some(r) = crate::dunder::truthy(w) {
        return r;
    }
    Ok(truthy_builtin(w))
}

fn truthy_builtin(w: Word) -> bool {
    if is_small(w) {
        return w != 0;
    }
    match w {
        TRUE => return true,
        FALSE | NONE => return false,
        _ => {}
    }
    if !is_heap(w) {
        return !is_imm_float(w) || float_of(w) != 0.0;
    }
    match header(w).tag {
        tag::FLOAT => float_of(w) != 0.0,
        tag::BIGINT => true,
        tag::STR => obj::<StrObj>(w).blen != 0,
        tag::BYTES => obj::<BytesObj>(w).len != 0,
        tag::TUPLE => obj::<TupleObj>(w).len != 0,
        tag::LIST => !list_items(w).is_empty(),
        tag::DICT | tag::SET | tag::FROZENSET => !dict_of(w).is_empty(),
        tag::RANGE => containers::range_len(obj::<RangeObj>(w)) != 0,
        tag::DICT_VIEW => !dict_of(obj::<ViewObj>(w).dict).is_empty(),
        _ => true,
    }
}

pub fn float_hash(f: f64) -> i64 {
    // CPython's _Py_HashDouble.
    const BITS: u32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if !f.is_finite() {
        return if f.is_infinite() {
            if f > 0.0 { 314159 } else { -314159 }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & P) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    libm::frexp(x)
}

pub fn unary_error(sym: &[u8], v: Word) -> Raised {
    exc::type_error(&[
        b"bad operand type for unary ",
        sym,
        b": '",
        type_name(v).as_bytes(),
        b"'",
    ])
}

macro_rules! binary_export {
    ($name:ident, $op:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(a: Word, b: Word) -> Word {
            if is_number(a) && is_number(b) {
                return exc::ret(number_binary($op, a, b));
            }
            rooted2(a, b, |a, b| binary($op, a, b))
        }
    };
}

/// Runs `f(a, b)` with `a` and `b` rooted (user methods it may call can reach a collection).
pub fn rooted2(a: Word, b: Word, f: impl FnOnce(Word, Word) -> R<Word>) -> Word {
    match gc::Roots::of(&[a, b]) {
        Ok(_roots) => exc::ret(f(a, b)),
        Err(_) => EXC,
    }
}

binary_export!(mlrt_sub, Op::Sub);
binary_export!(mlrt_mul, Op::Mul);
binary_export!(mlrt_truediv, Op::TrueDiv);
binary_export!(mlrt_floordiv, Op::FloorDiv);
binary_export!(mlrt_mod, Op::Mod);
binary_export!(mlrt_pow, Op::Pow);
binary_export!(mlrt_lshift, Op::LShift);
binary_export!(mlrt_rshift, Op::RShift);
binary_export!(mlrt_and, Op::And);
binary_export!(mlrt_or, Op::Or);
binary_export!(mlrt_xor, Op::Xor);

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_add(a: Word, b: Word) -> Word {
    if is_small(a) && is_small(b) {
        let s = small_value(a) + small_value(b);
        if fits_small(s) {
            return small(s);
        }
    }
    if is_number(a) && is_number(b) {
        return exc::ret(number_binary(Op::Add, a, b));
    }
    rooted2(a, b, |a, b| binary(Op::Add, a, b))
}

/// `a += b`: lists extend in place; everything else is `a + b`.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_iadd(a: Word, b: Word) -> Word {
    if is_tag(a, tag::LIST) {
        return rooted2(a, b, |a, b| containers::list_extend(a, b).map(|_| a));
    }
    if is_number(a) && is_number(b) {
        return exc::ret(number_binary(Op::Add, a, b));
    }
    rooted2(a, b, |a, b| match crate::dunder::inplace_add(a, b) {
        Some(r) => r,
        None => binary(Op::Add, a, b),
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_divmod(a: Word, b: Word) -> Word {
    rooted2(a, b, divmod)
}

pub fn divmod(a: Word, b: Word) -> R<Word> {
    if int::is_int(a) && int::is_int(b) {
        let (q, r) = int::divmod(a, b, b"integer division or modulo by zero")?;
        return containers::tuple_from(&[q, r]);
    }
    if is_number(a) && is_number(b) {
        let (x, y) = (to_f64(a)?, to_f64(b)?);
        if y == 0.0 {
            return Err(exc::raise(exc::ZERO_DIVISION_ERROR, b"float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        let q = new_float(q)?;
        let r = new_float(r)?;
        return containers::tuple_from(&[q, r]);
    }
    Err(exc::type_error(&[
        b"unsupported operand type(s) for divmod(): '",
        type_name(a).as_bytes(),
        b"' and '",
        type_name(b).as_bytes(),
        b"'",
    ]))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_eq(a: Word, b: Word) -> Word {
    if is_small(a) && is_small(b) {
        return bool_word(a == b);
    }
    if let Some(equal) = eq_plain(a, b) {
        return bool_word(equal);
    }
    rooted2(a, b, |a, b| eq_word(a, b, false))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_ne(a: Word, b: Word) -> Word {
    if is_small(a) && is_small(b) {
        return bool_word(a != b);
    }
    if let Some(equal) = eq_plain(a, b) {
        return bool_word(!equal);
    }
    rooted2(a, b, |a, b| eq_word(a, b, true))
}

/// `a == b` of two numbers or two strs (which run no user code); None for anything else.
fn eq_plain(a: Word, b: Word) -> Option<bool> {
    if is_number(a) && is_number(b) {
        return Some(num_cmp(a, b) == Some(Ordering::Equal));
    }
    if is_tag(a, tag::STR) && is_tag(b, tag::STR) {
        return Some(a == b || str_bytes(a) == str_bytes(b));
    }
    None
}

macro_rules! compare_export {
    ($name:ident, $op:expr) => {
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(a: Word, b: Word) -> Word {
            if is_small(a) && is_small(b) {
                return bool_word($op.test((a as i64).cmp(&(b as i64))));
            }
            if is_number(a) && is_number(b) {
                // Numbers run no user code: no rooting needed.
                return exc::ret(compare_word($op, a, b));
            }
            if is_tag(a, tag::STR) && is_tag(b, tag::STR) {
                return bool_word($op.test(str_bytes(a).cmp(str_bytes(b))));
            }
            rooted2(a, b, |a, b| compare_word($op, a, b))
        }
    };
}

compare_export!(mlrt_lt, CmpOp::Lt);
compare_export!(mlrt_le, CmpOp::Le);
compare_export!(mlrt_gt, CmpOp::Gt);
compare_export!(mlrt_ge, CmpOp::Ge);

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_is(a: Word, b: Word) -> Word {
    bool_word(a == b)
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_not(v: Word) -> Word {
    if !crate::dunder::is_user(v) {
        return bool_word(!truthy_builtin(v));
    }
    rooted2(v, NONE, |v, _| truthy_r(v).map(|t| bool_word(!t)))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_truthy(v: Word) -> i32 {
    if !crate::dunder::is_user(v) {
        return truthy_builtin(v) as i32;
    }
    match rooted2(v, NONE, |v, _| truthy_r(v).map(bool_word)) {
        TRUE => 1,
        FALSE => 0,
        _ => -1,
    }
}

/// `-v`, `+v`, `~v`, `abs(v)` of a user instance through `__neg__` etc.
pub fn unary_special(v: Word, name: &[u8]) -> Option<R<Word>> {
    let _roots = gc::Roots::of(&[v]).ok()?;
    crate::dunder::try_call(v, name, &[])
}

pub fn neg(v: Word) -> R<Word> {
    if let Some(r) = unary_special(v, b"__neg__") {
        return r;
    }
    if int::is_int(v) {
        return int::neg(v);
    }
    if is_float(v) {
        return new_float(-float_of(v));
    }
    Err(unary_error(b"-", v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_neg(v: Word) -> Word {
    exc::ret(neg(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_pos(v: Word) -> Word {
    if let Some(r) = unary_special(v, b"__pos__") {
        return exc::ret(r);
    }
    if is_bool(v) {
        return small((v == TRUE) as i64);
    }
    if is_number(v) {
        return v;
    }
    unary_error(b"+", v);
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_invert(v: Word) -> Word {
    if let Some(r) = unary_special(v, b"__invert__") {
        return exc::ret(r);
    }
    if int::is_int(v) {
        return exc::ret(int::invert(v));
    }
    unary_error(b"~", v);
    EXC
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_float_new(v: f64) -> Word {
    exc::ret(new_float(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_float_value(v: Word) -> f64 {
    to_f64(v).unwrap_or(f64::NAN)
}

/// Python's hash.
pub fn hash(w: Word) -> R<i64> {
    if let Some(v) = int::as_i64(w) {
        // CPython: an int hashes to itself modulo 2**61 - 1, keeping its sign.
        const MODULUS: i64 = (1 << 61) - 1;
        let h = if v.abs() >= MODULUS {
            v.signum() * (v.abs() % MODULUS)
        } else {
            v
        };
        return Ok(if h == -1 { -2 } else { h });
    }
    if let Some(r) = crate::dunder::hash(w) {
        return r;
    }
    if is_float(w) {
        let f = float_of(w);
        if f == libm::trunc(f) && f.abs() < 9.2e18 {
            let i = f as i64;
            return Ok(int::hash(int::from_i64(i).unwrap_or(small(0))));
        }
        return Ok(float_hash(f));
    }
    if !is_heap(w) {
        return Ok((w >> 3) as i64);
    }
    match header(w).tag {
        tag::BIGINT => Ok(int::hash(w)),
        tag::STR => Ok(crate::text::str_hash(w)),
        tag::BYTES => Ok(crate::bytes::hash(w)),
        tag::TUPLE => {
            // CPython's xxHash-based tuple hash.
            let mut acc: u64 = 2870177450012600261;
            for &x in tuple_items(w).iter() {
                let lane = hash(x)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(14029467366897019727));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(11400714785074694791);
            }
            acc = acc.wrapping_add((tuple_items(w).len() as u64) ^ (2870177450012600261 ^ 3527539));
            let h = acc as i64;
            Ok(if h == -1 { 1546275796 } else { h })
        }
        tag::FROZENSET => {
            let mut acc: u64 = 0;
            for e in dict_of(w).entries.iter().filter(|e| e.key != UNBOUND) {
                acc ^= (e.hash as u64).wrapping_mul(0x9E3779B97F4A7C15);
            }
            Ok(acc as i64 >> 1)
        }
        tag::LIST | tag::DICT | tag::SET | tag::DICT_VIEW => Err(exc::type_error(&[
            b"unhashable type: '",
            type_name(w).as_bytes(),
            b"'",
        ])),
        _ => Ok((w >> 3) as i64),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_hash(v: Word) -> Word {
    rooted2(v, NONE, |v, _| int::from_i64(hash(v)?))
}
