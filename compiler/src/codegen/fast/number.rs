//! Arithmetic on values of unknown type: `+ - * / **` inline for small ints and floats, with the
//! runtime's generic operation for everything else (big ints, overflow, division by zero, other
//! types, user classes), so results and exceptions are exactly the runtime's.
//!
//! Nested arithmetic stays unboxed: a node's value is a pair (raw `f64`, word) where the word
//! `RAW` says "the value is the float in the f64"; it becomes a float word only where a word is
//! needed. Operands are evaluated left to right and each operation is applied right after its
//! operands, as Python does.
use super::super::expr::may_poll;
use super::super::runtime_api::Rt;
use super::super::types::Ty;
use super::super::{FunctionGen, Gen};
use crate::source::Span;
use crate::syntax::ast::{BinOp, CmpOp, Expr, ExprKind};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Not a value word (low bits `111`, like `EXC`): "the value is the raw f64".
const RAW: i64 = 0x17;

/// A number being computed, in wasm locals.
#[derive(Clone, Copy)]
pub enum Num {
    /// A raw float.
    Raw(u32),
    /// A value word.
    Word(u32),
    /// A raw float when the word is `RAW`, else the word.
    Pair(u32, u32),
}

fn generic(op: BinOp, inplace: bool) -> Option<Rt> {
    Some(match op {
        BinOp::Add if inplace => Rt::InplaceAdd,
        BinOp::Add => Rt::Add,
        BinOp::Sub => Rt::Sub,
        BinOp::Mul => Rt::Mul,
        BinOp::Div => Rt::TrueDiv,
        BinOp::Pow => Rt::Pow,
        _ => return None,
    })
}

/// Types an operand of an inline number operation may have.
fn maybe_number(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::Bool | Ty::Float | Ty::Unknown)
}

impl FunctionGen<'_, '_, '_> {
    /// Whether `left op right` is computed here: an arithmetic operator whose operands may be
    /// numbers, one at least of unknown type (known ints and floats have their own paths).
    fn number_node(&self, left: &Expr, op: BinOp, right: &Expr) -> bool {
        let (l, r) = (self.ty(left), self.ty(right));
        generic(op, false).is_some()
            && maybe_number(l)
            && maybe_number(r)
            && (l == Ty::Unknown || r == Ty::Unknown)
    }

    /// Hook of `expr()`: an arithmetic node on unknown types, as a word.
    pub fn fast_number(&mut self, e: &Expr) -> Gen<bool> {
        let ExprKind::BinOp { left, op, right } = &e.kind else {
            return Ok(false);
        };
        if !self.number_node(left, *op, right) {
            return Ok(false);
        }
        let value = self.number(e)?;
        self.push_number_word(value);
        Ok(true)
    }

    /// `target op= value` with the target's current value (of static type `target`) on the
    /// stack: leaves the new value.
    pub fn aug_number(&mut self, target: Ty, op: BinOp, value: &Expr, span: Span) -> Gen {
        let left = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalSet(left));
        // The slot keeps the current value alive while `value` runs (objects do not move).
        let slot = may_poll(value, 0).then(|| self.body.alloc_temp());
        if let Some(slot) = slot {
            self.body.emit(I::LocalGet(left));
            self.body.store_slot(slot);
        }
        let t = self.ty(value);
        let ints = matches!(target, Ty::Int | Ty::Bool) && matches!(t, Ty::Int | Ty::Bool);
        if generic(op, true).is_some() && maybe_number(target) && maybe_number(t) && !ints {
            let right = self.number_operand(value)?;
            let result = self.combine(Num::Word(left), op, right, true, false);
            self.push_number_word(result);
        } else {
            self.body.emit(I::LocalGet(left));
            self.expr(value)?;
            self.binary(op, true, span)?;
        }
        if slot.is_some() {
            self.body.free_temp();
        }
        Ok(())
    }

    /// Computes `e` (an arithmetic node or any expression) into locals.
    fn number(&mut self, e: &Expr) -> Gen<Num> {
        self.enter(e.span)?;
        let result = match &e.kind {
            ExprKind::BinOp { left, op, right } if self.number_node(left, *op, right) => {
                let l = self.number_operand(left)?;
                // A word waiting across a possible collection goes to a frame slot.
                let spill = may_poll(right, 0) && !matches!(l, Num::Raw(_));
                let slot = spill.then(|| self.body.alloc_temp());
                if let (Some(slot), Num::Word(w) | Num::Pair(_, w)) = (slot, l) {
                    self.body.emit(I::LocalGet(w));
                    self.body.store_slot(slot);
                }
                let r = self.number_operand(right)?;
                if let (Some(slot), Num::Word(w) | Num::Pair(_, w)) = (slot, l) {
                    self.body.load_slot(slot);
                    self.body.emit(I::LocalSet(w));
                    self.body.free_temp();
                }
                // `x ** 0.5` is the square root (the runtime's pow computes it so).
                let root =
                    *op == BinOp::Pow && matches!(right.kind, ExprKind::Float(y) if y == 0.5);
                self.combine(l, *op, r, false, root)
            }
            _ => {
                self.expr(e)?;
                let w = self.body.new_local(ValType::I64);
                self.body.emit(I::LocalSet(w));
                Num::Word(w)
            }
        };
        self.leave();
        Ok(result)
    }

    /// An operand: raw when statically a float, a pair when an arithmetic node, else a word.
    fn number_operand(&mut self, e: &Expr) -> Gen<Num> {
        if self.ty(e) == Ty::Float {
            self.float_expr(e)?;
            let f = self.body.new_local(ValType::F64);
            self.body.emit(I::LocalSet(f));
            return Ok(Num::Raw(f));
        }
        self.number(e)
    }

    /// Pushes the word of `n` (a raw float is encoded).
    fn push_number_word(&mut self, n: Num) {
        match n {
            Num::Raw(f) => {
                self.body.emit(I::LocalGet(f));
                self.encode_float();
            }
            Num::Word(w) => self.body.emit(I::LocalGet(w)),
            Num::Pair(f, w) => {
                self.body.emit(I::LocalGet(w));
                self.body.emit(I::I64Const(RAW));
                self.body.emit(I::I64Eq);
                self.body.if_(BlockType::Result(ValType::I64));
                self.body.emit(I::LocalGet(f));
                self.encode_float();
                self.body.else_();
                self.body.emit(I::LocalGet(w));
                self.body.end();
            }
        }
    }

    /// Pushes the f64 of `n` when it is a float or a small int, else branches to `slow`.
    fn push_number_f64(&mut self, n: Num, slow: super::super::body::Label) {
        match n {
            Num::Raw(f) => self.body.emit(I::LocalGet(f)),
            Num::Word(w) => self.number_word_as_f64(w, slow),
            Num::Pair(f, w) => {
                self.body.emit(I::LocalGet(w));
                self.body.emit(I::I64Const(RAW));
                self.body.emit(I::I64Eq);
                self.body.if_(BlockType::Result(ValType::F64));
                self.body.emit(I::LocalGet(f));
                self.body.else_();
                self.number_word_as_f64(w, slow);
                self.body.end();
            }
        }
    }

    /// i32: whether `n` is a small int (never for a raw float).
    fn push_is_small_int(&mut self, n: Num) {
        match n {
            Num::Raw(_) => self.body.emit(I::I32Const(0)),
            Num::Word(w) | Num::Pair(_, w) => {
                self.body.emit(I::LocalGet(w));
                self.body.emit(I::I32WrapI64);
                self.body.emit(I::I32Const(1));
                self.body.emit(I::I32And);
                self.body.emit(I::I32Eqz);
            }
        }
    }

    /// `l op r` into a new pair.
    fn combine(&mut self, l: Num, op: BinOp, r: Num, inplace: bool, root: bool) -> Num {
        let Some(rt) = generic(op, inplace) else {
            return l;
        };
        let f = self.body.new_local(ValType::F64);
        let w = self.body.new_local(ValType::I64);
        let done = self.body.block(BlockType::Empty);
        let slow = self.body.block(BlockType::Empty);
        let ints = !matches!(l, Num::Raw(_)) && !matches!(r, Num::Raw(_));
        if ints {
            self.push_is_small_int(l);
            self.push_is_small_int(r);
            self.body.emit(I::I32And);
            self.body.if_(BlockType::Empty);
            if let (Num::Word(a) | Num::Pair(_, a), Num::Word(b) | Num::Pair(_, b)) = (l, r)
                && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul)
            {
                self.small_int_op(op, a, b, w, slow);
                self.body.br(done);
            } else {
                // int / int and int ** int: the runtime's exact results.
                self.body.br(slow);
            }
            self.body.end();
        }
        self.push_number_f64(l, slow);
        let x = self.body.fast_local("number.x", ValType::F64);
        self.body.emit(I::LocalSet(x));
        self.push_number_f64(r, slow);
        let y = self.body.fast_local("number.y", ValType::F64);
        self.body.emit(I::LocalSet(y));
        match op {
            BinOp::Div => {
                self.body.emit(I::LocalGet(y));
                self.body.emit(I::F64Const(0.0.into()));
                self.body.emit(I::F64Eq);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(x));
                self.body.emit(I::LocalGet(y));
                self.body.emit(I::F64Div);
            }
            BinOp::Pow => {
                // For x > 0 Python raises nothing but OverflowError (an infinite result).
                self.body.emit(I::LocalGet(x));
                self.body.emit(I::F64Const(0.0.into()));
                self.body.emit(I::F64Gt);
                self.body.emit(I::I32Eqz);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(x));
                if root {
                    self.body.emit(I::F64Sqrt);
                } else {
                    self.body.emit(I::LocalGet(y));
                    self.body.call(Rt::PowF64);
                }
                self.body.emit(I::LocalTee(x));
                self.body.emit(I::F64Abs);
                self.body.emit(I::F64Const(f64::INFINITY.into()));
                self.body.emit(I::F64Eq);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(x));
            }
            _ => {
                self.body.emit(I::LocalGet(x));
                self.body.emit(I::LocalGet(y));
                self.body.emit(match op {
                    BinOp::Add => I::F64Add,
                    BinOp::Sub => I::F64Sub,
                    _ => I::F64Mul,
                });
            }
        }
        self.body.emit(I::LocalSet(f));
        self.body.emit(I::I64Const(RAW));
        self.body.emit(I::LocalSet(w));
        self.body.br(done);
        self.body.end();
        self.push_number_word(l);
        let a = self.body.fast_local("number.a", ValType::I64);
        self.body.emit(I::LocalSet(a));
        self.push_number_word(r);
        let b = self.body.fast_local("number.b", ValType::I64);
        self.body.emit(I::LocalSet(b));
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::LocalGet(b));
        self.body.call(rt);
        self.body.check();
        self.body.emit(I::LocalSet(w));
        self.body.end();
        Num::Pair(f, w)
    }

    /// `a op b` of two small-int words into `result`, or a branch to `slow` on overflow.
    fn small_int_op(
        &mut self,
        op: BinOp,
        a: u32,
        b: u32,
        result: u32,
        slow: super::super::body::Label,
    ) {
        let r = self.body.fast_local("number.r", ValType::I64);
        match op {
            BinOp::Add | BinOp::Sub => {
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(if op == BinOp::Add {
                    I::I64Add
                } else {
                    I::I64Sub
                });
                self.body.emit(I::LocalSet(r));
                // Overflow: add when a and b have the same sign and r differs from a;
                // sub when a and b have different signs and r differs from a.
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(r));
                self.body.emit(I::I64Xor);
                self.body.emit(I::LocalGet(b));
                self.body
                    .emit(I::LocalGet(if op == BinOp::Add { r } else { a }));
                self.body.emit(I::I64Xor);
                self.body.emit(I::I64And);
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64LtS);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(r));
            }
            _ => {
                // Both payloads within 32 bits: the product is exact in i64; it must fit 63.
                for x in [a, b] {
                    self.body.emit(I::LocalGet(x));
                    self.body.emit(I::I64Const(1));
                    self.body.emit(I::I64ShrS);
                    self.body.emit(I::LocalTee(r));
                    self.body.emit(I::LocalGet(r));
                    self.body.emit(I::I64Extend32S);
                    self.body.emit(I::I64Ne);
                    self.body.br_if(slow);
                }
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64ShrS);
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64ShrS);
                self.body.emit(I::I64Mul);
                self.body.emit(I::LocalTee(r));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64Shl);
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64ShrS);
                self.body.emit(I::LocalGet(r));
                self.body.emit(I::I64Ne);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(r));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64Shl);
            }
        }
        self.body.emit(I::LocalSet(result));
    }
}

impl FunctionGen<'_, '_, '_> {
    /// i32: `a op b` for two words that are not both small ints: compared as f64 when both are
    /// floats or ints exactly representable (what Python's exact int/float comparison gives
    /// then), through the runtime's comparison `rt` otherwise.
    /// `floats`: whether the operands may be floats (not when both are statically ints).
    pub fn compare_numbers(&mut self, a: u32, b: u32, op: CmpOp, floats: bool) {
        let Some((native, rt)) = super::float::float_comparison(op) else {
            return;
        };
        let done = self.body.block(BlockType::Result(ValType::I32));
        if floats {
            let slow = self.body.block(BlockType::Empty);
            self.exact_number_as_f64(a, slow);
            self.exact_number_as_f64(b, slow);
            self.body.emit(native);
            self.body.br(done);
            self.body.end();
        }
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::LocalGet(b));
        self.body.call(rt);
        self.body.check();
        self.truthy();
        self.body.end();
    }

    /// Pushes the f64 of an immediate float or of a small int within 2^53, else branches.
    fn exact_number_as_f64(&mut self, local: u32, slow: super::super::body::Label) {
        self.is_immediate_float(local);
        self.body.if_(BlockType::Result(ValType::F64));
        self.decode_immediate_float(local);
        self.body.else_();
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32And);
        self.body.br_if(slow);
        // (n + 2^53) as unsigned > 2^54: |n| beyond 2^53 (n = word >> 1).
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64ShrS);
        self.body.emit(I::I64Const(EXACT_INT_LIMIT));
        self.body.emit(I::I64Add);
        self.body.emit(I::I64Const(2 * EXACT_INT_LIMIT));
        self.body.emit(I::I64GtU);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64ShrS);
        self.body.emit(I::F64ConvertI64S);
        self.body.end();
    }
}

/// Ints in `[-2^53, 2^53]` convert to `f64` exactly.
const EXACT_INT_LIMIT: i64 = 1 << 53;

impl FunctionGen<'_, '_, '_> {
    /// `a op b` as a bool word for two words that are not both small ints (see
    /// `compare_numbers`); `rt` is the runtime comparison, whose result is returned as is.
    pub fn compare_number_words(&mut self, a: u32, b: u32, op: CmpOp, rt: Rt) {
        let Some((native, _)) = super::float::float_comparison(op) else {
            return;
        };
        let done = self.body.block(BlockType::Result(ValType::I64));
        let slow = self.body.block(BlockType::Empty);
        self.body
            .emit(I::I64Const(super::super::runtime_api::word::TRUE));
        self.body
            .emit(I::I64Const(super::super::runtime_api::word::FALSE));
        self.exact_number_as_f64(a, slow);
        self.exact_number_as_f64(b, slow);
        self.body.emit(native);
        self.body.emit(I::Select);
        self.body.br(done);
        self.body.end();
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::LocalGet(b));
        self.body.call(rt);
        self.body.check();
        self.body.end();
    }

    /// `-w` for the word in `local` (not a small int): an immediate float flips its sign bit,
    /// anything else calls the runtime.
    pub fn negate_float_or_call(&mut self, local: u32) {
        self.is_immediate_float(local);
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(super::float_word::SIGN_BIT));
        self.body.emit(I::I64Xor);
        self.body.else_();
        self.body.emit(I::LocalGet(local));
        self.body.call(Rt::Neg);
        self.body.check();
        self.body.end();
    }
}
