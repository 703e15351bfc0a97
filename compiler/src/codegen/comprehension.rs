//! List, set and dict comprehensions, inlined as loops (as CPython 3.12 does); their targets
//! live in temporary slots, invisible outside the comprehension.
use super::runtime_api::Rt;
use super::{FunctionGen, Gen};
use crate::source::Span;
use crate::syntax::ast::{Comprehension, Expr, ExprKind};
use wasm_encoder::{BlockType, Instruction};

/// What a comprehension builds.
pub enum Collect<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
}

impl FunctionGen<'_, '_, '_> {
    pub fn comprehension(
        &mut self,
        collect: Collect<'_>,
        generators: &[Comprehension],
        span: Span,
    ) -> Gen {
        if generators.iter().any(|g| g.is_async) {
            return Err(self.unsupported(span, "async comprehensions"));
        }
        match collect {
            Collect::List(_) => {
                self.body.emit(Instruction::I32Const(0));
                self.body.call(Rt::ListNew);
            }
            Collect::Set(_) => self.body.call(Rt::SetNew),
            Collect::Dict(..) => self.body.call(Rt::DictNew),
        }
        let result = self.body.alloc_temp();
        self.body.store_slot(result);
        let saved = (self.locals.clone(), self.cells.clone());
        let outcome = self.generators(&collect, generators, result, span);
        (self.locals, self.cells) = saved;
        outcome?;
        self.body.load_slot(result);
        self.body.free_temp();
        Ok(())
    }

    fn generators(
        &mut self,
        collect: &Collect<'_>,
        generators: &[Comprehension],
        result: u32,
        span: Span,
    ) -> Gen {
        let Some((generator, inner)) = generators.split_first() else {
            return self.collect_item(collect, result);
        };
        self.comprehension_clause(generator, span, |this| {
            this.generators(collect, inner, result, span)
        })
    }

    /// One `for target in iter if ...` clause: runs `body` for every element that passes the
    /// conditions. The first iterable is evaluated in the enclosing scope, the others inside.
    pub fn comprehension_clause(
        &mut self,
        generator: &Comprehension,
        span: Span,
        body: impl FnOnce(&mut Self) -> Gen,
    ) -> Gen {
        self.expr(&generator.iter)?;
        self.body.call(Rt::Iter);
        self.body.check();
        let iterator = self.body.alloc_temp();
        self.body.store_slot(iterator);
        self.bind_targets(&generator.target, span)?;
        let exhausted = self.body.block(BlockType::Empty);
        let next = self.body.loop_(BlockType::Empty);
        self.body.call(Rt::GcPoll);
        self.body.load_slot(iterator);
        self.body.call(Rt::Next);
        self.body.check();
        self.body.test_unbound();
        self.body.br_if(exhausted);
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.check));
        self.assign_top(&generator.target)?;
        for condition in &generator.ifs {
            self.condition(condition)?;
            self.body.emit(Instruction::I32Eqz);
            self.body.br_if(next);
        }
        body(self)?;
        self.body.br(next);
        self.body.end();
        self.body.end();
        Ok(())
    }

    /// Gives every name of a comprehension target its own temporary slot (holding a cell when
    /// an inner lambda captures it).
    pub fn bind_targets(&mut self, target: &Expr, comprehension: Span) -> Gen {
        match &target.kind {
            ExprKind::Name(name) => {
                let slot = self.body.alloc_temp();
                self.locals.insert(name.id.clone(), slot);
                self.comprehension_cell(comprehension, &name.id, slot)?;
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items
                .iter()
                .try_for_each(|item| self.bind_targets(item, comprehension)),
            _ => Err(self.unsupported(target.span, "this comprehension target")),
        }
    }

    fn collect_item(&mut self, collect: &Collect<'_>, result: u32) -> Gen {
        let r = self.body.scratch.r;
        match collect {
            Collect::List(elt) | Collect::Set(elt) => {
                self.expr(elt)?;
                self.body.emit(Instruction::LocalSet(r));
                self.body.load_slot(result);
                self.body.emit(Instruction::LocalGet(r));
                self.body.call(if matches!(collect, Collect::List(_)) {
                    Rt::ListAppend
                } else {
                    Rt::SetAdd
                });
            }
            Collect::Dict(key, value) => {
                self.expr(key)?;
                let key_slot = self.body.alloc_temp();
                self.body.store_slot(key_slot);
                self.expr(value)?;
                self.body.emit(Instruction::LocalSet(r));
                self.body.load_slot(result);
                self.body.load_slot(key_slot);
                self.body.emit(Instruction::LocalGet(r));
                self.body.call(Rt::DictSet);
                self.body.free_temp();
            }
        }
        self.body.check_drop();
        Ok(())
    }
}
