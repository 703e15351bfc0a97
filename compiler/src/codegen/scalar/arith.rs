//! Exact arithmetic of clones: int operations bail wherever Python's result would leave `i64`
//! or raise; float operations are IEEE, which is what Python computes, except the divisions by
//! zero (which raise in Python, so they bail).
use super::Scalar;
use super::emit::{CloneGen, Emit, NotScalar};
use crate::codegen::body::Body;
use crate::codegen::fast::{floored_quotient, floored_remainder};
use crate::syntax::ast::BinOp;
use wasm_encoder::{BlockType, Instruction, ValType};

use Instruction as I;

/// Ints in `[-2^53, 2^53]` convert to `f64` exactly.
const EXACT_INT_LIMIT: i64 = 1 << 53;

/// `1 / d` when `e` is a literal power of two `d` whose reciprocal is a normal float.
fn exact_reciprocal(e: &crate::syntax::ast::Expr) -> Option<f64> {
    let value = match &e.kind {
        crate::syntax::ast::ExprKind::Float(v) => *v,
        crate::syntax::ast::ExprKind::Int(digits) => digits.parse::<i64>().ok()? as f64,
        _ => return None,
    };
    let power_of_two = value.is_normal() && value.to_bits() & ((1 << 52) - 1) == 0;
    let reciprocal = 1.0 / value;
    (power_of_two && reciprocal.is_normal()).then_some(reciprocal)
}

/// Pushes 1 when `r = a + b` (wrapped) overflowed: `((a ^ r) & (b ^ r)) < 0`.
pub fn add_overflows(body: &mut Body, a: u32, b: u32, r: u32) {
    body.emit(I::LocalGet(a));
    body.emit(I::LocalGet(r));
    body.emit(I::I64Xor);
    body.emit(I::LocalGet(b));
    body.emit(I::LocalGet(r));
    body.emit(I::I64Xor);
    body.emit(I::I64And);
    body.emit(I::I64Const(0));
    body.emit(I::I64LtS);
}

impl CloneGen<'_, '_, '_> {
    /// Converts the value on the stack from `from` to `to` (int -> float as Python's `float()`).
    pub fn coerce(&mut self, from: Scalar, to: Scalar) -> Emit {
        match (from, to) {
            _ if from == to => {}
            (Scalar::Bool, Scalar::Int) => self.body.emit(I::I64ExtendI32U),
            (Scalar::Int, Scalar::Float) => self.body.emit(I::F64ConvertI64S),
            (Scalar::Bool, Scalar::Float) => self.body.emit(I::F64ConvertI32U),
            _ => return Err(NotScalar),
        }
        Ok(())
    }

    /// Pushes the truth value (i32) of the value on the stack.
    pub fn truthy(&mut self, kind: Scalar) {
        match kind {
            Scalar::Int => {
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64Ne);
            }
            Scalar::Float => {
                self.body.emit(I::F64Const(0.0.into()));
                self.body.emit(I::F64Ne);
            }
            Scalar::Bool => {}
        }
    }

    /// Stores the value on the stack into a new local of its type.
    pub fn stash(&mut self, kind: Scalar) -> u32 {
        let local = self.body.new_local(kind.val_type());
        self.body.emit(I::LocalSet(local));
        local
    }

    /// Pushes local `local` (of representation `from`) as `to`.
    pub fn load_as(&mut self, local: u32, from: Scalar, to: Scalar) -> Emit {
        self.body.emit(I::LocalGet(local));
        self.coerce(from, to)
    }

    /// `left op right`: the left operand (of representation `left`) is on the stack.
    pub fn binary_values(
        &mut self,
        left: Scalar,
        op: BinOp,
        right: &crate::syntax::ast::Expr,
    ) -> Emit<Scalar> {
        let a = self.stash(left);
        let constant = super::emit::int_constant(right);
        let reciprocal = exact_reciprocal(right);
        let right = self.expr(right)?;
        let b = self.stash(right);
        let integral = left.is_integral() && right.is_integral();
        match op {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
                if left == Scalar::Bool && right == Scalar::Bool =>
            {
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(match op {
                    BinOp::BitAnd => I::I32And,
                    BinOp::BitOr => I::I32Or,
                    _ => I::I32Xor,
                });
                Ok(Scalar::Bool)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul if !integral => {
                self.float_operands(a, left, b, right)?;
                self.body.emit(match op {
                    BinOp::Add => I::F64Add,
                    BinOp::Sub => I::F64Sub,
                    _ => I::F64Mul,
                });
                Ok(Scalar::Float)
            }
            BinOp::Div => {
                self.true_division(a, left, b, right, reciprocal)?;
                Ok(Scalar::Float)
            }
            _ if integral => {
                let (x, y) = (self.as_int_local(a, left)?, self.as_int_local(b, right)?);
                self.int_binary(op, x, y, constant)?;
                Ok(Scalar::Int)
            }
            _ => Err(NotScalar),
        }
    }

    /// An i64 local holding the integral value of local `local`.
    fn as_int_local(&mut self, local: u32, kind: Scalar) -> Emit<u32> {
        if kind == Scalar::Int {
            return Ok(local);
        }
        self.load_as(local, kind, Scalar::Int)?;
        Ok(self.stash(Scalar::Int))
    }

    fn float_operands(&mut self, a: u32, left: Scalar, b: u32, right: Scalar) -> Emit {
        self.load_as(a, left, Scalar::Float)?;
        self.load_as(b, right, Scalar::Float)
    }

    /// `a / b`: an int divided by an int is exact when both convert to floats exactly (Python
    /// rounds the true quotient once). Dividing by a literal power of two is multiplying by its
    /// reciprocal: both scale exactly, so they round alike.
    fn true_division(
        &mut self,
        a: u32,
        left: Scalar,
        b: u32,
        right: Scalar,
        reciprocal: Option<f64>,
    ) -> Emit {
        if left.is_integral() && right.is_integral() {
            for (local, kind) in [(a, left), (b, right)] {
                if kind == Scalar::Int {
                    self.bail_unless_exact_float(local);
                }
            }
        }
        if let Some(reciprocal) = reciprocal {
            self.load_as(a, left, Scalar::Float)?;
            self.body.emit(I::F64Const(reciprocal.into()));
            self.body.emit(I::F64Mul);
            return Ok(());
        }
        self.load_as(b, right, Scalar::Float)?;
        let divisor = self.stash(Scalar::Float);
        self.body.emit(I::LocalGet(divisor));
        self.body.emit(I::F64Const(0.0.into()));
        self.body.emit(I::F64Eq);
        self.body.br_if(self.bail);
        self.load_as(a, left, Scalar::Float)?;
        self.body.emit(I::LocalGet(divisor));
        self.body.emit(I::F64Div);
        Ok(())
    }

    /// Bails unless int local `local` is within `[-2^53, 2^53]`.
    pub fn bail_unless_exact_float(&mut self, local: u32) {
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(EXACT_INT_LIMIT));
        self.body.emit(I::I64Add);
        self.body.emit(I::I64Const(2 * EXACT_INT_LIMIT));
        self.body.emit(I::I64GtU);
        self.body.br_if(self.bail);
    }

    fn bail_if(&mut self) {
        self.body.br_if(self.bail);
    }

    /// Pushes `a op b` for i64 locals, bailing where Python's result is not an i64 or raises.
    /// `constant`: the value of `b` when it is a literal.
    fn int_binary(&mut self, op: BinOp, a: u32, b: u32, constant: Option<i64>) -> Emit {
        match op {
            BinOp::Add | BinOp::Sub if constant.is_some_and(|c| c != i64::MIN) => {
                // a + c overflows iff a > MAX - c (c > 0) or a < MIN - c (c < 0).
                let c = constant.unwrap_or(0);
                let c = if op == BinOp::Sub { -c } else { c };
                self.body.emit(I::LocalGet(a));
                if c >= 0 {
                    self.body.emit(I::I64Const(i64::MAX - c));
                    self.body.emit(I::I64GtS);
                } else {
                    self.body.emit(I::I64Const(i64::MIN - c));
                    self.body.emit(I::I64LtS);
                }
                self.bail_if();
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::I64Const(c));
                self.body.emit(I::I64Add);
            }
            BinOp::Add | BinOp::Sub => {
                let r = self.body.new_local(ValType::I64);
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(if op == BinOp::Add {
                    I::I64Add
                } else {
                    I::I64Sub
                });
                self.body.emit(I::LocalSet(r));
                if op == BinOp::Add {
                    add_overflows(&mut self.body, a, b, r);
                } else {
                    // ((a ^ b) & (a ^ r)) < 0
                    self.body.emit(I::LocalGet(a));
                    self.body.emit(I::LocalGet(b));
                    self.body.emit(I::I64Xor);
                    self.body.emit(I::LocalGet(a));
                    self.body.emit(I::LocalGet(r));
                    self.body.emit(I::I64Xor);
                    self.body.emit(I::I64And);
                    self.body.emit(I::I64Const(0));
                    self.body.emit(I::I64LtS);
                }
                self.bail_if();
                self.body.emit(I::LocalGet(r));
            }
            BinOp::Mul => self.checked_mul(a, b),
            BinOp::FloorDiv | BinOp::Mod
                if constant.is_some_and(|c| c > 0 && (c as u64).is_power_of_two()) =>
            {
                // Floored by a power of two: an arithmetic shift, or the low bits.
                let c = constant.unwrap_or(1);
                self.body.emit(I::LocalGet(a));
                if op == BinOp::FloorDiv {
                    self.body.emit(I::I64Const(i64::from(c.trailing_zeros())));
                    self.body.emit(I::I64ShrS);
                } else {
                    self.body.emit(I::I64Const(c - 1));
                    self.body.emit(I::I64And);
                }
            }
            BinOp::FloorDiv | BinOp::Mod => self.floor_division(op, a, b),
            BinOp::LShift => {
                // A negative count raises; a result that does not shift back overflowed.
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64LtS);
                self.bail_if();
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::I64Eqz);
                self.body.if_(BlockType::Result(ValType::I64));
                self.body.emit(I::I64Const(0));
                self.body.else_();
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(63));
                self.body.emit(I::I64GeS);
                self.bail_if();
                let r = self.body.new_local(ValType::I64);
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Shl);
                self.body.emit(I::LocalTee(r));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64ShrS);
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::I64Ne);
                self.bail_if();
                self.body.emit(I::LocalGet(r));
                self.body.end();
            }
            BinOp::RShift => {
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64LtS);
                self.bail_if();
                // Counts past 63 give 0 or -1, as a shift by 63 does.
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(63));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(63));
                self.body.emit(I::I64LtS);
                self.body.emit(I::Select);
                self.body.emit(I::I64ShrS);
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(match op {
                    BinOp::BitAnd => I::I64And,
                    BinOp::BitOr => I::I64Or,
                    _ => I::I64Xor,
                });
            }
            _ => return Err(NotScalar),
        }
        Ok(())
    }

    /// `a * b`: exact when both fit 32 bits; otherwise the product is checked by dividing back.
    fn checked_mul(&mut self, a: u32, b: u32) {
        let r = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::LocalGet(b));
        self.body.emit(I::I64Mul);
        self.body.emit(I::LocalSet(r));
        // Both within i32: (a == sext32(a)) & (b == sext32(b)).
        for x in [a, b] {
            self.body.emit(I::LocalGet(x));
            self.body.emit(I::LocalGet(x));
            self.body.emit(I::I64Extend32S);
            self.body.emit(I::I64Eq);
        }
        self.body.emit(I::I32And);
        self.body.emit(I::I32Eqz);
        self.body.if_(BlockType::Empty);
        // a == -1: only -MIN overflows (and MIN / -1 would trap below).
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::I64Const(-1));
        self.body.emit(I::I64Eq);
        self.body.if_(BlockType::Empty);
        self.body.emit(I::LocalGet(b));
        self.body.emit(I::I64Const(i64::MIN));
        self.body.emit(I::I64Eq);
        self.bail_if();
        self.body.else_();
        // a is not 0 here (0 fits i32); r / a == b unless the product wrapped.
        self.body.emit(I::LocalGet(r));
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::I64DivS);
        self.body.emit(I::LocalGet(b));
        self.body.emit(I::I64Ne);
        self.bail_if();
        self.body.end();
        self.body.end();
        self.body.emit(I::LocalGet(r));
    }

    /// Python's `a // b` and `a % b` (floored); division by zero raises and `MIN // -1`
    /// overflows: both bail.
    fn floor_division(&mut self, op: BinOp, a: u32, b: u32) {
        self.body.emit(I::LocalGet(b));
        self.body.emit(I::I64Eqz);
        self.bail_if();
        if op == BinOp::FloorDiv {
            self.body.emit(I::LocalGet(a));
            self.body.emit(I::I64Const(i64::MIN));
            self.body.emit(I::I64Eq);
            self.body.emit(I::LocalGet(b));
            self.body.emit(I::I64Const(-1));
            self.body.emit(I::I64Eq);
            self.body.emit(I::I32And);
            self.bail_if();
            floored_quotient(&mut self.body, a, b);
        } else {
            let r = self.body.new_local(ValType::I64);
            floored_remainder(&mut self.body, a, b, r);
        }
    }

    /// `-a` for an i64 local: `-MIN` overflows.
    pub fn int_negate(&mut self, a: u32) {
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::I64Const(i64::MIN));
        self.body.emit(I::I64Eq);
        self.bail_if();
        self.body.emit(I::I64Const(0));
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::I64Sub);
    }
}
