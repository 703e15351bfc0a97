//! Expressions: each leaves one i64 value word on the stack (conditions: an i32).
use super::comprehension::Collect;
use super::runtime_api::{Rt, exception_kind, word};
use super::{FRAME_GLOBAL, FunctionGen, Gen, Place};
use crate::source::Span;
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, FStringPart, Name, UnaryOp};
use wasm_encoder::{BlockType, Instruction, ValType};

const MAX_POLL_SCAN_DEPTH: u32 = 100;

/// Whether evaluating `expr` may reach a collector poll (a user function call), so values
/// computed before it must be spilled to frame slots.
pub(super) fn may_poll(expr: &Expr, depth: u32) -> bool {
    if depth > MAX_POLL_SCAN_DEPTH {
        return true;
    }
    let any = |items: &[Expr]| items.iter().any(|e| may_poll(e, depth + 1));
    match &expr.kind {
        ExprKind::Call { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Await(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => true,
        ExprKind::BinOp { left, right, .. } => {
            may_poll(left, depth + 1) || may_poll(right, depth + 1)
        }
        ExprKind::UnaryOp { operand, .. } => may_poll(operand, depth + 1),
        ExprKind::BoolOp { values, .. } => any(values),
        ExprKind::Compare {
            left, comparators, ..
        } => may_poll(left, depth + 1) || any(comparators),
        ExprKind::IfExp { test, body, orelse } => {
            may_poll(test, depth + 1) || may_poll(body, depth + 1) || may_poll(orelse, depth + 1)
        }
        ExprKind::NamedExpr { value, .. } => may_poll(value, depth + 1),
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => may_poll(value, depth + 1),
        ExprKind::Subscript { value, index } => {
            may_poll(value, depth + 1) || may_poll(index, depth + 1)
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .any(|e| may_poll(e, depth + 1)),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => any(items),
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().any(|k| may_poll(k, depth + 1)) || any(values)
        }
        ExprKind::FString(parts) => parts.iter().any(|p| match p {
            FStringPart::Field { value, .. } => may_poll(value, depth + 1),
            FStringPart::Literal(_) => false,
        }),
        _ => false,
    }
}

fn runtime_binary(op: BinOp, inplace: bool) -> Option<Rt> {
    Some(match op {
        BinOp::Add if inplace => Rt::InplaceAdd,
        BinOp::Add => Rt::Add,
        BinOp::Sub => Rt::Sub,
        BinOp::Mul => Rt::Mul,
        BinOp::Div => Rt::TrueDiv,
        BinOp::FloorDiv => Rt::FloorDiv,
        BinOp::Mod => Rt::Mod,
        BinOp::Pow => Rt::Pow,
        BinOp::LShift => Rt::LShift,
        BinOp::RShift => Rt::RShift,
        BinOp::BitOr => Rt::BitOr,
        BinOp::BitXor => Rt::BitXor,
        BinOp::BitAnd => Rt::BitAnd,
        BinOp::MatMul => return None,
    })
}

/// Runtime comparison and the wasm comparison of two small-int words, for ordered/equality ops.
fn comparison(op: CmpOp) -> Option<(Rt, Instruction<'static>)> {
    Some(match op {
        CmpOp::Eq => (Rt::Eq, Instruction::I64Eq),
        CmpOp::NotEq => (Rt::Ne, Instruction::I64Ne),
        CmpOp::Lt => (Rt::Lt, Instruction::I64LtS),
        CmpOp::LtE => (Rt::Le, Instruction::I64LeS),
        CmpOp::Gt => (Rt::Gt, Instruction::I64GtS),
        CmpOp::GtE => (Rt::Ge, Instruction::I64GeS),
        _ => return None,
    })
}

impl FunctionGen<'_, '_, '_> {
    pub fn expr(&mut self, e: &Expr) -> Gen {
        self.enter(e.span)?;
        if !self.fast_expr(e)? {
            self.expr_inner(e)?;
        }
        self.leave();
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> Gen {
        match &e.kind {
            ExprKind::Name(name) => self.load_name(name)?,
            ExprKind::Int(digits) => self.int_literal(digits),
            ExprKind::Float(value) => match super::fast::immediate_float(*value) {
                Some(word) => self.body.emit(Instruction::I64Const(word)),
                None => {
                    let slot = self.shared.slots.float(*value);
                    self.body.load_module_slot(FRAME_GLOBAL, slot);
                }
            },
            ExprKind::Str(text) => self.string_constant(text),
            ExprKind::Bool(b) => self.body.emit(Instruction::I64Const(word::bool(*b))),
            ExprKind::None => self.body.emit(Instruction::I64Const(word::NONE)),
            ExprKind::FString(parts) => self.fstring(parts, e.span)?,
            ExprKind::BinOp { left, op, right } => {
                self.operands(&[left, right])?;
                self.binary(*op, false, e.span)?;
            }
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand)?,
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare_chain(left, ops, comparators, e.span)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.condition(test)?;
                self.body.if_(BlockType::Result(ValType::I64));
                self.expr(body)?;
                self.body.else_();
                self.expr(orelse)?;
                self.body.end();
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                let target = Expr {
                    kind: ExprKind::Name(target.clone()),
                    span: target.span,
                };
                self.assign_top(&target)?;
                let ExprKind::Name(name) = &target.kind else {
                    return Err(self.unsupported(e.span, "this walrus target"));
                };
                self.load_name(name)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, e.span)?,
            ExprKind::Attribute { value, attr } => {
                if self.is_sys(value) {
                    if attr.id != "argv" {
                        return Err(self.unsupported(e.span, "this sys attribute"));
                    }
                    self.body.call(Rt::SysArgv);
                    self.body.check();
                } else {
                    self.expr(value)?;
                    self.string_constant(&attr.id);
                    self.body.call(Rt::GetAttr);
                    self.body.check();
                }
            }
            ExprKind::Subscript { value, index } => self.subscript(value, index)?,
            ExprKind::Slice { lower, upper, step } => {
                let parts: Vec<Expr> = [lower, upper, step]
                    .into_iter()
                    .map(|part| match part {
                        Some(part) => (**part).clone(),
                        None => Expr {
                            kind: ExprKind::None,
                            span: e.span,
                        },
                    })
                    .collect();
                let refs: Vec<&Expr> = parts.iter().collect();
                self.operands(&refs)?;
                self.body.call(Rt::SliceNew);
                self.body.check();
            }
            ExprKind::List(items) => self.collection(items, Rt::ListNew, Rt::ListAppend)?,
            ExprKind::Set(items) => self.collection(items, Rt::SetNew, Rt::SetAdd)?,
            ExprKind::Tuple(items) => self.tuple(items)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values, e.span)?,
            ExprKind::Bytes(value) => self.bytes_constant(value),
            ExprKind::Ellipsis => return Err(self.unsupported(e.span, "Ellipsis")),
            ExprKind::Lambda { params, body } => self.lambda(params, body, e.span)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(Collect::List(elt), generators, e.span)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(Collect::Set(elt), generators, e.span)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(Collect::Dict(key, value), generators, e.span)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.generator_expression(elt, generators, e.span)?
            }
            ExprKind::Starred(_) => return Err(self.unsupported(e.span, "starred expressions")),
            ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                return Err(self.unsupported(e.span, "generators and async"));
            }
            ExprKind::Error => return Err(self.unsupported(e.span, "invalid expression")),
        }
        Ok(())
    }

    /// `sys` as imported by `import sys` (a module global named `sys`).
    pub fn is_sys(&mut self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Name(name) if name.id == "sys")
            && matches!(self.place("sys"), Place::Global(_))
            && !self.locals.contains_key("sys")
    }

    /// Evaluates `exprs` left to right onto the stack; when a later one may poll the collector,
    /// earlier values wait in temporary frame slots.
    pub fn operands(&mut self, exprs: &[&Expr]) -> Gen {
        let spill = exprs.iter().skip(1).any(|e| may_poll(e, 0));
        if !spill {
            for e in exprs {
                self.expr(e)?;
            }
            return Ok(());
        }
        let mut slots = Vec::new();
        for e in exprs {
            self.expr(e)?;
            let slot = self.body.alloc_temp();
            self.body.store_slot(slot);
            slots.push(slot);
        }
        for &slot in &slots {
            self.body.load_slot(slot);
        }
        for _ in &slots {
            self.body.free_temp();
        }
        Ok(())
    }

    fn int_literal(&mut self, digits: &str) {
        match digits.parse::<i64>().ok().and_then(word::small_int) {
            Some(small) => self.body.emit(Instruction::I64Const(small)),
            None => {
                let slot = self.shared.slots.big_int(digits);
                self.body.load_module_slot(FRAME_GLOBAL, slot);
            }
        }
    }

    pub fn load_name(&mut self, name: &Name) -> Gen {
        if self.is_class_local(&name.id) {
            return self.class_name_load(name);
        }
        if let Some(r) = self.fast_load_name(name) {
            return r;
        }
        if let Some(slot) = self.always_bound_slot(&name.id) {
            self.body.load_slot(slot);
            return Ok(());
        }
        let place = self.place(&name.id);
        let raise = match place {
            Place::Local(slot) => {
                self.body.load_slot(slot);
                Rt::RaiseUnboundLocal
            }
            Place::Global(slot) => {
                self.body.load_module_slot(FRAME_GLOBAL, slot);
                Rt::RaiseNameError
            }
            Place::Cell(slot) => return self.load_cell(name, slot),
            Place::Builtin => {
                if let Some(kind) = exception_kind(self.builtin_name(&name.id)) {
                    self.body.emit(Instruction::I32Const(kind));
                    self.body.call(Rt::ExcClass);
                    return Ok(());
                }
                if let Some(r) = self.builtin_value(&name.id) {
                    return r;
                }
                let what = format!("the builtin {} as a value", name.id);
                return Err(self.unsupported(name.span, &what));
            }
        };
        self.body.test_unbound();
        self.body.if_(BlockType::Empty);
        self.string_constant(&name.id);
        self.body.call(raise);
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.end();
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.check));
        Ok(())
    }

    /// Applies `op` to the two words on the stack; small-int `+`/`-` are inlined.
    pub fn binary(&mut self, op: BinOp, inplace: bool, span: Span) -> Gen {
        if self.fast_binary(op)? {
            return Ok(());
        }
        let Some(rt) = runtime_binary(op, inplace) else {
            return Err(self.unsupported(span, "the @ operator"));
        };
        let s = self.body.scratch;
        if !matches!(op, BinOp::Add | BinOp::Sub) {
            self.body.call(rt);
            self.body.check();
            return Ok(());
        }
        self.body.emit(Instruction::LocalSet(s.b));
        self.body.emit(Instruction::LocalSet(s.a));
        let done = self.body.block(BlockType::Result(ValType::I64));
        self.both_small();
        self.body.if_(BlockType::Empty);
        {
            self.body.emit(Instruction::LocalGet(s.a));
            self.body.emit(Instruction::LocalGet(s.b));
            self.body.emit(if op == BinOp::Add {
                Instruction::I64Add
            } else {
                Instruction::I64Sub
            });
            self.body.emit(Instruction::LocalSet(s.r));
            // Overflow: add when a and b have the same sign and r differs from a;
            // sub when a and b have different signs and r differs from a.
            self.body.emit(Instruction::LocalGet(s.a));
            self.body.emit(Instruction::LocalGet(s.r));
            self.body.emit(Instruction::I64Xor);
            self.body.emit(Instruction::LocalGet(s.b));
            if op == BinOp::Add {
                self.body.emit(Instruction::LocalGet(s.r));
            } else {
                self.body.emit(Instruction::LocalGet(s.a));
            }
            self.body.emit(Instruction::I64Xor);
            self.body.emit(Instruction::I64And);
            self.body.emit(Instruction::I64Const(0));
            self.body.emit(Instruction::I64GeS);
            self.body.if_(BlockType::Empty);
            self.body.emit(Instruction::LocalGet(s.r));
            self.body.br(done);
            self.body.end();
        }
        self.body.end();
        self.body.emit(Instruction::LocalGet(s.a));
        self.body.emit(Instruction::LocalGet(s.b));
        self.body.call(rt);
        self.body.check();
        self.body.end();
        Ok(())
    }

    /// i32: both `a` and `b` scratch words are small ints.
    fn both_small(&mut self) {
        let s = self.body.scratch;
        self.body.emit(Instruction::LocalGet(s.a));
        self.body.emit(Instruction::LocalGet(s.b));
        self.body.emit(Instruction::I64Or);
        self.body.emit(Instruction::I64Const(1));
        self.body.emit(Instruction::I64And);
        self.body.emit(Instruction::I64Eqz);
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr) -> Gen {
        match op {
            UnaryOp::Not => {
                self.condition(operand)?;
                self.bool_from_i32_inverted();
            }
            UnaryOp::Neg => {
                self.expr(operand)?;
                let s = self.body.scratch;
                self.body.emit(Instruction::LocalTee(s.a));
                // Small and not the most negative small int: negate the word.
                self.body.emit(Instruction::I64Const(1));
                self.body.emit(Instruction::I64And);
                self.body.emit(Instruction::I64Eqz);
                self.body.emit(Instruction::LocalGet(s.a));
                self.body
                    .emit(Instruction::I64Const(word::SMALL_INT_MIN << 1));
                self.body.emit(Instruction::I64Ne);
                self.body.emit(Instruction::I32And);
                self.body.if_(BlockType::Result(ValType::I64));
                self.body.emit(Instruction::I64Const(0));
                self.body.emit(Instruction::LocalGet(s.a));
                self.body.emit(Instruction::I64Sub);
                self.body.else_();
                self.negate_float_or_call(s.a);
                self.body.end();
            }
            UnaryOp::Pos | UnaryOp::Invert => {
                self.expr(operand)?;
                self.body.call(if op == UnaryOp::Pos {
                    Rt::Pos
                } else {
                    Rt::Invert
                });
                self.body.check();
            }
        }
        Ok(())
    }

    /// i32 flag on the stack -> `False` if set, `True` otherwise.
    fn bool_from_i32_inverted(&mut self) {
        let flag = self.body.scratch.flag;
        self.body.emit(Instruction::LocalSet(flag));
        self.body.emit(Instruction::I64Const(word::FALSE));
        self.body.emit(Instruction::I64Const(word::TRUE));
        self.body.emit(Instruction::LocalGet(flag));
        self.body.emit(Instruction::Select);
    }

    /// i32 flag on the stack -> `True` if set, `False` otherwise.
    fn bool_from_i32(&mut self) {
        let flag = self.body.scratch.flag;
        self.body.emit(Instruction::LocalSet(flag));
        self.body.emit(Instruction::I64Const(word::TRUE));
        self.body.emit(Instruction::I64Const(word::FALSE));
        self.body.emit(Instruction::LocalGet(flag));
        self.body.emit(Instruction::Select);
    }

    /// `a and b`, `a or b`: the deciding operand's value.
    fn bool_op(&mut self, op: BoolOp, values: &[Expr]) -> Gen {
        let Some((last, init)) = values.split_last() else {
            self.body.emit(Instruction::I64Const(word::NONE));
            return Ok(());
        };
        let held = self.body.new_local(ValType::I64);
        let done = self.body.block(BlockType::Result(ValType::I64));
        for value in init {
            self.expr(value)?;
            self.body.emit(Instruction::LocalTee(held));
            self.truthy();
            if op == BoolOp::And {
                self.body.emit(Instruction::I32Eqz);
            }
            self.body.if_(BlockType::Empty);
            self.body.emit(Instruction::LocalGet(held));
            self.body.br(done);
            self.body.end();
        }
        self.expr(last)?;
        self.body.end();
        Ok(())
    }

    /// Turns the word on the stack into an i32 truth value (`bool(v)`).
    pub fn truthy(&mut self) {
        let check = self.body.scratch.check;
        self.body.emit(Instruction::LocalSet(check));
        let done = self.body.block(BlockType::Result(ValType::I32));
        for (value, word) in [(1, word::TRUE), (0, word::FALSE)] {
            self.body.emit(Instruction::I32Const(value));
            self.body.emit(Instruction::LocalGet(check));
            self.body.emit(Instruction::I64Const(word));
            self.body.emit(Instruction::I64Eq);
            self.body.br_if(done);
            self.body.emit(Instruction::Drop);
        }
        // A small int is true when it is not 0.
        self.body.emit(Instruction::LocalGet(check));
        self.body.emit(Instruction::I64Const(0));
        self.body.emit(Instruction::I64Ne);
        self.body.emit(Instruction::LocalGet(check));
        self.body.emit(Instruction::I64Const(1));
        self.body.emit(Instruction::I64And);
        self.body.emit(Instruction::I64Eqz);
        self.body.br_if(done);
        self.body.emit(Instruction::Drop);
        self.body.emit(Instruction::LocalGet(check));
        self.body.call(Rt::Truthy);
        self.body.check_flag();
        self.body.end();
    }

    /// An i32 truth value of `e`, without materializing `True`/`False` where possible.
    pub fn condition(&mut self, e: &Expr) -> Gen {
        if self.fast_condition(e)? {
            return Ok(());
        }
        match &e.kind {
            ExprKind::Bool(b) => self.body.emit(Instruction::I32Const(i32::from(*b))),
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                self.condition(operand)?;
                self.body.emit(Instruction::I32Eqz);
            }
            ExprKind::BoolOp { op, values } => {
                let Some((last, init)) = values.split_last() else {
                    self.body.emit(Instruction::I32Const(0));
                    return Ok(());
                };
                let done = self.body.block(BlockType::Result(ValType::I32));
                for value in init {
                    self.condition(value)?;
                    if *op == BoolOp::And {
                        self.body.emit(Instruction::I32Eqz);
                    }
                    self.body.if_(BlockType::Empty);
                    self.body
                        .emit(Instruction::I32Const(i32::from(*op == BoolOp::Or)));
                    self.body.br(done);
                    self.body.end();
                }
                self.condition(last)?;
                self.body.end();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 && comparison(ops[0]).is_some() => {
                let Some((_, small)) = comparison(ops[0]) else {
                    return Ok(());
                };
                self.operands(&[left, &comparators[0]])?;
                let s = self.body.scratch;
                self.body.emit(Instruction::LocalSet(s.b));
                self.body.emit(Instruction::LocalSet(s.a));
                self.both_small();
                self.body.if_(BlockType::Result(ValType::I32));
                self.body.emit(Instruction::LocalGet(s.a));
                self.body.emit(Instruction::LocalGet(s.b));
                self.body.emit(small);
                self.body.else_();
                let ints = [left, &comparators[0]]
                    .iter()
                    .all(|e| matches!(self.ty(e), super::types::Ty::Int | super::types::Ty::Bool));
                self.compare_numbers(s.a, s.b, ops[0], !ints);
                self.body.end();
            }
            _ => {
                self.expr(e)?;
                self.truthy();
            }
        }
        Ok(())
    }

    /// Compares the two words on the stack, leaving a bool word.
    fn compare(&mut self, op: CmpOp) {
        let s = self.body.scratch;
        if let Some((rt, small)) = comparison(op) {
            self.body.emit(Instruction::LocalSet(s.b));
            self.body.emit(Instruction::LocalSet(s.a));
            self.both_small();
            self.body.if_(BlockType::Result(ValType::I64));
            self.body.emit(Instruction::LocalGet(s.a));
            self.body.emit(Instruction::LocalGet(s.b));
            self.body.emit(small);
            self.bool_from_i32();
            self.body.else_();
            self.compare_number_words(s.a, s.b, op, rt);
            self.body.end();
            return;
        }
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                self.body.emit(if op == CmpOp::Is {
                    Instruction::I64Eq
                } else {
                    Instruction::I64Ne
                });
                self.bool_from_i32();
            }
            _ => {
                // `item in container` is `mlrt_contains(container, item)`.
                self.body.emit(Instruction::LocalSet(s.b));
                self.body.emit(Instruction::LocalSet(s.a));
                self.body.emit(Instruction::LocalGet(s.b));
                self.body.emit(Instruction::LocalGet(s.a));
                self.body.call(Rt::Contains);
                self.body.check();
                if op == CmpOp::NotIn {
                    self.body
                        .emit(Instruction::I64Const(word::TRUE ^ word::FALSE));
                    self.body.emit(Instruction::I64Xor);
                }
            }
        }
    }

    /// `a < b < c`: each operand evaluated once, stops at the first false comparison.
    fn compare_chain(
        &mut self,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
        span: Span,
    ) -> Gen {
        if ops.len() != comparators.len() || ops.is_empty() {
            return Err(self.unsupported(span, "this comparison"));
        }
        if ops.len() == 1 {
            self.operands(&[left, &comparators[0]])?;
            self.compare(ops[0]);
            return Ok(());
        }
        let held = self.body.new_local(ValType::I64);
        let done = self.body.block(BlockType::Result(ValType::I64));
        self.expr(left)?;
        let mut previous = self.body.alloc_temp();
        self.body.store_slot(previous);
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            let current = self.body.alloc_temp();
            self.body.store_slot(current);
            self.body.load_slot(previous);
            self.body.load_slot(current);
            self.compare(*op);
            if i + 1 < ops.len() {
                self.body.emit(Instruction::LocalTee(held));
                self.truthy();
                self.body.emit(Instruction::I32Eqz);
                self.body.if_(BlockType::Empty);
                self.body.emit(Instruction::LocalGet(held));
                self.body.br(done);
                self.body.end();
            }
            previous = current;
        }
        self.body.end();
        for _ in 0..=ops.len() {
            self.body.free_temp();
        }
        Ok(())
    }

    /// A list or set display: `new(n)` then `add` per item.
    fn collection(&mut self, items: &[Expr], new: Rt, add: Rt) -> Gen {
        if new == Rt::ListNew {
            self.body.emit(Instruction::I32Const(items.len() as i32));
        }
        self.body.call(new);
        let collection = self.body.alloc_temp();
        self.body.store_slot(collection);
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                self.extend_display(collection, inner, new == Rt::ListNew)?;
                continue;
            }
            self.expr(item)?;
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.load_slot(collection);
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(add);
            self.body.check_drop();
        }
        self.body.load_slot(collection);
        self.body.free_temp();
        Ok(())
    }

    /// A tuple of `items` (also the argument tuples of calls).
    pub fn tuple(&mut self, items: &[Expr]) -> Gen {
        if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            return self.starred_tuple(items);
        }
        self.body.emit(Instruction::I32Const(items.len() as i32));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.alloc_temp();
        self.body.store_slot(tuple);
        for (i, item) in items.iter().enumerate() {
            if let ExprKind::Starred(_) = item.kind {
                return Err(self.unsupported(item.span, "starred items"));
            }
            self.expr(item)?;
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.load_slot(tuple);
            self.body.emit(Instruction::I32Const(i as i32));
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(Rt::TupleSet);
        }
        self.body.load_slot(tuple);
        self.body.free_temp();
        Ok(())
    }

    fn dict(&mut self, keys: &[Option<Expr>], values: &[Expr], _span: Span) -> Gen {
        self.body.call(Rt::DictNew);
        let dict = self.body.alloc_temp();
        self.body.store_slot(dict);
        let key_slot = self.body.alloc_temp();
        for (key, value) in keys.iter().zip(values) {
            let Some(key) = key else {
                self.merge_display(dict, value)?;
                continue;
            };
            self.expr(key)?;
            self.body.store_slot(key_slot);
            self.expr(value)?;
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.load_slot(dict);
            self.body.load_slot(key_slot);
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(Rt::DictSet);
            self.body.check_drop();
        }
        self.body.load_slot(dict);
        self.body.free_temp();
        self.body.free_temp();
        Ok(())
    }

    /// An f-string: every part becomes a str in a tuple, joined by the runtime.
    fn fstring(&mut self, parts: &[FStringPart], span: Span) -> Gen {
        let mut pieces: Vec<FStringPiece<'_>> = Vec::new();
        for part in parts {
            match part {
                FStringPart::Literal(text) => pieces.push(FStringPiece::Text(text)),
                FStringPart::Field {
                    value,
                    debug_text,
                    conversion,
                    spec,
                } => {
                    if let Some(text) = debug_text {
                        pieces.push(FStringPiece::Text(text));
                    }
                    let conversion = match conversion {
                        None if debug_text.is_some() && spec.is_empty() => Some('r'),
                        other => *other,
                    };
                    pieces.push(FStringPiece::Field(value, conversion, spec));
                }
            }
        }
        self.body.emit(Instruction::I32Const(pieces.len() as i32));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.alloc_temp();
        self.body.store_slot(tuple);
        for (i, piece) in pieces.iter().enumerate() {
            match piece {
                FStringPiece::Text(text) => self.string_constant(text),
                FStringPiece::Field(value, conversion, spec) => {
                    self.expr(value)?;
                    match conversion {
                        None => {}
                        Some('r') => {
                            self.body.call(Rt::Repr);
                            self.body.check();
                        }
                        Some('s') => {
                            self.body.call(Rt::Str);
                            self.body.check();
                        }
                        Some(_) => return Err(self.unsupported(span, "this f-string conversion")),
                    }
                    if spec.is_empty() {
                        if conversion.is_none() {
                            self.body.call(Rt::Str);
                            self.body.check();
                        }
                    } else {
                        let held = self.body.alloc_temp();
                        self.body.store_slot(held);
                        self.fstring(spec, span)?;
                        let r = self.body.scratch.r;
                        self.body.emit(Instruction::LocalSet(r));
                        self.body.load_slot(held);
                        self.body.emit(Instruction::LocalGet(r));
                        self.body.call(Rt::Format);
                        self.body.check();
                        self.body.free_temp();
                    }
                }
            }
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.load_slot(tuple);
            self.body.emit(Instruction::I32Const(i as i32));
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(Rt::TupleSet);
        }
        self.body.load_slot(tuple);
        self.body.call(Rt::StrJoin);
        self.body.check();
        self.body.free_temp();
        Ok(())
    }
}

enum FStringPiece<'e> {
    Text(&'e str),
    Field(&'e Expr, Option<char>, &'e [FStringPart]),
}
