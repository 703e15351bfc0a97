//! Attribute targets: `obj.name = v`, `obj.name op= v`, `del obj.name` (reads are in expr.rs).
use super::runtime_api::Rt;
use super::{FunctionGen, Gen};
use crate::source::Span;
use crate::syntax::ast::{BinOp, Expr, Name};
use wasm_encoder::Instruction;

impl FunctionGen<'_, '_, '_> {
    /// Stores the value on the stack into `object.attr`.
    pub fn store_attribute(&mut self, object: &Expr, attr: &Name) -> Gen {
        let value = self.body.alloc_temp();
        self.body.store_slot(value);
        self.expr(object)?;
        self.string_constant(&attr.id);
        self.body.load_slot(value);
        self.body.call(Rt::SetAttr);
        self.body.check_drop();
        self.body.free_temp();
        Ok(())
    }

    /// `object.attr op= value`: the object is evaluated once.
    pub fn aug_assign_attribute(
        &mut self,
        object: &Expr,
        attr: &Name,
        op: BinOp,
        value: &Expr,
        span: Span,
    ) -> Gen {
        self.expr(object)?;
        let object_slot = self.body.alloc_temp();
        self.body.store_slot(object_slot);
        self.body.load_slot(object_slot);
        self.string_constant(&attr.id);
        self.body.call(Rt::GetAttr);
        self.body.check();
        let current = self.body.alloc_temp();
        self.body.store_slot(current);
        self.expr(value)?;
        let operand = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(operand));
        self.body.load_slot(current);
        self.body.emit(Instruction::LocalGet(operand));
        self.binary(op, true, span)?;
        self.body.store_slot(current);
        self.body.load_slot(object_slot);
        self.string_constant(&attr.id);
        self.body.load_slot(current);
        self.body.call(Rt::SetAttr);
        self.body.check_drop();
        self.body.free_temp();
        self.body.free_temp();
        Ok(())
    }

    /// `del object.attr`
    pub fn delete_attribute(&mut self, object: &Expr, attr: &Name) -> Gen {
        self.expr(object)?;
        self.string_constant(&attr.id);
        self.body.call(Rt::DelAttr);
        self.body.check_drop();
        Ok(())
    }
}
