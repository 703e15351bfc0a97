//! `with a as x, b as y: body` (nested managers, one item at a time): `mlrt_with_enter` calls
//! `__enter__`; `mlrt_with_exit` calls `__exit__` with the exception leaving the block (being
//! handled meanwhile, as in CPython) or with `None`s after a normal or early exit.
use super::runtime_api::{Rt, word};
use super::try_stmt::CleanupKind;
use super::{FunctionGen, Gen};
use crate::syntax::ast::{Stmt, WithItem};
use wasm_encoder::{BlockType, Instruction, ValType};

impl FunctionGen<'_, '_, '_> {
    pub fn with_statement(&mut self, items: &[WithItem], body: &[Stmt]) -> Gen {
        let Some((item, rest)) = items.split_first() else {
            self.statements(body);
            return Ok(());
        };
        self.enter(item.context.span)?;
        let result = self.with_item(item, rest, body);
        self.leave();
        result
    }

    fn with_item(&mut self, item: &WithItem, rest: &[WithItem], body: &[Stmt]) -> Gen {
        self.expr(&item.context)?;
        let manager = self.body.alloc_temp();
        self.body.store_slot(manager);
        self.body.load_slot(manager);
        self.body.call(Rt::WithEnter);
        self.body.check();
        let entered = self.body.alloc_temp();
        self.body.store_slot(entered);

        let done = self.body.block(BlockType::Empty);
        let normal = self.body.block(BlockType::Empty);
        self.enter_region(CleanupKind::WithExit(manager));
        self.body.handler_block();
        let inside = (|| -> Gen {
            if let Some(target) = &item.target {
                self.body.load_slot(entered);
                self.assign_top(target)?;
            }
            self.with_statement(rest, body)
        })();
        self.body.br(normal);
        self.body.end();
        self.leave_region();
        inside?;
        self.exit_for_exception(manager);
        self.body.br(done);
        self.body.end();
        self.with_exit_normally(manager);
        self.body.emit(Instruction::I32Const(-1));
        self.body.emit(Instruction::I32Eq);
        self.body.raise_if();
        self.body.end();
        self.body.free_temp();
        self.body.free_temp();
        Ok(())
    }

    /// An exception leaves the block: `__exit__` decides whether it is suppressed (then the
    /// code after this falls through to the end of the statement).
    fn exit_for_exception(&mut self, manager: u32) {
        let line = self.body.scratch.line;
        let raised_at = self.body.new_local(ValType::I32);
        let outcome = self.body.new_local(ValType::I32);
        self.body.emit(Instruction::LocalGet(line));
        self.body.emit(Instruction::LocalSet(raised_at));
        let exception = self.body.alloc_temp();
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.emit(Instruction::I32Const(0));
        self.body.call(Rt::ExcEnterHandler);
        self.body.store_slot(exception);
        self.body.load_slot(manager);
        self.body.load_slot(exception);
        self.body.call(Rt::WithExit);
        self.body.emit(Instruction::LocalSet(outcome));
        self.body.call(Rt::ExcLeaveHandler);
        // -1: `__exit__` raised (its exception is pending, chained to the one handled).
        self.body.emit(Instruction::LocalGet(outcome));
        self.body.emit(Instruction::I32Const(-1));
        self.body.emit(Instruction::I32Eq);
        self.body.raise_if();
        // 0: the exception goes on.
        self.body.emit(Instruction::LocalGet(outcome));
        self.body.emit(Instruction::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.body.emit(Instruction::LocalGet(raised_at));
        self.body.emit(Instruction::LocalSet(line));
        self.body.load_slot(exception);
        self.body.call(Rt::Reraise);
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.end();
        self.body.free_temp();
    }

    /// Calls `__exit__(None, None, None)`; leaves the i32 outcome of `mlrt_with_exit` (-1 =
    /// raised).
    pub(crate) fn with_exit_normally(&mut self, manager: u32) {
        self.body.load_slot(manager);
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.call(Rt::WithExit);
    }
}
