//! The body of a clone: statements, locals, definite assignment, loops and the bail exit.
//! Generation stops (`NotScalar`) at the first construct a clone does not model.
use super::{Clone, Clones, Scalar};
use crate::codegen::body::{Body, Label};
use crate::codegen::{CompiledFunction, Shared};
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Stmt, StmtKind};
use hashbrown::{HashMap, HashSet};
use wasm_encoder::{BlockType, Instruction, ValType};

/// The function cannot have a clone.
#[derive(Debug)]
pub struct NotScalar;

pub type Emit<T = ()> = Result<T, NotScalar>;

/// Deepest statement/expression nesting a clone is generated for.
const MAX_NESTING: u32 = 100;

/// Labels of the innermost loop.
#[derive(Clone, Copy)]
struct LoopLabels {
    break_to: Label,
    continue_to: Label,
}

/// Generation state of one clone.
pub struct CloneGen<'s, 'a, 'm> {
    pub shared: &'s mut Shared<'a, 'm>,
    pub clones: &'s Clones,
    pub body: Body,
    /// Index of the function in `FunctionTable::defs`.
    pub def: usize,
    /// Local name -> (representation, wasm local).
    pub locals: HashMap<String, (Scalar, u32)>,
    /// Locals definitely assigned at the current point.
    pub assigned: HashSet<String>,
    loops: Vec<LoopLabels>,
    /// The block whose end returns with the bail flag set.
    pub bail: Label,
    /// The i32 parameter holding the call budget.
    pub budget: u32,
    /// The parameters' representations and wasm locals.
    pub params: Vec<(Scalar, u32)>,
    /// The function's name (its self calls).
    name: String,
    /// Set when self tail calls loop (`tail.rs`).
    tail: Option<super::tail::TailLoop>,
    result: Scalar,
    nesting: u32,
}

/// Generates the clone of direct function `def` (index `index`), or `None` when the function
/// uses anything a clone does not model.
pub fn clone_body(
    shared: &mut Shared<'_, '_>,
    clones: &Clones,
    index: usize,
    def: &FunctionDef,
    clone: &Clone,
) -> Option<CompiledFunction> {
    let params: Vec<&str> = def
        .params
        .posonly
        .iter()
        .chain(&def.params.args)
        .map(|p| p.name.id.as_str())
        .collect();
    let param_count = params.len() as u32 + 1;
    let mut body = Body::new(param_count, 0);
    let mut param_types: Vec<ValType> = clone.params.iter().map(|p| p.val_type()).collect();
    param_types.push(ValType::I32);
    body.signature = Some((param_types, vec![clone.result.val_type(), ValType::I32]));
    let bail = body.block(BlockType::Empty);
    let mut generator = CloneGen {
        shared,
        clones,
        body,
        def: index,
        locals: HashMap::new(),
        assigned: HashSet::new(),
        loops: Vec::new(),
        bail,
        budget: param_count - 1,
        params: Vec::new(),
        name: def.name.id.clone(),
        tail: None,
        result: clone.result,
        nesting: 0,
    };
    for (i, (name, &kind)) in params.iter().zip(&clone.params).enumerate() {
        generator
            .locals
            .insert((*name).to_owned(), (kind, i as u32));
        generator.assigned.insert((*name).to_owned());
        generator.params.push((kind, i as u32));
    }
    generator.declare_locals(def).ok()?;
    if clone.result == Scalar::Int
        && !generator.locals.contains_key(&def.name.id)
        && super::tail::has_tail_call(&def.body, &def.name.id)
    {
        let accumulator = generator.body.new_local(ValType::I64);
        let top = generator.body.loop_(BlockType::Empty);
        generator.tail = Some(super::tail::TailLoop { top, accumulator });
    }
    generator.check_budget();
    generator.statements(&def.body).ok()?;
    if generator.tail.is_some() {
        generator.body.br(bail);
        generator.body.end();
    }
    // Falling off the end returns None, which a clone does not model.
    let mut body = generator.body;
    body.br(bail);
    body.end();
    body.emit(zero(clone.result));
    body.emit(Instruction::I32Const(1));
    body.emit(Instruction::End);
    Some(CompiledFunction { param_count, body })
}

/// A constant of representation `kind` (the value a bailing clone returns).
pub fn zero(kind: Scalar) -> Instruction<'static> {
    match kind {
        Scalar::Int => Instruction::I64Const(0),
        Scalar::Float => Instruction::F64Const(0.0.into()),
        Scalar::Bool => Instruction::I32Const(0),
    }
}

impl CloneGen<'_, '_, '_> {
    /// Every name the function binds gets a wasm local of its inferred representation.
    fn declare_locals(&mut self, def: &FunctionDef) -> Emit {
        let bindings = crate::codegen::scope::Bindings::of(&def.body);
        if !bindings.declared_global.is_empty() {
            return Err(NotScalar);
        }
        for name in &bindings.names {
            if self.locals.contains_key(name) {
                continue;
            }
            let kind =
                super::Scalar::of(self.shared.types.local(self.def, name)).ok_or(NotScalar)?;
            let local = self.body.new_local(kind.val_type());
            self.locals.insert(name.clone(), (kind, local));
        }
        Ok(())
    }

    /// Bails when the call nesting budget is spent.
    fn check_budget(&mut self) {
        use Instruction as I;
        self.body.emit(I::LocalGet(self.budget));
        self.body.emit(I::I32Const(0));
        self.body.emit(I::I32LeS);
        self.body.br_if(self.bail);
    }

    pub fn enter(&mut self) -> Emit {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(NotScalar);
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.nesting -= 1;
    }

    fn statements(&mut self, body: &[Stmt]) -> Emit {
        for stmt in body {
            self.enter()?;
            self.statement(stmt)?;
            self.leave();
        }
        Ok(())
    }

    fn statement(&mut self, stmt: &Stmt) -> Emit {
        use Instruction as I;
        match &stmt.kind {
            StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Str(_) => Ok(()),
                ExprKind::Call { .. } => {
                    self.expr(e)?;
                    self.body.emit(I::Drop);
                    Ok(())
                }
                _ => Err(NotScalar),
            },
            StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
                let [target] = targets.as_slice() else {
                    return Err(NotScalar);
                };
                self.assign(target, value)
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } => self.assign(target, value),
            StmtKind::AugAssign { target, op, value } => {
                let ExprKind::Name(name) = &target.kind else {
                    return Err(NotScalar);
                };
                let kind = self.read_local(&name.id)?;
                self.emit_local_get(&name.id)?;
                let result = self.binary_values(kind, *op, value)?;
                self.store_local(&name.id, result)
            }
            StmtKind::Return(Some(value)) => {
                if let Some(tail) = self.tail
                    && let Some((added, args)) = super::tail::tail_call(value, &self.name)
                {
                    return self.tail_return(added, args, tail);
                }
                let kind = self.expr(value)?;
                if kind != self.result {
                    return Err(NotScalar);
                }
                if let Some(tail) = self.tail {
                    self.accumulate(tail.accumulator)?;
                    self.body.emit(I::LocalGet(tail.accumulator));
                }
                self.body.emit(I::I32Const(0));
                self.body.emit(I::Return);
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.condition(test)?;
                self.body.if_(BlockType::Empty);
                let before = self.assigned.clone();
                self.statements(body)?;
                let after_body = self.after_branch(body, before.clone());
                self.body.else_();
                self.assigned = before;
                self.statements(orelse)?;
                let after_else = self.after_branch(orelse, self.assigned.clone());
                self.body.end();
                self.assigned = join(after_body, after_else);
                Ok(())
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_range(target, iter, body, orelse),
            StmtKind::Break => {
                let labels = *self.loops.last().ok_or(NotScalar)?;
                self.body.br(labels.break_to);
                Ok(())
            }
            StmtKind::Continue => {
                let labels = *self.loops.last().ok_or(NotScalar)?;
                self.body.br(labels.continue_to);
                Ok(())
            }
            _ => Err(NotScalar),
        }
    }

    /// The names definitely assigned after a branch: all of them (`None`) when it always leaves.
    fn after_branch(&self, body: &[Stmt], assigned: HashSet<String>) -> Option<HashSet<String>> {
        if leaves(body) { None } else { Some(assigned) }
    }

    fn assign(&mut self, target: &Expr, value: &Expr) -> Emit {
        match &target.kind {
            ExprKind::Name(name) => {
                let kind = self.expr(value)?;
                self.store_local(&name.id, kind)
            }
            ExprKind::Tuple(names) | ExprKind::List(names) => {
                let (ExprKind::Tuple(values) | ExprKind::List(values)) = &value.kind else {
                    return Err(NotScalar);
                };
                if names.len() != values.len() {
                    return Err(NotScalar);
                }
                // All values first, into fresh locals; then the targets left to right.
                let mut staged = Vec::new();
                for value in values {
                    let kind = self.expr(value)?;
                    let local = self.body.new_local(kind.val_type());
                    self.body.emit(Instruction::LocalSet(local));
                    staged.push((kind, local));
                }
                for (target, (kind, local)) in names.iter().zip(staged) {
                    let ExprKind::Name(name) = &target.kind else {
                        return Err(NotScalar);
                    };
                    self.body.emit(Instruction::LocalGet(local));
                    self.store_local(&name.id, kind)?;
                }
                Ok(())
            }
            _ => Err(NotScalar),
        }
    }

    /// Stores the value on the stack (of representation `kind`) into local `name`.
    pub fn store_local(&mut self, name: &str, kind: Scalar) -> Emit {
        let &(declared, local) = self.locals.get(name).ok_or(NotScalar)?;
        if declared != kind {
            return Err(NotScalar);
        }
        self.body.emit(Instruction::LocalSet(local));
        self.assigned.insert(name.to_owned());
        Ok(())
    }

    /// The representation of local `name`, which must be definitely assigned here.
    pub fn read_local(&self, name: &str) -> Emit<Scalar> {
        let &(kind, _) = self.locals.get(name).ok_or(NotScalar)?;
        if !self.assigned.contains(name) {
            return Err(NotScalar);
        }
        Ok(kind)
    }

    pub fn emit_local_get(&mut self, name: &str) -> Emit {
        let &(_, local) = self.locals.get(name).ok_or(NotScalar)?;
        self.body.emit(Instruction::LocalGet(local));
        Ok(())
    }

    /// `while test: body else: orelse`. Assignments in the loop do not count after it.
    fn while_loop(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Emit {
        use Instruction as I;
        let before = self.assigned.clone();
        let break_to = self.body.block(BlockType::Empty);
        let continue_to = self.body.loop_(BlockType::Empty);
        self.condition(test)?;
        self.body.emit(I::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.statements(orelse)?;
        self.body.br(break_to);
        self.body.end();
        self.assigned = before.clone();
        self.loops.push(LoopLabels {
            break_to,
            continue_to,
        });
        self.statements(body)?;
        self.loops.pop();
        self.body.br(continue_to);
        self.body.end();
        self.body.end();
        self.assigned = before;
        Ok(())
    }

    /// `for name in range(...)`: the bounds are evaluated once; the counter is a hidden local
    /// copied into `name` at the start of each iteration.
    fn for_range(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Emit {
        use Instruction as I;
        let ExprKind::Name(name) = &target.kind else {
            return Err(NotScalar);
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return Err(NotScalar);
        };
        if !keywords.is_empty() || self.builtin(func) != Some("range") {
            return Err(NotScalar);
        }
        let (start, stop, step) = (
            self.body.new_local(ValType::I64),
            self.body.new_local(ValType::I64),
            self.body.new_local(ValType::I64),
        );
        let constant_step = match args.as_slice() {
            [stop_arg] => {
                self.body.emit(I::I64Const(0));
                self.body.emit(I::LocalSet(start));
                self.int_operand(stop_arg, stop)?;
                Some(1)
            }
            [start_arg, stop_arg] => {
                self.int_operand(start_arg, start)?;
                self.int_operand(stop_arg, stop)?;
                Some(1)
            }
            [start_arg, stop_arg, step_arg] => {
                self.int_operand(start_arg, start)?;
                self.int_operand(stop_arg, stop)?;
                let constant = int_constant(step_arg).filter(|&s| s != 0);
                self.int_operand(step_arg, step)?;
                if constant.is_none() {
                    // range() arg 3 must not be zero (ValueError).
                    self.body.emit(I::LocalGet(step));
                    self.body.emit(I::I64Eqz);
                    self.body.br_if(self.bail);
                }
                constant
            }
            _ => return Err(NotScalar),
        };
        if let Some(constant) = constant_step {
            self.body.emit(I::I64Const(constant));
            self.body.emit(I::LocalSet(step));
        }
        let before = self.assigned.clone();
        let break_to = self.body.block(BlockType::Empty);
        let top = self.body.loop_(BlockType::Empty);
        // More to go: start < stop (step > 0) or start > stop (step < 0).
        self.body.emit(I::LocalGet(start));
        self.body.emit(I::LocalGet(stop));
        match constant_step {
            Some(s) if s > 0 => self.body.emit(I::I64LtS),
            Some(_) => self.body.emit(I::I64GtS),
            None => {
                self.body.emit(I::I64LtS);
                self.body.emit(I::LocalGet(start));
                self.body.emit(I::LocalGet(stop));
                self.body.emit(I::I64GtS);
                self.body.emit(I::LocalGet(step));
                self.body.emit(I::I64Const(0));
                self.body.emit(I::I64GtS);
                self.body.emit(I::Select);
            }
        }
        self.body.emit(I::I32Eqz);
        self.body.if_(BlockType::Empty);
        self.assigned = before.clone();
        self.statements(orelse)?;
        self.body.br(break_to);
        self.body.end();
        self.body.emit(I::LocalGet(start));
        self.assigned = before.clone();
        self.store_local(&name.id, Scalar::Int)?;
        let continue_to = self.body.block(BlockType::Empty);
        self.loops.push(LoopLabels {
            break_to,
            continue_to,
        });
        self.statements(body)?;
        self.loops.pop();
        self.body.end();
        // start += step; past the end of i64 means past stop: the loop ends normally.
        let next = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalGet(start));
        self.body.emit(I::LocalGet(step));
        self.body.emit(I::I64Add);
        self.body.emit(I::LocalSet(next));
        super::arith::add_overflows(&mut self.body, start, step, next);
        self.body.if_(BlockType::Empty);
        self.body.emit(I::LocalGet(stop));
        self.body.emit(I::LocalSet(start));
        self.body.else_();
        self.body.emit(I::LocalGet(next));
        self.body.emit(I::LocalSet(start));
        self.body.end();
        self.body.br(top);
        self.body.end();
        self.body.end();
        self.assigned = before;
        Ok(())
    }

    /// Evaluates an int (or bool) operand into i64 local `local`.
    fn int_operand(&mut self, e: &Expr, local: u32) -> Emit {
        let kind = self.expr(e)?;
        self.coerce(kind, Scalar::Int)?;
        self.body.emit(Instruction::LocalSet(local));
        Ok(())
    }
}

/// The value of an int literal (possibly negated).
pub fn int_constant(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(digits) => digits.parse().ok(),
        ExprKind::UnaryOp {
            op: crate::syntax::ast::UnaryOp::Neg,
            operand,
        } => int_constant(operand)?.checked_neg(),
        _ => None,
    }
}

/// The statements always leave the enclosing block (return, break or continue last).
fn leaves(body: &[Stmt]) -> bool {
    body.last().is_some_and(|last| match &last.kind {
        StmtKind::Return(_) | StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If { body, orelse, .. } => leaves(body) && leaves(orelse),
        _ => false,
    })
}

/// Definitely assigned after two branches (`None`: the branch never falls through).
fn join(a: Option<HashSet<String>>, b: Option<HashSet<String>>) -> HashSet<String> {
    match (a, b) {
        (Some(a), Some(b)) => a.intersection(&b).cloned().collect(),
        (Some(x), None) | (None, Some(x)) => x,
        // Neither falls through: whatever follows is unreachable.
        (None, None) => HashSet::new(),
    }
}
