//! Inline small-int fast paths of `*`, `//`, `%`, `&`, `|`, `^` and `>>` (the runtime handles
//! big ints, overflow, division by zero and every other type).
use super::super::body::Body;
use super::super::runtime_api::Rt;
use super::super::{FunctionGen, Gen};
use crate::syntax::ast::BinOp;
use wasm_encoder::{BlockType, Instruction, ValType};

fn runtime_op(op: BinOp) -> Option<Rt> {
    Some(match op {
        BinOp::Mul => Rt::Mul,
        BinOp::FloorDiv => Rt::FloorDiv,
        BinOp::Mod => Rt::Mod,
        BinOp::BitAnd => Rt::BitAnd,
        BinOp::BitOr => Rt::BitOr,
        BinOp::BitXor => Rt::BitXor,
        BinOp::RShift => Rt::RShift,
        _ => return None,
    })
}

impl FunctionGen<'_, '_, '_> {
    /// Hook of `binary()`: the two words are on the stack; returns false (emitting nothing) for
    /// the operators without an inline path here.
    pub fn fast_binary(&mut self, op: BinOp) -> Gen<bool> {
        use Instruction as I;
        let Some(rt) = runtime_op(op) else {
            return Ok(false);
        };
        let s = self.body.scratch;
        let (a, b, r) = (s.a, s.b, s.r);
        self.body.emit(I::LocalSet(b));
        self.body.emit(I::LocalSet(a));
        let done = self.body.block(BlockType::Result(ValType::I64));
        let slow = self.body.block(BlockType::Empty);
        // Both small ints: (a | b) & 1 == 0.
        for instruction in [
            I::LocalGet(a),
            I::LocalGet(b),
            I::I64Or,
            I::I64Const(1),
            I::I64And,
        ] {
            self.body.emit(instruction);
        }
        self.body.emit(I::I32WrapI64);
        self.body.br_if(slow);
        match op {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(match op {
                    BinOp::BitAnd => I::I64And,
                    BinOp::BitOr => I::I64Or,
                    _ => I::I64Xor,
                });
                self.body.br(done);
            }
            BinOp::RShift => {
                // A negative count raises (runtime); counts >= 63 give 0 or -1.
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64LtS);
                self.body.br_if(slow);
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64ShrS);
                self.body.emit(I::I64Const(63));
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(126));
                self.body.emit(I::I64LtS);
                self.body.emit(I::Select);
                self.body.emit(I::I64ShrS);
                self.body.emit(I::I64Const(!1));
                self.body.emit(I::I64And);
                self.body.br(done);
            }
            BinOp::Mul => {
                // Both payloads within 32 bits: the product is exact in i64; it must fit 63.
                for w in [a, b] {
                    self.body.emit(I::LocalGet(w));
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
                self.body.br(done);
            }
            BinOp::Mod => {
                // b != 0; r = a rem b (words: 2x rem 2y = 2 (x rem y)), floored: r += b when
                // r != 0 and r, b differ in sign.
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Eqz);
                self.body.br_if(slow);
                floored_remainder(&mut self.body, a, b, r);
                self.body.br(done);
            }
            BinOp::FloorDiv => {
                // b not 0 and not -1 (as words: 0, -2); q = a / b truncated, minus one when
                // the remainder is not 0 and the signs differ.
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Eqz);
                self.body.emit(I::LocalGet(b));
                self.body.emit(I::I64Const(-2));
                self.body.emit(I::I64Eq);
                self.body.emit(I::I32Or);
                self.body.br_if(slow);
                floored_quotient(&mut self.body, a, b);
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64Shl);
                self.body.br(done);
            }
            _ => {}
        }
        self.body.end();
        self.body.emit(I::LocalGet(a));
        self.body.emit(I::LocalGet(b));
        self.body.call(rt);
        self.body.check();
        self.body.end();
        Ok(true)
    }
}

/// Pushes Python's floored `a // b` of i64 locals (`b` not 0, not `MIN // -1`): the truncated
/// quotient, minus one when the remainder is not 0 and the signs differ.
pub(crate) fn floored_quotient(body: &mut Body, a: u32, b: u32) {
    use Instruction as I;
    for instruction in [
        I::LocalGet(a),
        I::LocalGet(b),
        I::I64DivS,
        I::LocalGet(a),
        I::LocalGet(b),
        I::I64RemS,
        I::I64Const(0),
        I::I64Ne,
        I::LocalGet(a),
        I::LocalGet(b),
        I::I64Xor,
        I::I64Const(0),
        I::I64LtS,
        I::I32And,
        I::I64ExtendI32U,
        I::I64Sub,
    ] {
        body.emit(instruction);
    }
}

/// Pushes Python's floored `a % b` of i64 locals (`b` not 0), using the i64 local `r`:
/// `r = a rem b`, plus `b` when `r` is not 0 and `r`, `b` differ in sign.
pub(crate) fn floored_remainder(body: &mut Body, a: u32, b: u32, r: u32) {
    use Instruction as I;
    for instruction in [
        I::LocalGet(a),
        I::LocalGet(b),
        I::I64RemS,
        I::LocalTee(r),
        I::LocalGet(r),
        I::LocalGet(b),
        I::I64Add,
        I::LocalGet(r),
        I::LocalGet(b),
        I::I64Xor,
        I::I64Const(0),
        I::I64GeS,
        I::LocalGet(r),
        I::I64Eqz,
        I::I32Or,
        // select(r, r + b, no adjustment)
        I::Select,
    ] {
        body.emit(instruction);
    }
}
