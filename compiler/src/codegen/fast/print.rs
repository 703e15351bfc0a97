//! `print(...)` of arguments that are all statically str: the strings are written directly, so
//! the program does not need the runtime's `str()` of every type.
use super::super::runtime_api::{Rt, word};
use super::super::types::Ty;
use super::super::{FunctionGen, Gen};
use crate::syntax::ast::{Expr, Keyword};
use wasm_encoder::Instruction;

impl FunctionGen<'_, '_, '_> {
    /// Hook of the builtin `print`: returns false (emitting nothing) unless every argument is a
    /// str and there are no keyword arguments.
    pub fn fast_print(&mut self, args: &[Expr], keywords: &[Keyword]) -> Gen<bool> {
        if !keywords.is_empty() || args.iter().any(|a| self.ty(a) != Ty::Str) {
            return Ok(false);
        }
        // Every argument is evaluated before anything is written (one may raise).
        let mut slots = Vec::new();
        for arg in args {
            self.expr(arg)?;
            let slot = self.body.alloc_temp();
            self.body.store_slot(slot);
            slots.push(slot);
        }
        for (i, &slot) in slots.iter().enumerate() {
            if i > 0 {
                self.string_constant(" ");
                self.body.call(Rt::WriteStr);
            }
            self.body.load_slot(slot);
            self.body.call(Rt::WriteStr);
        }
        self.string_constant("\n");
        self.body.call(Rt::WriteStr);
        for _ in &slots {
            self.body.free_temp();
        }
        self.body.emit(Instruction::I64Const(word::NONE));
        Ok(true)
    }
}
