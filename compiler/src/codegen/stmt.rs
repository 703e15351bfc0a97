//! Statements.
use super::runtime_api::{ASSERTION_ERROR, Rt, word};
use super::{FRAME_GLOBAL, FunctionGen, Gen, LoopLabels, Place};
use crate::syntax::ast::{BinOp, Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use wasm_encoder::{BlockType, Instruction};

impl FunctionGen<'_, '_, '_> {
    pub fn statements(&mut self, statements: &[Stmt]) {
        for stmt in statements {
            let labels = self.body.label_depth();
            let temps = self.body.temps_in_use();
            let loops = self.loops.len();
            let regions = self.handling.len();
            let nesting = self.nesting;
            if self.statement(stmt).is_err() {
                // The module will not be emitted; keep generating to report more constructs.
                self.body.truncate_labels(labels);
                self.body.reset_temps(temps);
                self.loops.truncate(loops);
                self.handling.truncate(regions);
                self.nesting = nesting;
            }
        }
    }

    fn statement(&mut self, stmt: &Stmt) -> Gen {
        self.enter(stmt.span)?;
        let line = self.line_of(stmt.span);
        self.body.set_line(line);
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.body.emit(Instruction::Drop);
            }
            StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
                self.assign(targets, value)?
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    self.assign(std::slice::from_ref(target), value)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::If { test, body, orelse } => {
                self.condition(test)?;
                self.body.if_(BlockType::Empty);
                self.statements(body);
                if !orelse.is_empty() {
                    self.body.else_();
                    self.statements(orelse);
                }
                self.body.end();
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse)?,
            StmtKind::Break | StmtKind::Continue => {
                let Some(labels) = self.loops.last().copied() else {
                    return Err(self.unsupported(stmt.span, "break outside a loop"));
                };
                let is_break = matches!(stmt.kind, StmtKind::Break);
                self.unwind_for_loop_exit()?;
                self.body.br(if is_break {
                    labels.break_to
                } else {
                    labels.continue_to
                });
            }
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Return(value) => {
                if self.is_module {
                    return Err(self.unsupported(stmt.span, "return outside a function"));
                }
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.body.emit(Instruction::I64Const(word::NONE)),
                }
                self.unwind_for_return()?;
                self.return_value();
            }
            StmtKind::FunctionDef(def) if self.class_body.is_some() => self.method_def(def)?,
            StmtKind::FunctionDef(def) => self.function_def(def, stmt)?,
            StmtKind::ClassDef(class) => self.class_def(class)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_statement(body, handlers, orelse, finalbody)?,
            StmtKind::Raise { exc, cause } => self.raise_statement(exc.as_ref(), cause.as_ref())?,
            StmtKind::With {
                is_async: false,
                items,
                body,
            } => self.with_statement(items, body)?,
            StmtKind::With { is_async: true, .. } => {
                return Err(self.unsupported(stmt.span, "async with"));
            }
            StmtKind::Match { subject, cases } => self.match_statement(subject, cases)?,
            StmtKind::Import(aliases) => self.import(aliases)?,
            StmtKind::ImportFrom {
                level,
                module,
                names,
                star,
            } => self.import_from(*level, module.as_deref(), names, *star, stmt.span)?,
            // Names declared nonlocal are free variables (`closure.rs`).
            StmtKind::Nonlocal(_) => {}
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.delete(target)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.condition(test)?;
                self.body.emit(Instruction::I32Eqz);
                self.body.if_(BlockType::Empty);
                self.body.emit(Instruction::I32Const(ASSERTION_ERROR));
                match msg {
                    Some(msg) => self.expr(msg)?,
                    None => self.body.emit(Instruction::I64Const(word::NONE)),
                }
                self.body.call(Rt::RaiseNew);
                self.body.emit(Instruction::Drop);
                self.body.raise();
                self.body.end();
            }
            StmtKind::For { is_async: true, .. } => {
                return Err(self.unsupported(stmt.span, "async for"));
            }
            StmtKind::Error => return Err(self.unsupported(stmt.span, "invalid statement")),
        }
        self.leave();
        Ok(())
    }

    fn assign(&mut self, targets: &[Expr], value: &Expr) -> Gen {
        if self.fast_assign(targets, value)? {
            return Ok(());
        }
        self.expr(value)?;
        if let [target] = targets {
            return self.assign_top(target);
        }
        let temp = self.body.alloc_temp();
        self.body.store_slot(temp);
        for target in targets {
            self.body.load_slot(temp);
            self.assign_top(target)?;
        }
        self.body.free_temp();
        Ok(())
    }

    /// Stores the value on the stack into `target`.
    pub fn assign_top(&mut self, target: &Expr) -> Gen {
        match &target.kind {
            ExprKind::Name(name) if self.is_class_local(&name.id) => self.class_name_store(name)?,
            ExprKind::Name(name) if self.fast_store_name(name) => {}
            ExprKind::Name(name) => match self.place(&name.id) {
                Place::Local(slot) => self.body.store_slot(slot),
                Place::Global(slot) => self.body.store_module_slot(FRAME_GLOBAL, slot),
                Place::Cell(slot) => self.store_cell(slot),
                Place::Builtin => return Err(self.unsupported(target.span, "this assignment")),
            },
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    return self.assign_starred(items, target.span);
                }
                self.body.emit(Instruction::I32Const(items.len() as i32));
                self.body.call(Rt::Unpack);
                self.body.check();
                let temp = self.body.alloc_temp();
                self.body.store_slot(temp);
                for (i, item) in items.iter().enumerate() {
                    self.body.load_slot(temp);
                    self.body.emit(Instruction::I32Const(i as i32));
                    self.body.call(Rt::TupleGet);
                    self.assign_top(item)?;
                }
                self.body.free_temp();
            }
            ExprKind::Attribute { value, attr } => self.store_attribute(value, attr)?,
            ExprKind::Subscript { value, index } => {
                let temp = self.body.alloc_temp();
                self.body.store_slot(temp);
                self.subscript_store(value, index, temp)?;
                self.body.free_temp();
            }
            _ => return Err(self.unsupported(target.span, "this assignment target")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Gen {
        if self.fast_aug_assign(target, op, value)? {
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name(_) => {
                self.expr(target)?;
                self.aug_number(self.ty(target), op, value, target.span)?;
                self.assign_top(target)
            }
            ExprKind::Subscript {
                value: object,
                index,
            } => {
                // Object and index stay rooted in slots while `value` runs (the collector does
                // not move objects, so the locals stay valid).
                self.operands(&[object, index])?;
                let (object_local, key_local, result) = (
                    self.body.new_local(wasm_encoder::ValType::I64),
                    self.body.new_local(wasm_encoder::ValType::I64),
                    self.body.new_local(wasm_encoder::ValType::I64),
                );
                self.body.emit(Instruction::LocalSet(key_local));
                self.body.emit(Instruction::LocalSet(object_local));
                let (object_slot, index_slot) = (self.body.alloc_temp(), self.body.alloc_temp());
                self.body.emit(Instruction::LocalGet(object_local));
                self.body.store_slot(object_slot);
                self.body.emit(Instruction::LocalGet(key_local));
                self.body.store_slot(index_slot);
                self.item_get(object_local, key_local);
                self.aug_number(super::types::Ty::Unknown, op, value, target.span)?;
                self.body.emit(Instruction::LocalSet(result));
                self.item_set(object_local, key_local, result);
                self.body.free_temp();
                self.body.free_temp();
                Ok(())
            }
            ExprKind::Attribute {
                value: object,
                attr,
            } => self.aug_assign_attribute(object, attr, op, value, target.span),
            _ => Err(self.unsupported(target.span, "this augmented assignment")),
        }
    }

    fn delete(&mut self, target: &Expr) -> Gen {
        match &target.kind {
            ExprKind::Name(name) if self.is_class_local(&name.id) => self.class_name_delete(name),
            ExprKind::Attribute { value, attr } => self.delete_attribute(value, attr),
            ExprKind::Name(_) => {
                // Reading first raises NameError/UnboundLocalError for an unbound name.
                self.expr(target)?;
                self.body.emit(Instruction::Drop);
                self.body.emit(Instruction::I64Const(word::UNBOUND));
                self.assign_top(target)
            }
            ExprKind::Subscript { value, index } => {
                self.operands(&[value, index])?;
                self.body.call(Rt::DelItem);
                self.body.check_drop();
                Ok(())
            }
            _ => Err(self.unsupported(target.span, "this del target")),
        }
    }

    /// `while test: body else: orelse`
    fn while_loop(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Gen {
        let break_to = self.body.block(BlockType::Empty);
        let exhausted = self.body.block(BlockType::Empty);
        let continue_to = self.body.loop_(BlockType::Empty);
        self.body.call(Rt::GcPoll);
        self.condition(test)?;
        self.body.emit(Instruction::I32Eqz);
        self.body.br_if(exhausted);
        self.loop_body(body, break_to, continue_to);
        self.body.end();
        self.body.end();
        self.statements(orelse);
        self.body.end();
        Ok(())
    }

    fn loop_body(
        &mut self,
        body: &[Stmt],
        break_to: super::body::Label,
        continue_to: super::body::Label,
    ) {
        self.loops.push(LoopLabels {
            break_to,
            continue_to,
        });
        self.statements(body);
        self.loops.pop();
        self.body.br(continue_to);
    }

    /// `for target in iter: body else: orelse`
    fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Gen {
        if let Some(args) = self.range_arguments(iter) {
            return self.range_loop(target, args, body, orelse);
        }
        self.expr(iter)?;
        let iterator = self.body.alloc_temp();
        let (is_list, index) = self.iteration_start(iterator);
        let break_to = self.body.block(BlockType::Empty);
        let exhausted = self.body.block(BlockType::Empty);
        let continue_to = self.body.loop_(BlockType::Empty);
        self.body.call(Rt::GcPoll);
        self.iteration_next(iterator, is_list, index, exhausted);
        self.assign_top(target)?;
        self.loop_body(body, break_to, continue_to);
        self.body.end();
        self.body.end();
        self.statements(orelse);
        self.body.end();
        self.body.free_temp();
        Ok(())
    }

    /// The arguments of `range(...)` when `iter` is a call of the builtin `range`.
    fn range_arguments<'e>(&mut self, iter: &'e Expr) -> Option<&'e [Expr]> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return None;
        };
        let ExprKind::Name(name) = &func.kind else {
            return None;
        };
        let plain = keywords.is_empty()
            && (1..=3).contains(&args.len())
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let is_range =
            self.place(&name.id) == Place::Builtin && self.builtin_name(&name.id) == "range";
        (is_range && plain).then_some(args)
    }

    /// `for target in range(...)`: a counting loop on raw integers while the bounds are small
    /// ints, the runtime's range iterator otherwise.
    fn range_loop(&mut self, target: &Expr, args: &[Expr], body: &[Stmt], orelse: &[Stmt]) -> Gen {
        use wasm_encoder::ValType::{I32, I64};
        let refs: Vec<&Expr> = args.iter().collect();
        self.operands(&refs)?;
        let slots: Vec<u32> = (0..args.len()).map(|_| self.body.alloc_temp()).collect();
        for &slot in slots.iter().rev() {
            self.body.store_slot(slot);
        }
        let iterator = self.body.alloc_temp();
        let current = self.body.new_local(I64);
        let stop = self.body.new_local(I64);
        let step = self.body.new_local(I64);
        let slow = self.body.new_local(I32);
        // Words of start, stop and step (defaults 0 and 1).
        let (start_word, stop_word, step_word) = match slots.as_slice() {
            [stop] => (None, *stop, None),
            [start, stop] => (Some(*start), *stop, None),
            [start, stop, step] => (Some(*start), *stop, Some(*step)),
            _ => return Err(self.unsupported(target.span, "this range")),
        };
        let load_or = |this: &mut Self, slot: Option<u32>, default: i64| match slot {
            Some(slot) => this.body.load_slot(slot),
            None => this.body.emit(Instruction::I64Const(default)),
        };
        // All three small ints and step != 0: the fast path.
        load_or(self, start_word, 0);
        self.body.load_slot(stop_word);
        self.body.emit(Instruction::I64Or);
        load_or(self, step_word, 2);
        self.body.emit(Instruction::I64Or);
        self.body.emit(Instruction::I64Const(1));
        self.body.emit(Instruction::I64And);
        load_or(self, step_word, 2);
        self.body.emit(Instruction::I64Eqz);
        self.body.emit(Instruction::I64ExtendI32U);
        self.body.emit(Instruction::I64Or);
        self.body.emit(Instruction::I32WrapI64);
        self.body.emit(Instruction::LocalTee(slow));
        self.body.if_(BlockType::Empty);
        {
            self.body.emit(Instruction::I32Const(slots.len() as i32));
            self.body.call(Rt::TupleNew);
            let tuple = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(tuple));
            for (i, &slot) in slots.iter().enumerate() {
                self.body.emit(Instruction::LocalGet(tuple));
                self.body.emit(Instruction::I32Const(i as i32));
                self.body.load_slot(slot);
                self.body.call(Rt::TupleSet);
            }
            self.body.emit(Instruction::LocalGet(tuple));
            self.body.emit(Instruction::I64Const(word::NONE));
            self.call_generic_builtin("range");
            self.body.check();
            self.body.call(Rt::Iter);
            self.body.check();
            self.body.store_slot(iterator);
        }
        self.body.else_();
        {
            load_or(self, start_word, 0);
            self.body.emit(Instruction::I64Const(1));
            self.body.emit(Instruction::I64ShrS);
            self.body.emit(Instruction::LocalSet(current));
            self.body.load_slot(stop_word);
            self.body.emit(Instruction::I64Const(1));
            self.body.emit(Instruction::I64ShrS);
            self.body.emit(Instruction::LocalSet(stop));
            load_or(self, step_word, 2);
            self.body.emit(Instruction::I64Const(1));
            self.body.emit(Instruction::I64ShrS);
            self.body.emit(Instruction::LocalSet(step));
        }
        self.body.end();

        let break_to = self.body.block(BlockType::Empty);
        let exhausted = self.body.block(BlockType::Empty);
        let continue_to = self.body.loop_(BlockType::Empty);
        self.body.call(Rt::GcPoll);
        self.body.emit(Instruction::LocalGet(slow));
        self.body.if_(BlockType::Result(I64));
        {
            self.body.load_slot(iterator);
            self.body.call(Rt::Next);
            self.body.check();
            self.body.test_unbound();
            self.body.br_if(exhausted);
            self.body
                .emit(Instruction::LocalGet(self.body.scratch.check));
        }
        self.body.else_();
        {
            // Exhausted when (step > 0 ? current >= stop : current <= stop).
            self.body.emit(Instruction::LocalGet(current));
            self.body.emit(Instruction::LocalGet(stop));
            self.body.emit(Instruction::I64GeS);
            self.body.emit(Instruction::LocalGet(current));
            self.body.emit(Instruction::LocalGet(stop));
            self.body.emit(Instruction::I64LeS);
            self.body.emit(Instruction::LocalGet(step));
            self.body.emit(Instruction::I64Const(0));
            self.body.emit(Instruction::I64GtS);
            self.body.emit(Instruction::Select);
            self.body.br_if(exhausted);
            self.body.emit(Instruction::LocalGet(current));
            self.body.emit(Instruction::I64Const(1));
            self.body.emit(Instruction::I64Shl);
            self.body.emit(Instruction::LocalGet(current));
            self.body.emit(Instruction::LocalGet(step));
            self.body.emit(Instruction::I64Add);
            self.body.emit(Instruction::LocalSet(current));
        }
        self.body.end();
        self.assign_top(target)?;
        self.loop_body(body, break_to, continue_to);
        self.body.end();
        self.body.end();
        self.statements(orelse);
        self.body.end();
        for _ in 0..=slots.len() {
            self.body.free_temp();
        }
        Ok(())
    }

    /// `def name(...)`: the function object (a direct module-level function's, or a closure's
    /// from `closure.rs`) stored into its name.
    fn function_def(&mut self, def: &FunctionDef, _stmt: &Stmt) -> Gen {
        let direct = self
            .shared
            .functions
            .get(&def.name.id)
            .filter(|(_, d)| self.is_module && std::ptr::eq(*d, def));
        let Some((index, _)) = direct else {
            return self.def_statement(def);
        };
        self.direct_function_value(def, index)?;
        let Place::Global(slot) = self.place(&def.name.id) else {
            return Err(self.unsupported(def.name.span, "this function definition"));
        };
        self.body.store_module_slot(FRAME_GLOBAL, slot);
        Ok(())
    }
}
