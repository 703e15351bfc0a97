//! Self calls in tail position of int clones, as a loop: `return self(args)` and
//! `return e + self(args)` jump back to the start of the clone with the new arguments, adding `e`
//! to an accumulator that every other `return` adds to its value.
//!
//! Each jump spends one call of the budget, exactly as the call would, so RecursionError comes
//! at the same depth as in Python. Int addition is exact until it overflows `i64`, when the
//! clone bails, so adding in another order gives the same result.
use super::Scalar;
use super::emit::{CloneGen, Emit, NotScalar};
use crate::codegen::body::Label;
use crate::syntax::ast::{BinOp, Expr, ExprKind, Stmt, StmtKind};
use wasm_encoder::{Instruction, ValType};

use Instruction as I;

/// The loop a clone with self tail calls runs in.
#[derive(Clone, Copy)]
pub struct TailLoop {
    pub top: Label,
    /// i64 local: the sum still to be added to the result.
    pub accumulator: u32,
}

/// The self call of `return value` in tail position, with what is added to its result.
pub fn tail_call<'e>(value: &'e Expr, name: &str) -> Option<(Option<&'e Expr>, &'e [Expr])> {
    let self_call = |e: &'e Expr| match &e.kind {
        ExprKind::Call {
            func,
            args,
            keywords,
        } if keywords.is_empty() && matches!(&func.kind, ExprKind::Name(n) if n.id == name) => {
            Some(args.as_slice())
        }
        _ => None,
    };
    if let Some(args) = self_call(value) {
        return Some((None, args));
    }
    match &value.kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } => Some((Some(left), self_call(right)?)),
        _ => None,
    }
}

/// Whether some `return` of `body` is a self tail call.
pub fn has_tail_call(body: &[Stmt], name: &str) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::Return(Some(value)) => tail_call(value, name).is_some(),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            has_tail_call(body, name) || has_tail_call(orelse, name)
        }
        _ => false,
    })
}

impl CloneGen<'_, '_, '_> {
    /// `return added + self(args)` (`added` absent: a plain tail call).
    pub fn tail_return(&mut self, added: Option<&Expr>, args: &[Expr], tail: TailLoop) -> Emit {
        if let Some(added) = added {
            let kind = self.expr(added)?;
            self.coerce(kind, Scalar::Int)?;
            self.accumulate(tail.accumulator)?;
        }
        let params = self.params.clone();
        if args.len() != params.len() {
            return Err(NotScalar);
        }
        let mut staged = Vec::new();
        for (arg, &(kind, _)) in args.iter().zip(&params) {
            if self.expr(arg)? != kind {
                return Err(NotScalar);
            }
            staged.push(self.stash(kind));
        }
        for (&(_, local), staged) in params.iter().zip(staged) {
            self.body.emit(I::LocalGet(staged));
            self.body.emit(I::LocalSet(local));
        }
        self.body.emit(I::LocalGet(self.budget));
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Sub);
        self.body.emit(I::LocalSet(self.budget));
        self.body.br(tail.top);
        Ok(())
    }

    /// `accumulator += (the int on the stack)`, bailing on overflow.
    pub fn accumulate(&mut self, accumulator: u32) -> Emit {
        let value = self.stash(Scalar::Int);
        let sum = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalGet(accumulator));
        self.body.emit(I::LocalGet(value));
        self.body.emit(I::I64Add);
        self.body.emit(I::LocalSet(sum));
        super::arith::add_overflows(&mut self.body, accumulator, value, sum);
        self.body.br_if(self.bail);
        self.body.emit(I::LocalGet(sum));
        self.body.emit(I::LocalSet(accumulator));
        Ok(())
    }
}
