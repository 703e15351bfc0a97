//! Generator functions (`def f(): ... yield x ...`): calling one binds the arguments and makes a
//! generator object whose resume function runs the body (frame protocol: `generator.rs`).
//!
//! Every yield point gets a state number (1, 2, ... in source order). Resuming in state `k`
//! skips the statements before the one holding point `k`, enters the `if` branch or loop body
//! holding it without evaluating the condition or advancing the iterator, and continues right
//! after the yield; variables and loop iterators live in the generator's frame. Supported:
//! `yield` and `yield from` as expression statements and `target = yield value`, at any depth of
//! `if`/`while`/`for` statements, and `return` without a value; anything else holding a yield or
//! a `return` (try, with, match, a yield inside an expression) is "not supported yet".
use super::body::{Body, slot_arg};
use super::closure::{CLOSURE_HEADER, CLOSURE_LOCAL, bound_params};
use super::generator::{RESUME_PARAMS, SENT_PARAM, STATE_SLOT};
use super::infer::walk::{Child, for_each_child, for_each_subexpr};
use super::runtime_api::{Rt, word};
use super::scope::Bindings;
use super::{CompiledFunction, FRAME_GLOBAL, FunctionGen, Gen, LoopLabels, TABLE_BASE_GLOBAL};
use crate::resolve::ScopeId;
use crate::source::Span;
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use hashbrown::{HashMap, HashSet};
use wasm_encoder::{BlockType, Instruction, ValType};

/// Nesting limit of the syntax walks below (deeper input is compiled as a plain function, whose
/// generator gets the usual "nesting this deep" diagnostic).
const MAX_WALK_DEPTH: u32 = 200;

/// Whether `body` (a function body) yields: a `yield` outside nested functions and classes.
pub fn contains_yield(body: &[Stmt]) -> bool {
    body.iter().any(|s| stmt_has(s, Find::Yield, 0))
}

#[derive(Clone, Copy, PartialEq)]
enum Find {
    Yield,
    YieldOrReturn,
}

fn stmt_has(stmt: &Stmt, find: Find, depth: u32) -> bool {
    if depth > MAX_WALK_DEPTH {
        return false;
    }
    match &stmt.kind {
        StmtKind::Return(_) if find == Find::YieldOrReturn => return true,
        StmtKind::ClassDef(_) => return false,
        _ => {}
    }
    let mut found = false;
    for_each_child(stmt, depth, &mut |child| {
        found |= match child {
            Child::Expr(e) => expr_has_yield(e, depth + 1),
            Child::Body(b) => b.iter().any(|s| stmt_has(s, find, depth + 1)),
        }
    });
    found
}

fn expr_has_yield(e: &Expr, depth: u32) -> bool {
    if depth > MAX_WALK_DEPTH {
        return false;
    }
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Lambda { .. } => false,
        _ => {
            let mut found = false;
            for_each_subexpr(e, &mut |s| found |= expr_has_yield(s, depth + 1));
            found
        }
    }
}

/// The yield points of `stmt` this module compiles (its share of the state numbers).
fn yield_points(stmt: &Stmt) -> u32 {
    let all = |body: &[Stmt]| body.iter().map(yield_points).sum::<u32>();
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } | StmtKind::Let { value: e, .. }
            if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) =>
        {
            1
        }
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => all(body) + all(orelse),
        _ => 0,
    }
}

/// Generation state of a generator body: the i32 local holding the state being resumed (0 once
/// execution has reached it), and the next yield point's number.
struct Resume {
    target: u32,
    next_state: u32,
}

impl FunctionGen<'_, '_, '_> {
    /// Compiles generator function `def`: its resume function, and the function taking the
    /// bound parameters then the closure (the uniform entry's callee) that makes the generator.
    /// Returns the symbolic index of the latter.
    pub fn generator_function(&mut self, def: &FunctionDef, scope: Option<ScopeId>) -> Gen<u32> {
        let bound = bound_params(&def.params);
        let bindings = Bindings::of(&def.body);
        // Slot 0: the state; then the parameters and the closure, as the creator stores them.
        let mut locals = HashMap::new();
        let count = bound.len() as u32;
        for (i, param) in bound.iter().enumerate() {
            let slot = STATE_SLOT + 1 + i as u32;
            locals.entry(param.name.id.clone()).or_insert(slot);
        }
        locals.insert(CLOSURE_LOCAL.to_owned(), STATE_SLOT + 1 + count);
        let mut named_slots = STATE_SLOT + 2 + count;
        let info = scope.map(|s| self.shared.resolution.scope(s).clone());
        let resolver_names = info
            .iter()
            .flat_map(|i| i.locals.iter().chain(&i.cells).chain(&i.frees));
        for name in bindings.names.iter().chain(resolver_names) {
            if !bindings.declared_global.contains(name) && !locals.contains_key(name) {
                locals.insert(name.clone(), named_slots);
                named_slots += 1;
            }
        }
        let line = self.line_of(def.name.span);
        let mut child = FunctionGen {
            body: Body::new(RESUME_PARAMS, named_slots),
            shared: &mut *self.shared,
            name: def.name.id.clone(),
            locals,
            declared_global: bindings.declared_global.clone(),
            loops: Vec::new(),
            handling: Vec::new(),
            nesting: self.nesting,
            is_module: false,
            class_body: None,
            cells: HashSet::new(),
            scope,
        };
        child.generator_body(&def.body, line)?;
        let nslots = child.body.frame_size();
        let resume = CompiledFunction {
            param_count: RESUME_PARAMS,
            body: child.body,
        };
        let resume = self.push_extra(&def.name.id, resume);
        let resume = self.table_entry(resume);
        let qualname = self.qualname(scope, &def.name.id);
        let creator = self.generator_creator(&qualname, resume, nslots, count + 1);
        let name = format!("{} (generator)", def.name.id);
        Ok(self.push_extra(&name, creator))
    }

    /// `(params..., closure) -> generator`: stores them into slots 1.. of a new generator.
    fn generator_creator(
        &mut self,
        qualname: &str,
        resume: u32,
        nslots: u32,
        param_count: u32,
    ) -> CompiledFunction {
        let mut body = Body::new(param_count, 0);
        let name = self.shared.slots.string(qualname);
        body.emit(Instruction::GlobalGet(TABLE_BASE_GLOBAL));
        body.emit(Instruction::I32Const(resume as i32));
        body.emit(Instruction::I32Add);
        body.emit(Instruction::I32Const(nslots as i32));
        body.load_module_slot(FRAME_GLOBAL, name);
        body.call(Rt::GeneratorNew);
        let generator = body.scratch.check;
        body.emit(Instruction::LocalTee(generator));
        body.emit(Instruction::I64Const(word::EXC));
        body.emit(Instruction::I64Eq);
        body.emit(Instruction::If(BlockType::Empty));
        body.emit(Instruction::I64Const(word::EXC));
        body.emit(Instruction::Return);
        body.emit(Instruction::End);
        let frame = body.scratch.fp;
        body.emit(Instruction::LocalGet(generator));
        body.call(Rt::GeneratorFrame);
        body.emit(Instruction::LocalSet(frame));
        for param in 0..param_count {
            body.emit(Instruction::LocalGet(frame));
            body.emit(Instruction::LocalGet(param));
            body.emit(Instruction::I64Store(slot_arg(STATE_SLOT + 1 + param)));
        }
        body.emit(Instruction::LocalGet(generator));
        body.emit(Instruction::End);
        CompiledFunction { param_count, body }
    }

    /// The resume function of a generator function.
    fn generator_body(&mut self, statements: &[Stmt], line: u32) -> Gen {
        self.open_resume(line);
        let target = self.body.new_local(ValType::I32);
        self.body.load_slot(STATE_SLOT);
        self.body.emit(Instruction::I64Const(1));
        self.body.emit(Instruction::I64ShrS);
        self.body.emit(Instruction::I32WrapI64);
        self.body.emit(Instruction::LocalTee(target));
        self.body.emit(Instruction::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.generator_cells();
        self.body.end();
        let mut resume = Resume {
            target,
            next_state: 1,
        };
        self.resumable_statements(statements, &mut resume)?;
        let name = self.name.clone();
        self.close_resume(&name);
        Ok(())
    }

    /// On the first resumption: the cells of captured locals (parameters copied in) and those of
    /// free variables, taken from the closure.
    fn generator_cells(&mut self) {
        let Some(scope) = self.scope else { return };
        let info = self.shared.resolution.scope(scope).clone();
        let Some(&closure) = self.locals.get(CLOSURE_LOCAL) else {
            return;
        };
        for (i, name) in info.frees.iter().enumerate() {
            let Some(&slot) = self.locals.get(name) else {
                continue;
            };
            self.body.load_slot(closure);
            self.body
                .emit(Instruction::I32Const(CLOSURE_HEADER + i as i32));
            self.body.call(Rt::TupleGet);
            self.body.store_slot(slot);
            self.cells.insert(name.clone());
        }
        for name in &info.cells {
            let Some(&slot) = self.locals.get(name) else {
                continue;
            };
            if info.frees.contains(name) {
                continue;
            }
            self.body.load_slot(slot);
            self.body.call(Rt::CellNew);
            self.body.check();
            self.body.store_slot(slot);
            self.cells.insert(name.clone());
        }
    }

    /// A statement list: while resuming, the statements before the one holding the resumed
    /// point are skipped.
    fn resumable_statements(&mut self, statements: &[Stmt], resume: &mut Resume) -> Gen {
        let points: Vec<u32> = statements.iter().map(yield_points).collect();
        let last = points.iter().rposition(|&n| n > 0);
        for (i, stmt) in statements.iter().enumerate() {
            let first = resume.next_state;
            let guarded = last.is_some_and(|last| i <= last);
            if !guarded {
                self.generator_statement(stmt, resume)?;
                continue;
            }
            let skip = self.body.block(BlockType::Empty);
            if points[i] == 0 {
                self.body.emit(Instruction::LocalGet(resume.target));
            } else {
                self.body.emit(Instruction::LocalGet(resume.target));
                self.body.emit(Instruction::I32Const(0));
                self.body.emit(Instruction::I32Ne);
                self.resuming_into(resume.target, first, points[i]);
                self.body.emit(Instruction::I32Eqz);
                self.body.emit(Instruction::I32And);
            }
            self.body.br_if(skip);
            self.generator_statement(stmt, resume)?;
            self.body.end();
        }
        Ok(())
    }

    /// Pushes 1 if the resumed state is one of the `count` points numbered from `first`.
    fn resuming_into(&mut self, target: u32, first: u32, count: u32) {
        if count == 0 {
            self.body.emit(Instruction::I32Const(0));
            return;
        }
        self.body.emit(Instruction::LocalGet(target));
        self.body.emit(Instruction::I32Const(first as i32));
        self.body.emit(Instruction::I32Sub);
        self.body.emit(Instruction::I32Const(count as i32 - 1));
        self.body.emit(Instruction::I32LeU);
    }

    fn generator_statement(&mut self, stmt: &Stmt, resume: &mut Resume) -> Gen {
        let is_yield = |e: &Expr| matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
        if let StmtKind::If { test, .. }
        | StmtKind::While { test, .. }
        | StmtKind::For { iter: test, .. } = &stmt.kind
            && expr_has_yield(test, 0)
        {
            return Err(self.unsupported(test.span, "yield inside an expression"));
        }
        match &stmt.kind {
            StmtKind::Expr(e) if is_yield(e) => self.yield_point(e, &[], stmt.span, resume),
            StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. }
                if is_yield(value) =>
            {
                self.yield_point(value, targets, stmt.span, resume)
            }
            StmtKind::Return(value) => {
                if value
                    .as_ref()
                    .is_some_and(|v| !matches!(v.kind, ExprKind::None))
                {
                    return Err(self.unsupported(stmt.span, "return with a value in a generator"));
                }
                self.finish_generator();
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.enter(stmt.span)?;
                self.body.set_line(self.line_of(stmt.span));
                let first = resume.next_state;
                let in_body = body.iter().map(yield_points).sum();
                self.body.emit(Instruction::LocalGet(resume.target));
                self.body.emit(Instruction::I32Eqz);
                self.body.if_(BlockType::Result(ValType::I32));
                self.condition(test)?;
                self.body.else_();
                self.resuming_into(resume.target, first, in_body);
                self.body.end();
                self.body.if_(BlockType::Empty);
                self.resumable_statements(body, resume)?;
                self.body.else_();
                self.resumable_statements(orelse, resume)?;
                self.body.end();
                self.leave();
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                self.resumable_loop(stmt, None, test, body, orelse, resume)
            }
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.resumable_loop(stmt, Some(target), iter, body, orelse, resume),
            _ if stmt_has(stmt, Find::YieldOrReturn, 0) => {
                let what = match &stmt.kind {
                    StmtKind::Try { .. } => "yield or return inside try in a generator",
                    StmtKind::With { .. } => "yield or return inside with in a generator",
                    StmtKind::Match { .. } => "yield or return inside match in a generator",
                    _ => "yield inside an expression",
                };
                Err(self.unsupported(stmt.span, what))
            }
            _ => {
                self.statements(std::slice::from_ref(stmt));
                Ok(())
            }
        }
    }

    /// `while test:` (`target` None) or `for target in test:`, with their `else`. Resuming into
    /// the body skips the condition or the iterator's advance; resuming into `else` skips the
    /// loop.
    fn resumable_loop(
        &mut self,
        stmt: &Stmt,
        target: Option<&Expr>,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        resume: &mut Resume,
    ) -> Gen {
        self.enter(stmt.span)?;
        self.body.set_line(self.line_of(stmt.span));
        let in_body: u32 = body.iter().map(yield_points).sum();
        let in_orelse: u32 = orelse.iter().map(yield_points).sum();
        let iterator = match target {
            Some(_) => {
                let slot = self.body.alloc_temp();
                self.body.emit(Instruction::LocalGet(resume.target));
                self.body.emit(Instruction::I32Eqz);
                self.body.if_(BlockType::Empty);
                self.expr(test)?;
                self.body.call(Rt::Iter);
                self.body.check();
                self.body.store_slot(slot);
                self.body.end();
                Some(slot)
            }
            None => None,
        };
        let break_to = self.body.block(BlockType::Empty);
        let exhausted = self.body.block(BlockType::Empty);
        if in_orelse > 0 {
            self.resuming_into(resume.target, resume.next_state + in_body, in_orelse);
            self.body.br_if(exhausted);
        }
        let continue_to = self.body.loop_(BlockType::Empty);
        self.body.emit(Instruction::LocalGet(resume.target));
        self.body.emit(Instruction::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.body.call(Rt::GcPoll);
        match (target, iterator) {
            (Some(target), Some(iterator)) => {
                self.body.load_slot(iterator);
                self.body.call(Rt::Next);
                self.body.check();
                self.body.test_unbound();
                self.body.br_if(exhausted);
                self.body
                    .emit(Instruction::LocalGet(self.body.scratch.check));
                self.assign_top(target)?;
            }
            _ => {
                self.condition(test)?;
                self.body.emit(Instruction::I32Eqz);
                self.body.br_if(exhausted);
            }
        }
        self.body.end();
        self.loops.push(LoopLabels {
            break_to,
            continue_to,
        });
        let outcome = self.resumable_statements(body, resume);
        self.loops.pop();
        outcome?;
        self.body.br(continue_to);
        self.body.end();
        self.body.end();
        self.resumable_statements(orelse, resume)?;
        self.body.end();
        if iterator.is_some() {
            self.body.free_temp();
        }
        self.leave();
        Ok(())
    }

    /// `yield value` / `yield from iterable` as a statement, or `targets = yield value`.
    fn yield_point(&mut self, e: &Expr, targets: &[Expr], span: Span, resume: &mut Resume) -> Gen {
        self.enter(span)?;
        let line = self.line_of(span);
        self.body.set_line(line);
        let state = resume.next_state;
        resume.next_state += 1;
        match &e.kind {
            ExprKind::YieldFrom(iterable) => {
                if !targets.is_empty() {
                    return Err(self.unsupported(span, "the value of yield from"));
                }
                self.yield_from(iterable, state, resume.target)?;
            }
            ExprKind::Yield(value) => {
                let resumed = self.body.block(BlockType::Empty);
                self.body.emit(Instruction::LocalGet(resume.target));
                self.body.br_if(resumed);
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.body.emit(Instruction::I64Const(word::NONE)),
                }
                self.suspend(state);
                self.body.end();
                self.body.emit(Instruction::I32Const(0));
                self.body.emit(Instruction::LocalSet(resume.target));
                self.body.set_line(line);
                self.assign_sent(targets)?;
            }
            _ => return Err(self.unsupported(span, "this yield")),
        }
        self.leave();
        Ok(())
    }

    /// Stores the value sent into the generator into every target.
    fn assign_sent(&mut self, targets: &[Expr]) -> Gen {
        for target in targets {
            self.body.emit(Instruction::LocalGet(SENT_PARAM));
            self.assign_top(target)?;
        }
        Ok(())
    }

    /// `yield from iterable`: yields every item of its iterator (kept in the frame).
    fn yield_from(&mut self, iterable: &Expr, state: u32, target: u32) -> Gen {
        let iterator = self.body.alloc_temp();
        self.body.emit(Instruction::LocalGet(target));
        self.body.emit(Instruction::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.expr(iterable)?;
        self.body.call(Rt::Iter);
        self.body.check();
        self.body.store_slot(iterator);
        self.body.end();
        self.body.emit(Instruction::I32Const(0));
        self.body.emit(Instruction::LocalSet(target));
        let done = self.body.block(BlockType::Empty);
        self.body.loop_(BlockType::Empty);
        self.body.load_slot(iterator);
        self.body.call(Rt::Next);
        self.body.check();
        self.body.test_unbound();
        self.body.br_if(done);
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.check));
        self.suspend(state);
        self.body.end();
        self.body.end();
        self.body.free_temp();
        Ok(())
    }
}
