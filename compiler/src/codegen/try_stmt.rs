//! `try`/`except`/`else`/`finally`, `raise`, and the regions a `return`, `break` or `continue`
//! must clean up when it leaves them (finally bodies, `with` exits, active except clauses).
//!
//! Exceptions are pending-status checks that branch to the innermost handler block (`body.rs`).
//! A region installs its own handler block for the exceptional exit; for the other exits the
//! statement that leaves (`return`, `break`, `continue`) generates the cleanups inline, innermost
//! first, each one sending its own exceptions to the handler around its region.
//! CPython's context chaining is the runtime's: `mlrt_exc_enter_handler` when an except clause
//! (or a finally block run for an exception) starts, `mlrt_exc_leave_handler` on every way out.
use super::body::Label;
use super::runtime_api::{Rt, word};
use super::{FunctionGen, Gen};
use crate::syntax::ast::{ExceptHandler, Expr, ExprKind, Name, Stmt};
use std::rc::Rc;
use wasm_encoder::{BlockType, Instruction, ValType};

/// What leaving a region early must do.
#[derive(Clone, Debug)]
pub enum CleanupKind {
    /// An active except clause (or a finally block running for an exception).
    LeaveHandler,
    /// The finally body of a `try`, generated again at each early exit.
    Finally(Rc<[Stmt]>),
    /// A `with` statement: `__exit__(None, None, None)` of the manager held in this frame slot.
    WithExit(u32),
}

/// A region entered by the code being generated (innermost last in `FunctionGen::handling`).
#[derive(Clone, Debug)]
pub struct Cleanup {
    kind: CleanupKind,
    /// Where exceptions raised by the cleanup itself go: the handler around the region.
    outer_handler: Label,
    /// `loops.len()` when the region was entered: a break/continue of that loop (or of an
    /// enclosing one) leaves the region when the loop is at index `>= loop_depth - 1`.
    loop_depth: usize,
}

impl FunctionGen<'_, '_, '_> {
    /// Starts a region; its exceptions must go to a handler block opened *after* this call.
    pub(crate) fn enter_region(&mut self, kind: CleanupKind) {
        let outer_handler = self.body.innermost_handler();
        self.handling.push(Cleanup {
            kind,
            outer_handler,
            loop_depth: self.loops.len(),
        });
    }

    pub(crate) fn leave_region(&mut self) {
        self.handling.pop();
    }

    /// Before `return`: runs the cleanups of every region (the value to return is on the stack
    /// and stays there).
    pub fn unwind_for_return(&mut self) -> Gen {
        if self.handling.is_empty() {
            return Ok(());
        }
        let value = self.body.alloc_temp();
        self.body.store_slot(value);
        self.unwind_to(0)?;
        self.body.load_slot(value);
        self.body.free_temp();
        Ok(())
    }

    /// Before `break`/`continue` of the innermost loop: the cleanups of the regions inside it.
    pub fn unwind_for_loop_exit(&mut self) -> Gen {
        let depth = self.loops.len();
        let keep = self
            .handling
            .iter()
            .position(|c| c.loop_depth >= depth)
            .unwrap_or(self.handling.len());
        self.unwind_to(keep)
    }

    fn unwind_to(&mut self, keep: usize) -> Gen {
        let saved = self.handling.clone();
        let mut result = Ok(());
        for i in (keep..saved.len()).rev() {
            self.handling.truncate(i);
            result = self.run_cleanup(&saved[i]);
            if result.is_err() {
                break;
            }
        }
        self.handling = saved;
        result
    }

    fn run_cleanup(&mut self, cleanup: &Cleanup) -> Gen {
        match &cleanup.kind {
            CleanupKind::LeaveHandler => self.body.call(Rt::ExcLeaveHandler),
            CleanupKind::Finally(statements) => {
                let ok = self.body.block(BlockType::Empty);
                self.body.handler_block();
                self.statements_again(statements);
                self.body.br(ok);
                self.body.end();
                self.body.br(cleanup.outer_handler);
                self.body.end();
            }
            CleanupKind::WithExit(manager) => {
                self.with_exit_normally(*manager);
                self.body.emit(Instruction::I32Const(-1));
                self.body.emit(Instruction::I32Eq);
                self.body.br_if(cleanup.outer_handler);
            }
        }
        Ok(())
    }

    /// Generates statements already generated once elsewhere (a finally body copy): their
    /// diagnostics were reported by the first copy.
    fn statements_again(&mut self, statements: &[Stmt]) {
        let reported = self.shared.diagnostics.len();
        self.statements(statements);
        self.shared.diagnostics.truncate(reported);
    }

    /// `try: ... except ...: ... else: ... finally: ...`
    pub fn try_statement(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Gen {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let normal = self.body.block(BlockType::Empty);
        self.enter_region(CleanupKind::Finally(finalbody.to_vec().into()));
        self.body.handler_block();
        let protected = if handlers.is_empty() {
            self.statements(body);
            self.statements(orelse);
            Ok(())
        } else {
            self.try_except(body, handlers, orelse)
        };
        self.body.br(normal);
        self.body.end();
        self.leave_region();
        protected?;
        self.finally_for_exception(finalbody);
        self.body.end();
        self.statements(finalbody);
        Ok(())
    }

    /// The finally body run because an exception is pending: the exception is "being handled"
    /// meanwhile (it becomes the context of new ones) and is raised again afterwards.
    fn finally_for_exception(&mut self, finalbody: &[Stmt]) {
        let line = self.body.scratch.line;
        let raised_at = self.body.new_local(ValType::I32);
        self.body.emit(Instruction::LocalGet(line));
        self.body.emit(Instruction::LocalSet(raised_at));
        let exception = self.body.alloc_temp();
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.emit(Instruction::I32Const(0));
        self.body.call(Rt::ExcEnterHandler);
        self.body.store_slot(exception);
        self.handler_region(|this| this.statements_again(finalbody));
        self.body.call(Rt::ExcLeaveHandler);
        // The traceback shows where the exception was raised, not the end of the finally body.
        self.body.emit(Instruction::LocalGet(raised_at));
        self.body.emit(Instruction::LocalSet(line));
        self.body.load_slot(exception);
        self.body.free_temp();
        self.body.call(Rt::Reraise);
        self.body.emit(Instruction::Drop);
        self.body.raise();
    }

    /// Runs `inside` as an active handler: an exception leaving it first leaves the handler.
    /// The caller calls `mlrt_exc_leave_handler` after a normal exit.
    fn handler_region(&mut self, inside: impl FnOnce(&mut Self)) {
        self.enter_region(CleanupKind::LeaveHandler);
        let ok = self.body.block(BlockType::Empty);
        self.body.handler_block();
        inside(self);
        self.body.br(ok);
        self.body.end();
        self.body.call(Rt::ExcLeaveHandler);
        self.body.raise();
        self.body.end();
        self.leave_region();
    }

    /// `try: body except T as name: handler else: orelse` (the body's checks branch to the end
    /// of a handler block, where the except clauses are tried in order).
    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> Gen {
        let done = self.body.block(BlockType::Empty);
        let no_exception = self.body.block(BlockType::Empty);
        self.body.handler_block();
        self.statements(body);
        self.body.br(no_exception);
        self.body.end();
        // An exception is pending; `line` still says where it was raised.
        let mut result = Ok(());
        for handler in handlers {
            if let Some(type_) = &handler.type_ {
                if let Err(e) = self.expr(type_) {
                    result = Err(e);
                    continue;
                }
                self.body.call(Rt::ExcMatches);
                self.body.if_(BlockType::Empty);
            }
            if let Err(e) = self.except_clause(handler) {
                result = Err(e);
            }
            self.body.br(done);
            if handler.type_.is_some() {
                self.body.end();
            }
        }
        // No clause matched: the exception goes on to the enclosing handler.
        self.body.raise();
        self.body.end();
        self.statements(orelse);
        self.body.end();
        result
    }

    /// The body of a matching except clause.
    fn except_clause(&mut self, handler: &ExceptHandler) -> Gen {
        let name = self.name.clone();
        self.string_constant(&name);
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.line));
        self.body.call(Rt::ExcEnterHandler);
        let line = self.line_of(handler.span);
        self.body.set_line(line);
        match &handler.name {
            Some(name) => self.assign_top(&name_expr(name))?,
            None => self.body.emit(Instruction::Drop),
        }
        self.handler_region(|this| this.statements(&handler.body));
        self.body.call(Rt::ExcLeaveHandler);
        if let Some(name) = &handler.name {
            // Like CPython, `except E as name` deletes `name` at the end of the clause.
            self.body.emit(Instruction::I64Const(word::UNBOUND));
            self.assign_top(&name_expr(name))?;
        }
        Ok(())
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub fn raise_statement(&mut self, exc: Option<&Expr>, cause: Option<&Expr>) -> Gen {
        match (exc, cause) {
            (None, _) => {
                // The exception being handled (RuntimeError at run time when there is none).
                self.body.emit(Instruction::I64Const(word::UNBOUND));
                self.body.call(Rt::Reraise);
            }
            (Some(exc), None) => {
                self.expr(exc)?;
                self.body.call(Rt::Raise);
            }
            (Some(exc), Some(cause)) => {
                self.operands(&[exc, cause])?;
                self.body.call(Rt::RaiseFrom);
            }
        }
        self.body.emit(Instruction::Drop);
        self.body.raise();
        Ok(())
    }
}

pub fn name_expr(name: &Name) -> Expr {
    Expr {
        kind: ExprKind::Name(name.clone()),
        span: name.span,
    }
}
