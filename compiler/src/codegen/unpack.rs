//! Starred forms: `a, *rest, b = xs` targets, `*xs` in list/tuple/set displays and `**d` in
//! dict displays.
use super::runtime_api::{Rt, word};
use super::{FunctionGen, Gen};
use crate::source::Span;
use crate::syntax::ast::{Expr, ExprKind};
use wasm_encoder::Instruction;

impl FunctionGen<'_, '_, '_> {
    /// Stores the value on the stack into the targets `items`, one of which is `*name`.
    pub fn assign_starred(&mut self, items: &[Expr], span: Span) -> Gen {
        let mut stars = items
            .iter()
            .enumerate()
            .filter(|(_, item)| matches!(item.kind, ExprKind::Starred(_)));
        let (Some((star, _)), None) = (stars.next(), stars.next()) else {
            return Err(self.unsupported(span, "several starred targets in one assignment"));
        };
        let after = items.len() - star - 1;
        self.body.emit(Instruction::I32Const(star as i32));
        self.body.emit(Instruction::I32Const(after as i32));
        self.body.call(Rt::UnpackEx);
        self.body.check();
        let unpacked = self.body.alloc_temp();
        self.body.store_slot(unpacked);
        for (i, item) in items.iter().enumerate() {
            self.body.load_slot(unpacked);
            self.body.emit(Instruction::I32Const(i as i32));
            self.body.call(Rt::TupleGet);
            match &item.kind {
                ExprKind::Starred(inner) => self.assign_top(inner)?,
                _ => self.assign_top(item)?,
            }
        }
        self.body.free_temp();
        Ok(())
    }

    /// `*iterable` inside a list or set display held in `collection`: `extend`/`update`.
    pub fn extend_display(&mut self, collection: u32, iterable: &Expr, is_list: bool) -> Gen {
        self.expr(iterable)?;
        let method = if is_list { "extend" } else { "update" };
        self.call_method_with_one(collection, method)
    }

    /// `**mapping` inside a dict display held in `dict`.
    pub fn merge_display(&mut self, dict: u32, mapping: &Expr) -> Gen {
        self.expr(mapping)?;
        self.call_method_with_one(dict, "update")
    }

    /// `object.method(value)` for the object in slot `object` and the value on the stack.
    fn call_method_with_one(&mut self, object: u32, method: &str) -> Gen {
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.emit(Instruction::I32Const(1));
        self.body.call(Rt::TupleNew);
        let a = self.body.scratch.a;
        self.body.emit(Instruction::LocalTee(a));
        self.body.emit(Instruction::I32Const(0));
        self.body.emit(Instruction::LocalGet(r));
        self.body.call(Rt::TupleSet);
        self.body.load_slot(object);
        self.string_constant(method);
        self.body.emit(Instruction::LocalGet(a));
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.call(Rt::CallMethod);
        self.body.check_drop();
        Ok(())
    }

    /// A tuple display with starred items: built as a list, then `tuple(list)`.
    pub fn starred_tuple(&mut self, items: &[Expr]) -> Gen {
        self.expr(&Expr {
            kind: ExprKind::List(items.to_vec()),
            span: items.first().map_or(Span::default(), |i| i.span),
        })?;
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.emit(Instruction::I32Const(1));
        self.body.call(Rt::TupleNew);
        let a = self.body.scratch.a;
        self.body.emit(Instruction::LocalTee(a));
        self.body.emit(Instruction::I32Const(0));
        self.body.emit(Instruction::LocalGet(r));
        self.body.call(Rt::TupleSet);
        self.body.emit(Instruction::LocalGet(a));
        self.body.emit(Instruction::I64Const(word::NONE));
        self.call_generic_builtin("tuple");
        self.body.check();
        Ok(())
    }
}
