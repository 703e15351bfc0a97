//! Generator expressions used as values: a runtime generator object (`runtime/src/generator.rs`)
//! whose code is a *resume function* `(frame: i64, sent: i64) -> i64` compiled here.
//!
//! The resume function's frame is the generator's own slots (heap memory the collector scans
//! through the generator), so its `fp` points there instead of at a shadow-stack frame, and every
//! variable, iterator and temporary of the body survives between resumptions. Slot 0 is the
//! resume state, slot 1 the iterator of the first `for` clause (evaluated at the expression's
//! site, as Python does), then the cells of the variables read from enclosing functions; the
//! comprehension targets and temporaries follow. The nested clauses are loops that, when
//! resuming, skip straight to the innermost one without advancing the outer iterators.
use super::body::{Body, slot_arg};
use super::runtime_api::{Rt, word};
use super::{CompiledFunction, FunctionGen, Gen, Place, TABLE_BASE_GLOBAL};
use crate::resolve::ScopeId;
use crate::source::Span;
use crate::syntax::ast::{Comprehension, Expr};
use hashbrown::{HashMap, HashSet};
use wasm_encoder::{BlockType, Instruction, ValType};

/// Frame slot holding the resume state: `STATE_START` until the first value is produced.
pub(super) const STATE_SLOT: u32 = 0;
/// Frame slot holding the iterator of the first clause.
const FIRST_ITERATOR_SLOT: u32 = 1;
/// Frame slot of the first captured cell.
const FIRST_CELL_SLOT: u32 = 2;
/// Hidden local names of the fixed slots.
const STATE_LOCAL: &str = "\0state";
const FIRST_ITERATOR_LOCAL: &str = "\0iterator";
/// Resume states (small ints): not started yet, suspended after producing a value.
const STATE_START: i64 = 0;
const STATE_SUSPENDED: u32 = 1;
/// Name of the code in tracebacks, as CPython shows it.
const GENEXPR: &str = "<genexpr>";

/// The resume function's own wasm parameters.
const FRAME_PARAM: u32 = 0;
pub(super) const SENT_PARAM: u32 = 1;
pub(super) const RESUME_PARAMS: u32 = 2;

impl FunctionGen<'_, '_, '_> {
    /// `(elt for target in iter ...)` as a value: the first iterable is evaluated and `iter()`ed
    /// here, the rest runs lazily in the generator.
    pub fn generator_expression(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        span: Span,
    ) -> Gen {
        if generators.iter().any(|g| g.is_async) {
            return Err(self.unsupported(span, "async comprehensions"));
        }
        let Some(first) = generators.first() else {
            return Err(self.unsupported(span, "this generator expression"));
        };
        let scope = self.shared.resolution.scope_of(span);
        let frees = scope
            .map(|s| self.shared.resolution.scope(s).frees.clone())
            .unwrap_or_default();
        let mut cells = Vec::new();
        for free in &frees {
            match self.place(free) {
                Place::Cell(slot) => cells.push(slot),
                _ => {
                    let what = format!("capturing the variable {free} here");
                    return Err(self.unsupported(span, &what));
                }
            }
        }
        self.expr(&first.iter)?;
        self.body.call(Rt::Iter);
        self.body.check();
        let iterator = self.body.alloc_temp();
        self.body.store_slot(iterator);
        let (entry, nslots) = self.compile_resume(elt, generators, scope, &frees, span)?;
        let qualname = self.qualname(scope, GENEXPR);
        self.body.emit(Instruction::GlobalGet(TABLE_BASE_GLOBAL));
        self.body.emit(Instruction::I32Const(entry as i32));
        self.body.emit(Instruction::I32Add);
        self.body.emit(Instruction::I32Const(nslots as i32));
        self.string_constant(&qualname);
        self.body.call(Rt::GeneratorNew);
        self.body.check();
        let generator = self.body.alloc_temp();
        self.body.store_slot(generator);
        let frame = self.body.new_local(ValType::I32);
        self.body.load_slot(generator);
        self.body.call(Rt::GeneratorFrame);
        self.body.emit(Instruction::LocalSet(frame));
        let captured = std::iter::once((FIRST_ITERATOR_SLOT, iterator)).chain(
            cells
                .iter()
                .enumerate()
                .map(|(i, &cell)| (FIRST_CELL_SLOT + i as u32, cell)),
        );
        for (to, from) in captured {
            self.body.emit(Instruction::LocalGet(frame));
            self.body.load_slot(from);
            self.body.emit(Instruction::I64Store(slot_arg(to)));
        }
        self.body.load_slot(generator);
        self.body.free_temp();
        self.body.free_temp();
        Ok(())
    }

    /// Compiles the resume function; returns its function-table entry and its frame size.
    fn compile_resume(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        scope: Option<ScopeId>,
        frees: &[String],
        span: Span,
    ) -> Gen<(u32, u32)> {
        let mut locals = HashMap::new();
        locals.insert(STATE_LOCAL.to_owned(), STATE_SLOT);
        locals.insert(FIRST_ITERATOR_LOCAL.to_owned(), FIRST_ITERATOR_SLOT);
        for (i, free) in frees.iter().enumerate() {
            locals.insert(free.clone(), FIRST_CELL_SLOT + i as u32);
        }
        let named_slots = FIRST_CELL_SLOT + frees.len() as u32;
        let line = self.line_of(span);
        let mut child = FunctionGen {
            body: Body::new(RESUME_PARAMS, named_slots),
            shared: &mut *self.shared,
            name: GENEXPR.to_owned(),
            locals,
            declared_global: HashSet::new(),
            loops: Vec::new(),
            handling: Vec::new(),
            nesting: self.nesting,
            is_module: false,
            class_body: None,
            cells: frees.iter().cloned().collect(),
            scope,
        };
        child.resume_body(elt, generators, line, span)?;
        let nslots = child.body.frame_size();
        let body = child.body;
        let function = self.push_extra(
            GENEXPR,
            CompiledFunction {
                param_count: RESUME_PARAMS,
                body,
            },
        );
        Ok((self.table_entry(function), nslots))
    }

    /// The whole resume function: `fp` = the generator's slots, the clauses, "exhausted" when
    /// they are, and the traceback record of an exception leaving the generator.
    fn resume_body(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        line: u32,
        span: Span,
    ) -> Gen {
        self.open_resume(line);
        let resuming = self.body.new_local(ValType::I32);
        self.body.load_slot(STATE_SLOT);
        self.body.emit(Instruction::I64Const(STATE_START));
        self.body.emit(Instruction::I64Ne);
        self.body.emit(Instruction::LocalSet(resuming));
        // The targets (and the cells of those inner lambdas capture) exist once per generator.
        self.body.emit(Instruction::LocalGet(resuming));
        self.body.emit(Instruction::I32Eqz);
        self.body.if_(BlockType::Empty);
        for generator in generators {
            self.bind_targets(&generator.target, span)?;
        }
        self.body.end();
        self.resume_clause(elt, generators, 0, resuming)?;
        self.close_resume(GENEXPR);
        Ok(())
    }

    /// Start of a resume function: `fp` = the generator's frame, the exception handler opened.
    pub(super) fn open_resume(&mut self, line: u32) {
        let fp = self.body.scratch.fp;
        self.body.emit(Instruction::LocalGet(FRAME_PARAM));
        self.body.emit(Instruction::I32WrapI64);
        self.body.emit(Instruction::LocalSet(fp));
        self.body.set_line(line);
        self.body.handler_block();
    }

    /// End of a resume function: falling off the end finishes the generator; an exception
    /// records frame `name` in the traceback.
    pub(super) fn close_resume(&mut self, name: &str) {
        self.finish_generator();
        self.body.end();
        self.string_constant(name);
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.line));
        self.body.call(Rt::TracebackPush);
        self.body.emit(Instruction::I64Const(word::EXC));
        self.body.emit(Instruction::End);
    }

    /// Returns from the resume function: the generator is finished.
    pub(super) fn finish_generator(&mut self) {
        self.body.emit(Instruction::I64Const(word::UNBOUND));
        self.body.emit(Instruction::Return);
    }

    /// Clause `index` and the ones inside it. When `resuming`, the outer clauses keep their
    /// current element and the innermost one advances.
    fn resume_clause(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        index: usize,
        resuming: u32,
    ) -> Gen {
        let generator = &generators[index];
        let innermost = index + 1 == generators.len();
        let iterator = if index == 0 {
            FIRST_ITERATOR_SLOT
        } else {
            let slot = self.body.alloc_temp();
            self.body.emit(Instruction::LocalGet(resuming));
            self.body.emit(Instruction::I32Eqz);
            self.body.if_(BlockType::Empty);
            self.expr(&generator.iter)?;
            self.body.call(Rt::Iter);
            self.body.check();
            self.body.store_slot(slot);
            self.body.end();
            slot
        };
        let exhausted = self.body.block(BlockType::Empty);
        let next = self.body.loop_(BlockType::Empty);
        if innermost {
            self.body.emit(Instruction::I32Const(0));
            self.body.emit(Instruction::LocalSet(resuming));
        } else {
            self.body.emit(Instruction::LocalGet(resuming));
            self.body.emit(Instruction::I32Eqz);
            self.body.if_(BlockType::Empty);
        }
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
        if innermost {
            self.yield_value(elt)?;
        } else {
            self.body.end();
            self.resume_clause(elt, generators, index + 1, resuming)?;
        }
        self.body.br(next);
        self.body.end();
        self.body.end();
        Ok(())
    }

    /// Returns the value of `elt` from the resume function, suspended.
    fn yield_value(&mut self, elt: &Expr) -> Gen {
        self.expr(elt)?;
        self.suspend(STATE_SUSPENDED);
        Ok(())
    }

    /// Returns the value on the stack from the resume function, to resume in `state` next.
    pub(super) fn suspend(&mut self, state: u32) {
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.emit(Instruction::LocalGet(self.body.scratch.fp));
        self.body.emit(Instruction::I64Const(i64::from(state) << 1));
        self.body.emit(Instruction::I64Store(slot_arg(STATE_SLOT)));
        self.body.emit(Instruction::LocalGet(r));
        self.body.emit(Instruction::Return);
    }
}
