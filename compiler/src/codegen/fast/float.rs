//! Float arithmetic on raw `f64` values: float locals, literals, `+ - * /` and comparisons whose
//! operands are statically floats or ints. Ints are converted inline when they are small; big
//! ints, division by zero and other unusual cases take the runtime's generic operation (boxed),
//! so results and exceptions are exactly the runtime's.
use super::super::expr::may_poll;
use super::super::runtime_api::{Rt, word};
use super::super::types::Ty;
use super::super::{FunctionGen, Gen};
use crate::syntax::ast::{BinOp, CmpOp, Expr, ExprKind, UnaryOp};
use wasm_encoder::{BlockType, Instruction, ValType};

/// Ints in `[-2^53, 2^53]` convert to `f64` exactly.
const EXACT_INT_LIMIT: i64 = 1 << 53;

fn is_number(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::Bool | Ty::Float)
}

fn float_op(op: BinOp) -> Option<(Instruction<'static>, Rt)> {
    Some(match op {
        BinOp::Add => (Instruction::F64Add, Rt::Add),
        BinOp::Sub => (Instruction::F64Sub, Rt::Sub),
        BinOp::Mul => (Instruction::F64Mul, Rt::Mul),
        BinOp::Div => (Instruction::F64Div, Rt::TrueDiv),
        _ => return None,
    })
}

pub(super) fn float_comparison(op: CmpOp) -> Option<(Instruction<'static>, Rt)> {
    Some(match op {
        CmpOp::Eq => (Instruction::F64Eq, Rt::Eq),
        CmpOp::NotEq => (Instruction::F64Ne, Rt::Ne),
        CmpOp::Lt => (Instruction::F64Lt, Rt::Lt),
        CmpOp::LtE => (Instruction::F64Le, Rt::Le),
        CmpOp::Gt => (Instruction::F64Gt, Rt::Gt),
        CmpOp::GtE => (Instruction::F64Ge, Rt::Ge),
        _ => return None,
    })
}

/// An operand evaluated into a wasm local: a raw float, or an int word.
#[derive(Clone, Copy)]
enum Operand {
    Raw(u32),
    Word(u32),
}

impl FunctionGen<'_, '_, '_> {
    /// Two operands `l`, `r` that can be computed as raw floats (one at least a float, the other a
    /// number; an int word never waits on the wasm side across a call that may collect).
    fn float_operands(&self, l: &Expr, r: &Expr) -> bool {
        let (lt, rt) = (self.ty(l), self.ty(r));
        is_number(lt)
            && is_number(rt)
            && (lt == Ty::Float || rt == Ty::Float)
            && (lt == Ty::Float || !may_poll(r, 0))
    }

    /// `e` is computed natively as a raw `f64`.
    fn float_native(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Float(_) => true,
            ExprKind::Name(name) => self.float_local(&name.id).is_some(),
            ExprKind::BinOp { left, op, right } => {
                float_op(*op).is_some()
                    && self.ty(e) == Ty::Float
                    && (self.float_operands(left, right)
                        || (*op == BinOp::Div
                            && matches!(self.ty(left), Ty::Int)
                            && matches!(self.ty(right), Ty::Int)
                            && !may_poll(right, 0)))
            }
            ExprKind::UnaryOp {
                op: UnaryOp::Neg | UnaryOp::Pos,
                operand,
            } => self.ty(operand) == Ty::Float,
            _ => false,
        }
    }

    /// Hook of `expr()`: float arithmetic computed raw, boxed once at the end; comparisons of
    /// floats as a bool word.
    pub fn fast_expr(&mut self, e: &Expr) -> Gen<bool> {
        match &e.kind {
            ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } if self.float_native(e) => {
                self.float_expr(e)?;
                self.encode_float();
                Ok(true)
            }
            ExprKind::Compare { .. } if self.float_compare_operands(e).is_some() => {
                self.fast_condition(e)?;
                let flag = self.body.scratch.flag;
                self.body.emit(Instruction::LocalSet(flag));
                self.body.emit(Instruction::I64Const(word::TRUE));
                self.body.emit(Instruction::I64Const(word::FALSE));
                self.body.emit(Instruction::LocalGet(flag));
                self.body.emit(Instruction::Select);
                Ok(true)
            }
            _ => self.fast_number(e),
        }
    }

    /// Pushes the raw `f64` of `e`, an expression of static type float.
    pub fn float_expr(&mut self, e: &Expr) -> Gen {
        self.enter(e.span)?;
        match &e.kind {
            ExprKind::Float(value) => self.body.emit(Instruction::F64Const((*value).into())),
            ExprKind::Name(name) if self.float_local(&name.id).is_some() => {
                let local = self.float_local(&name.id).unwrap_or(0);
                self.load_float_local(name, local);
            }
            ExprKind::BinOp { left, op, right } if self.float_native(e) => {
                self.float_binary(left, *op, right)?;
            }
            ExprKind::UnaryOp { op, operand } if self.float_native(e) => {
                self.float_expr(operand)?;
                if *op == UnaryOp::Neg {
                    self.body.emit(Instruction::F64Neg);
                }
            }
            _ => {
                self.expr(e)?;
                self.word_to_f64();
            }
        }
        self.leave();
        Ok(())
    }

    /// Evaluates a number operand into a fresh local.
    fn operand(&mut self, e: &Expr) -> Gen<Operand> {
        if self.ty(e) == Ty::Float {
            self.float_expr(e)?;
            let local = self.body.new_local(ValType::F64);
            self.body.emit(Instruction::LocalSet(local));
            Ok(Operand::Raw(local))
        } else {
            self.expr(e)?;
            let local = self.body.new_local(ValType::I64);
            self.body.emit(Instruction::LocalSet(local));
            Ok(Operand::Word(local))
        }
    }

    /// Branches to `slow` unless every word operand is a small int (`exact`: within 2^53).
    fn require_small(
        &mut self,
        operands: &[Operand],
        exact: bool,
        slow: super::super::body::Label,
    ) {
        for operand in operands {
            let Operand::Word(w) = *operand else { continue };
            self.body.emit(Instruction::LocalGet(w));
            self.body.emit(Instruction::I64Const(1));
            self.body.emit(Instruction::I64And);
            self.body.emit(Instruction::I32WrapI64);
            self.body.br_if(slow);
            if exact {
                // (n + 2^53) as unsigned > 2^54: |n| beyond 2^53.
                self.body.emit(Instruction::LocalGet(w));
                self.body.emit(Instruction::I64Const(1));
                self.body.emit(Instruction::I64ShrS);
                self.body.emit(Instruction::I64Const(EXACT_INT_LIMIT));
                self.body.emit(Instruction::I64Add);
                self.body.emit(Instruction::I64Const(2 * EXACT_INT_LIMIT));
                self.body.emit(Instruction::I64GtU);
                self.body.br_if(slow);
            }
        }
    }

    /// Pushes an operand as a raw `f64` (a word operand is a small int by now).
    fn push_raw(&mut self, operand: Operand) {
        match operand {
            Operand::Raw(local) => self.body.emit(Instruction::LocalGet(local)),
            Operand::Word(local) => {
                self.body.emit(Instruction::LocalGet(local));
                self.body.emit(Instruction::I64Const(1));
                self.body.emit(Instruction::I64ShrS);
                self.body.emit(Instruction::F64ConvertI64S);
            }
        }
    }

    /// Pushes an operand as a value word (a raw float is boxed).
    fn push_word(&mut self, operand: Operand) {
        match operand {
            Operand::Raw(local) => {
                self.body.emit(Instruction::LocalGet(local));
                self.encode_float();
            }
            Operand::Word(local) => self.body.emit(Instruction::LocalGet(local)),
        }
    }

    fn float_binary(&mut self, left: &Expr, op: BinOp, right: &Expr) -> Gen {
        let Some((native, generic)) = float_op(op) else {
            return Ok(());
        };
        let both_float = self.ty(left) == Ty::Float && self.ty(right) == Ty::Float;
        if both_float && op != BinOp::Div {
            self.float_expr(left)?;
            self.float_expr(right)?;
            self.body.emit(native);
            return Ok(());
        }
        let l = self.operand(left)?;
        let r = self.operand(right)?;
        let done = self.body.block(BlockType::Result(ValType::F64));
        let slow = self.body.block(BlockType::Empty);
        // int / int is correctly rounded by the runtime beyond 2^53.
        let exact = matches!((l, r), (Operand::Word(_), Operand::Word(_)));
        self.require_small(&[l, r], exact, slow);
        if op == BinOp::Div {
            self.push_raw(r);
            self.body.emit(Instruction::F64Const(0.0.into()));
            self.body.emit(Instruction::F64Eq);
            self.body.br_if(slow);
        }
        self.push_raw(l);
        self.push_raw(r);
        self.body.emit(native);
        self.body.br(done);
        self.body.end();
        // Big ints, division by zero: the runtime's operation raises or computes.
        self.push_word(l);
        self.push_word(r);
        self.body.call(generic);
        self.body.check();
        self.word_to_f64();
        self.body.end();
        Ok(())
    }

    /// The operands of a single float comparison `e`.
    fn float_compare_operands<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, CmpOp, &'e Expr)> {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        else {
            return None;
        };
        let ([op], [right]) = (ops.as_slice(), comparators.as_slice()) else {
            return None;
        };
        float_comparison(*op)?;
        self.float_operands(left, right)
            .then_some((&**left, *op, right))
    }

    /// Hook of `condition()`: comparisons of floats (or a float and an int) as an i32.
    pub fn fast_condition(&mut self, e: &Expr) -> Gen<bool> {
        let Some((left, op, right)) = self.float_compare_operands(e) else {
            return self.text_condition(e);
        };
        let Some((native, generic)) = float_comparison(op) else {
            return Ok(false);
        };
        if self.ty(left) == Ty::Float && self.ty(right) == Ty::Float {
            self.float_expr(left)?;
            self.float_expr(right)?;
            self.body.emit(native);
            return Ok(true);
        }
        let l = self.operand(left)?;
        let r = self.operand(right)?;
        let done = self.body.block(BlockType::Result(ValType::I32));
        let slow = self.body.block(BlockType::Empty);
        self.require_small(&[l, r], true, slow);
        self.push_raw(l);
        self.push_raw(r);
        self.body.emit(native);
        self.body.br(done);
        self.body.end();
        self.push_word(l);
        self.push_word(r);
        self.body.call(generic);
        self.body.check();
        self.truthy();
        self.body.end();
        Ok(true)
    }

    /// Hook of `assign()`: `x = value` into a float local, computed raw.
    pub fn fast_assign(&mut self, targets: &[Expr], value: &Expr) -> Gen<bool> {
        let [target] = targets else {
            return Ok(false);
        };
        let ExprKind::Name(name) = &target.kind else {
            return Ok(false);
        };
        let Some(local) = self.float_local(&name.id) else {
            return Ok(false);
        };
        self.float_expr(value)?;
        self.body.emit(Instruction::LocalSet(local));
        Ok(true)
    }

    /// Hook of `aug_assign()`: `x op= value` on a float local.
    pub fn fast_aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Gen<bool> {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(false);
        };
        if self.float_local(&name.id).is_none() {
            return Ok(false);
        }
        let combined = Expr {
            kind: ExprKind::BinOp {
                left: Box::new(target.clone()),
                op,
                right: Box::new(value.clone()),
            },
            span: target.span,
        };
        self.fast_assign(std::slice::from_ref(target), &combined)
    }
}
