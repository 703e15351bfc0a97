//! Expressions of clones: each is generated with the representation it has in the clone.
use super::Scalar;
use super::emit::{CloneGen, Emit, NotScalar};
use crate::codegen::FRAME_GLOBAL;
use crate::codegen::runtime_api::{GENERIC_BUILTINS, word};
use crate::syntax::ast::{BoolOp, CmpOp, Expr, ExprKind, UnaryOp};
use wasm_encoder::{BlockType, Instruction, ValType};

use Instruction as I;

impl CloneGen<'_, '_, '_> {
    /// Generates `e`; returns its representation.
    pub fn expr(&mut self, e: &Expr) -> Emit<Scalar> {
        self.enter()?;
        let kind = self.expr_inner(e)?;
        self.leave();
        Ok(kind)
    }

    fn expr_inner(&mut self, e: &Expr) -> Emit<Scalar> {
        Ok(match &e.kind {
            ExprKind::Int(digits) => {
                self.body
                    .emit(I::I64Const(digits.parse().map_err(|_| NotScalar)?));
                Scalar::Int
            }
            ExprKind::Float(value) => {
                self.body.emit(I::F64Const((*value).into()));
                Scalar::Float
            }
            ExprKind::Bool(b) => {
                self.body.emit(I::I32Const(i32::from(*b)));
                Scalar::Bool
            }
            ExprKind::Name(name) if !self.locals.contains_key(&name.id) => self.global(&name.id)?,
            ExprKind::Name(name) => {
                let kind = self.read_local(&name.id)?;
                self.emit_local_get(&name.id)?;
                kind
            }
            ExprKind::NamedExpr { target, value } => {
                let kind = self.expr(value)?;
                self.store_local(&target.id, kind)?;
                self.emit_local_get(&target.id)?;
                kind
            }
            ExprKind::BinOp { left, op, right } => {
                let left = self.expr(left)?;
                self.binary_values(left, *op, right)?
            }
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand)?,
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.comparison(left, ops, comparators)?;
                Scalar::Bool
            }
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.condition(test)?;
                let at = self.body.instructions.len();
                self.body.if_(BlockType::Empty);
                let assigned = self.assigned.clone();
                let kind = self.expr(body)?;
                self.body.else_();
                let after_body = std::mem::replace(&mut self.assigned, assigned);
                if self.expr(orelse)? != kind {
                    return Err(NotScalar);
                }
                self.body.end();
                self.assigned = self.assigned.intersection(&after_body).cloned().collect();
                self.body.instructions[at] = I::If(BlockType::Result(kind.val_type()));
                kind
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty() => self.call(func, args)?,
            _ => return Err(NotScalar),
        })
    }

    /// Reads module global `name`, proven an int, float or bool: its current value (nothing can
    /// change it while a clone runs); bails when it is unbound or not as the clone represents it.
    fn global(&mut self, name: &str) -> Emit<Scalar> {
        if !self.shared.scope.is_global(name) {
            return Err(NotScalar);
        }
        let kind = Scalar::of(self.shared.types.global(name)).ok_or(NotScalar)?;
        let slot = self.shared.slots.named(name);
        self.body.load_module_slot(FRAME_GLOBAL, slot);
        let word_local = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalTee(word_local));
        self.body.emit(I::I64Const(word::UNBOUND));
        self.body.emit(I::I64Eq);
        self.body.br_if(self.bail);
        match kind {
            Scalar::Int => {
                // A big int (or a bool) is not the clone's int.
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64And);
                self.body.emit(I::I32WrapI64);
                self.body.br_if(self.bail);
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::I64Const(1));
                self.body.emit(I::I64ShrS);
            }
            Scalar::Bool => {
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::I64Const(word::TRUE));
                self.body.emit(I::I64Ne);
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::I64Const(word::FALSE));
                self.body.emit(I::I64Ne);
                self.body.emit(I::I32And);
                self.body.br_if(self.bail);
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::I64Const(word::TRUE));
                self.body.emit(I::I64Eq);
            }
            // The inferred type promises a float.
            Scalar::Float => {
                self.body.emit(I::LocalGet(word_local));
                self.body.emit(I::Call(crate::codegen::body::call_target(
                    crate::codegen::runtime_api::Rt::FloatValue,
                )));
            }
        }
        Ok(kind)
    }

    /// Pushes the truth value (i32) of `e`.
    pub fn condition(&mut self, e: &Expr) -> Emit {
        let kind = self.expr(e)?;
        self.truthy(kind);
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr) -> Emit<Scalar> {
        let kind = self.expr(operand)?;
        Ok(match (op, kind) {
            (UnaryOp::Not, _) => {
                self.truthy(kind);
                self.body.emit(I::I32Eqz);
                Scalar::Bool
            }
            (UnaryOp::Neg, Scalar::Float) => {
                self.body.emit(I::F64Neg);
                Scalar::Float
            }
            (UnaryOp::Neg, _) => {
                self.coerce(kind, Scalar::Int)?;
                let a = self.stash(Scalar::Int);
                self.int_negate(a);
                Scalar::Int
            }
            (UnaryOp::Pos, Scalar::Float) => Scalar::Float,
            (UnaryOp::Pos, _) => {
                self.coerce(kind, Scalar::Int)?;
                Scalar::Int
            }
            (UnaryOp::Invert, Scalar::Float) => return Err(NotScalar),
            (UnaryOp::Invert, _) => {
                self.coerce(kind, Scalar::Int)?;
                self.body.emit(I::I64Const(-1));
                self.body.emit(I::I64Xor);
                Scalar::Int
            }
        })
    }

    /// `a < b <= c ...`: each operand evaluated once, stopping at the first false comparison.
    fn comparison(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Emit {
        let result = self.body.new_local(ValType::I32);
        let done = self.body.block(BlockType::Empty);
        let mut kind = self.expr(left)?;
        let mut a = self.stash(kind);
        for (i, (op, comparator)) in ops.iter().zip(comparators).enumerate() {
            let right = self.expr(comparator)?;
            let b = self.stash(right);
            self.compare(*op, a, kind, b, right)?;
            self.body.emit(I::LocalTee(result));
            if i + 1 < ops.len() {
                self.body.emit(I::I32Eqz);
                self.body.br_if(done);
            } else {
                self.body.emit(I::Drop);
            }
            (a, kind) = (b, right);
        }
        self.body.end();
        self.body.emit(I::LocalGet(result));
        Ok(())
    }

    fn compare(&mut self, op: CmpOp, a: u32, left: Scalar, b: u32, right: Scalar) -> Emit {
        let integral = left.is_integral() && right.is_integral();
        let (target, index) = if integral {
            (Scalar::Int, 0)
        } else {
            // Ints compare exactly with floats only when they convert exactly.
            for (local, kind) in [(a, left), (b, right)] {
                if kind == Scalar::Int {
                    self.bail_unless_exact_float(local);
                }
            }
            (Scalar::Float, 1)
        };
        self.load_as(a, left, target)?;
        self.load_as(b, right, target)?;
        let pair = match op {
            CmpOp::Eq => [I::I64Eq, I::F64Eq],
            CmpOp::NotEq => [I::I64Ne, I::F64Ne],
            CmpOp::Lt => [I::I64LtS, I::F64Lt],
            CmpOp::LtE => [I::I64LeS, I::F64Le],
            CmpOp::Gt => [I::I64GtS, I::F64Gt],
            CmpOp::GtE => [I::I64GeS, I::F64Ge],
            _ => return Err(NotScalar),
        };
        let [int, float] = pair;
        self.body.emit(if index == 0 { int } else { float });
        Ok(())
    }

    /// `a and b` / `a or b` on operands of one representation: the deciding operand's value.
    fn bool_op(&mut self, op: BoolOp, values: &[Expr]) -> Emit<Scalar> {
        let (last, rest) = values.split_last().ok_or(NotScalar)?;
        let done = self.body.block(BlockType::Empty);
        let assigned = self.assigned.clone();
        let mut kind = None;
        let mut result = 0;
        for value in rest {
            let k = self.expr(value)?;
            if *kind.get_or_insert(k) != k {
                return Err(NotScalar);
            }
            if result == 0 {
                result = self.body.new_local(k.val_type());
            }
            self.body.emit(I::LocalTee(result));
            self.truthy(k);
            if op == BoolOp::And {
                self.body.emit(I::I32Eqz);
            }
            self.body.br_if(done);
        }
        let k = self.expr(last)?;
        if *kind.get_or_insert(k) != k {
            return Err(NotScalar);
        }
        if result == 0 {
            result = self.body.new_local(k.val_type());
        }
        self.body.emit(I::LocalSet(result));
        self.body.end();
        // Only the first operand always runs.
        self.assigned = assigned;
        self.body.emit(I::LocalGet(result));
        Ok(k)
    }

    /// The English builtin `func` names, when it is a name the program does not bind.
    pub fn builtin(&self, func: &Expr) -> Option<&'static str> {
        let ExprKind::Name(name) = &func.kind else {
            return None;
        };
        if self.locals.contains_key(&name.id) || self.shared.scope.is_global(&name.id) {
            return None;
        }
        match self.shared.lexicon.builtin_for_alias(&name.id) {
            Some(english) => Some(english),
            None => GENERIC_BUILTINS.iter().copied().find(|b| *b == name.id),
        }
    }

    fn call(&mut self, func: &Expr, args: &[Expr]) -> Emit<Scalar> {
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
            return Err(NotScalar);
        }
        if let Some(builtin) = self.builtin(func) {
            return self.builtin_call(builtin, args);
        }
        let ExprKind::Name(name) = &func.kind else {
            return Err(NotScalar);
        };
        if self.locals.contains_key(&name.id) {
            return Err(NotScalar);
        }
        let (index, _) = self.shared.functions.get(&name.id).ok_or(NotScalar)?;
        let callee = self.clones.of(index as usize).ok_or(NotScalar)?.clone();
        if args.len() != callee.params.len() {
            return Err(NotScalar);
        }
        for (arg, &param) in args.iter().zip(&callee.params) {
            if self.expr(arg)? != param {
                return Err(NotScalar);
            }
        }
        if index as usize != self.def {
            // Calling a function whose `def` has not run yet raises NameError.
            let slot = self.shared.slots.named(&name.id);
            self.body.load_module_slot(FRAME_GLOBAL, slot);
            self.body.emit(I::I64Const(word::UNBOUND));
            self.body.emit(I::I64Eq);
            self.body.br_if(self.bail);
        }
        self.body.emit(I::LocalGet(self.budget));
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Sub);
        self.body.emit(I::Call(callee.function));
        self.body.br_if(self.bail);
        Ok(callee.result)
    }

    fn builtin_call(&mut self, builtin: &str, args: &[Expr]) -> Emit<Scalar> {
        match (builtin, args) {
            ("abs", [x]) => {
                let kind = self.expr(x)?;
                if kind == Scalar::Float {
                    self.body.emit(I::F64Abs);
                    return Ok(Scalar::Float);
                }
                self.coerce(kind, Scalar::Int)?;
                let a = self.stash(Scalar::Int);
                // abs(MIN) overflows.
                self.body.emit(I::LocalGet(a));
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64LtS);
                self.body.if_(BlockType::Result(ValType::I64));
                self.int_negate(a);
                self.body.else_();
                self.body.emit(I::LocalGet(a));
                self.body.end();
                Ok(Scalar::Int)
            }
            ("float", [x]) => {
                let kind = self.expr(x)?;
                self.coerce(kind, Scalar::Float)?;
                Ok(Scalar::Float)
            }
            ("int", [x]) => {
                let kind = self.expr(x)?;
                if kind != Scalar::Float {
                    self.coerce(kind, Scalar::Int)?;
                    return Ok(Scalar::Int);
                }
                // Truncation; NaN, infinities and values outside i64 bail.
                let f = self.stash(Scalar::Float);
                self.body.emit(I::LocalGet(f));
                self.body
                    .emit(I::F64Const((-9_223_372_036_854_775_808.0f64).into()));
                self.body.emit(I::F64Ge);
                self.body.emit(I::LocalGet(f));
                self.body
                    .emit(I::F64Const(9_223_372_036_854_775_808.0f64.into()));
                self.body.emit(I::F64Lt);
                self.body.emit(I::I32And);
                self.body.emit(I::I32Eqz);
                self.body.br_if(self.bail);
                self.body.emit(I::LocalGet(f));
                self.body.emit(I::I64TruncSatF64S);
                Ok(Scalar::Int)
            }
            ("min" | "max", [first, rest @ ..]) if !rest.is_empty() => {
                // Python keeps the first of equal candidates: replace only on a strict win.
                let kind = self.expr(first)?;
                let best = self.stash(kind);
                for arg in rest {
                    if self.expr(arg)? != kind {
                        return Err(NotScalar);
                    }
                    let candidate = self.stash(kind);
                    let (a, b) = if builtin == "min" {
                        (candidate, best)
                    } else {
                        (best, candidate)
                    };
                    self.compare(CmpOp::Lt, a, kind, b, kind)?;
                    self.body.if_(BlockType::Empty);
                    self.body.emit(I::LocalGet(candidate));
                    self.body.emit(I::LocalSet(best));
                    self.body.end();
                }
                self.body.emit(I::LocalGet(best));
                Ok(kind)
            }
            _ => Err(NotScalar),
        }
    }
}
