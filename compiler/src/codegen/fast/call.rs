//! Direct calls of module-level functions with positional arguments: the arguments go straight
//! from the wasm stack into the call (the callee stores them in its frame before it may poll)
//! unless a later argument may reach a collector poll.
use super::super::expr::may_poll;
use super::super::function::default_slot_name;
use super::super::runtime_api::Rt;
use super::super::{FRAME_GLOBAL, FunctionGen, Gen, Place};
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Keyword};
use wasm_encoder::{BlockType, Instruction};

impl FunctionGen<'_, '_, '_> {
    /// Hook of `user_call`: returns false (emitting nothing) when the call needs the general
    /// path (keywords, starred arguments, a TypeError to raise, special parameters).
    pub fn fast_direct_call(
        &mut self,
        index: u32,
        def: &FunctionDef,
        name: &str,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Gen<bool> {
        let p = &def.params;
        let params: Vec<_> = p.posonly.iter().chain(&p.args).collect();
        let simple = keywords.is_empty()
            && p.vararg.is_none()
            && p.kwarg.is_none()
            && p.kwonly.is_empty()
            && args.len() <= params.len()
            && params[args.len()..]
                .iter()
                .all(|param| param.default.is_some())
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && !args.iter().skip(1).any(|a| may_poll(a, 0));
        if !simple {
            return Ok(false);
        }
        for arg in args {
            self.expr(arg)?;
        }
        // The `def` must have run (it has when a function calls itself).
        if let Place::Global(slot) = self.place(name)
            && !self.is_self_call(index)
        {
            self.body.load_module_slot(FRAME_GLOBAL, slot);
            self.body.test_unbound();
            self.body.if_(BlockType::Empty);
            self.string_constant(name);
            self.body.call(Rt::RaiseNameError);
            self.body.emit(Instruction::Drop);
            self.body.raise();
            self.body.end();
        }
        for param in args.len()..params.len() {
            let slot = self.shared.slots.named(&default_slot_name(name, param));
            self.body.load_module_slot(FRAME_GLOBAL, slot);
        }
        self.body.emit(Instruction::Call(index));
        self.body.check();
        Ok(true)
    }
}
