//! Generator expressions consumed at once by a builtin (`sum(x * x for x in xs)`,
//! `"".join(...)`, `any(...)`): a generator expression that is the sole argument of a builtin
//! which consumes it completely is compiled as the equivalent list comprehension, and `any`/`all`
//! become a loop that stops at the deciding element, with no generator object (`generator.rs`
//! makes the others). As in a generator, a StopIteration raised inside becomes RuntimeError.
use super::body::Label;
use super::runtime_api::{Rt, word};
use super::{FunctionGen, Gen, Place};
use crate::source::Span;
use crate::syntax::ast::{Comprehension, Expr, ExprKind, Keyword};
use wasm_encoder::{BlockType, Instruction, ValType};

/// Builtins that consume their (sole) iterable argument completely before returning.
const EAGER_CONSUMERS: &[&str] = &[
    "sum",
    "min",
    "max",
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "bytes",
];

impl FunctionGen<'_, '_, '_> {
    /// A call whose sole argument is a generator expression consumed at once; `None` when the
    /// call is not of that kind.
    pub fn genexp_call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
        span: Span,
    ) -> Option<Gen> {
        let [argument] = args else { return None };
        let ExprKind::GeneratorExp { elt, generators } = &argument.kind else {
            return None;
        };
        let consumer = match &func.kind {
            ExprKind::Name(name) if self.place(&name.id) == Place::Builtin => {
                self.builtin_name(&name.id).to_owned()
            }
            ExprKind::Attribute { value, attr } if attr.id == "join" && !self.is_sys(value) => {
                "join".to_owned()
            }
            _ => return None,
        };
        match consumer.as_str() {
            "any" | "all" if keywords.is_empty() => Some(self.as_generator_body(|this| {
                this.any_all(consumer == "all", elt, generators, argument.span)
            })),
            c if c == "join" || EAGER_CONSUMERS.contains(&c) => {
                let list = Expr {
                    kind: ExprKind::ListComp {
                        elt: elt.clone(),
                        generators: generators.clone(),
                    },
                    span: argument.span,
                };
                Some(self.as_generator_body(|this| {
                    this.call(func, std::slice::from_ref(&list), keywords, span)
                }))
            }
            _ => None,
        }
    }

    /// Runs `inline` (which leaves a value) with the exception semantics of a generator's body:
    /// a StopIteration leaving it becomes RuntimeError (PEP 479).
    fn as_generator_body(&mut self, inline: impl FnOnce(&mut Self) -> Gen) -> Gen {
        let done = self.body.block(BlockType::Result(ValType::I64));
        self.body.handler_block();
        inline(self)?;
        self.body.br(done);
        self.body.end();
        self.body.call(Rt::GeneratorEscape);
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.end();
        Ok(())
    }

    /// `any(elt for ...)` / `all(elt for ...)`: stops at the first true (any) or false (all)
    /// element, as the generator would.
    fn any_all(
        &mut self,
        is_all: bool,
        elt: &Expr,
        generators: &[Comprehension],
        span: Span,
    ) -> Gen {
        if generators.iter().any(|g| g.is_async) {
            return Err(self.unsupported(span, "async comprehensions"));
        }
        self.body.emit(Instruction::I64Const(word::bool(is_all)));
        let result = self.body.alloc_temp();
        self.body.store_slot(result);
        let done = self.body.block(BlockType::Empty);
        let saved = (self.locals.clone(), self.cells.clone());
        let outcome = self.any_all_loops(is_all, elt, generators, result, done, span);
        (self.locals, self.cells) = saved;
        outcome?;
        self.body.end();
        self.body.load_slot(result);
        self.body.free_temp();
        Ok(())
    }

    fn any_all_loops(
        &mut self,
        is_all: bool,
        elt: &Expr,
        generators: &[Comprehension],
        result: u32,
        done: Label,
        span: Span,
    ) -> Gen {
        let Some((generator, inner)) = generators.split_first() else {
            self.condition(elt)?;
            if is_all {
                self.body.emit(Instruction::I32Eqz);
            }
            self.body.if_(BlockType::Empty);
            self.body.emit(Instruction::I64Const(word::bool(!is_all)));
            self.body.store_slot(result);
            self.body.br(done);
            self.body.end();
            return Ok(());
        };
        self.comprehension_clause(generator, span, |this| {
            this.any_all_loops(is_all, elt, inner, result, done, span)
        })
    }
}
