//! Functions as values: nested functions, closures and their cells, function objects.
//!
//! Every `def`/`lambda` becomes a function object (`mlrt_function_new`) whose closure is the
//! tuple `(sig, defaults, cells...)` (`runtime/src/bind.rs`). A function that is not a direct
//! module-level function is compiled on the fly as a wasm function taking its bound parameters
//! then the closure; its uniform entry (`params.rs`) binds `(args, kwargs)` and calls it.
//! Variables captured by inner scopes live in cells: their frame slot holds the cell object
//! (`Place::Cell`), and a free variable's slot holds the enclosing function's cell, taken from
//! the closure at entry. Which names are cells and frees comes from the resolver.
use super::body::Body;
use super::runtime_api::{Rt, word};
use super::scope::Bindings;
use super::{CompiledFunction, FRAME_GLOBAL, FunctionGen, Gen, Place, TABLE_BASE_GLOBAL};
use crate::resolve::{ScopeId, ScopeInfo, ScopeKind};
use crate::source::Span;
use crate::syntax::ast::{Expr, FunctionDef, Name, Param, Parameters, Stmt, StmtKind};
use hashbrown::{HashMap, HashSet};
use wasm_encoder::{BlockType, Instruction};

/// Hidden local of a closure function: its closure tuple (the last wasm parameter).
pub(super) const CLOSURE_LOCAL: &str = "\0closure";
/// Items of a closure tuple before the cells: the signature and the defaults.
pub(super) const CLOSURE_HEADER: i32 = 2;
/// `NameError` kind number (ABI.md exception kinds).
const NAME_ERROR: i32 = 10;

/// A function compiled on the fly (nested functions, lambdas, uniform entries).
pub struct ExtraFunction {
    pub name: String,
    pub compiled: CompiledFunction,
}

/// The parameters in the order of the bound-arguments tuple (and of the direct entry):
/// positional, `*args`, keyword-only, `**kwargs`.
pub fn bound_params(params: &Parameters) -> Vec<&Param> {
    params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg)
        .collect()
}

/// A module-level function may get a direct entry when calls can be matched at compile time.
pub fn has_simple_signature(def: &FunctionDef) -> bool {
    let p = &def.params;
    p.vararg.is_none()
        && p.kwarg.is_none()
        && p.kwonly.is_empty()
        && def.decorators.is_empty()
        && !def.is_async
}

impl FunctionGen<'_, '_, '_> {
    /// The resolver's scope of `def` (keyed by its name), or of a lambda (keyed by `node`).
    pub fn scope_info(&self, node: Span) -> Option<&ScopeInfo> {
        let resolution = &self.shared.resolution;
        resolution.scope_of(node).map(|id| resolution.scope(id))
    }

    /// Emits, at the start of a function, the creation of the cells of its captured locals
    /// (parameters copied in) and the loading of its free variables' cells from the closure.
    /// Called right after the generator is created, before any statement.
    pub fn setup_cells(&mut self, scope: Option<ScopeId>) {
        let Some(scope) = scope else { return };
        let info = self.shared.resolution.scope(scope).clone();
        for (i, name) in info.frees.iter().enumerate() {
            let (Some(&slot), Some(&closure)) =
                (self.locals.get(name), self.locals.get(CLOSURE_LOCAL))
            else {
                continue;
            };
            self.body.load_slot(closure);
            self.body
                .emit(Instruction::I32Const(CLOSURE_HEADER + i as i32));
            self.body.call(Rt::TupleGet);
            self.body.store_slot(slot);
            self.cells.insert(name.clone());
        }
        for name in &info.cells {
            let Some(&slot) = self.locals.get(name) else {
                continue;
            };
            if info.frees.contains(name) {
                continue;
            }
            self.body.load_slot(slot);
            self.body.call(Rt::CellNew);
            self.exit_if_raised();
            self.body.store_slot(slot);
            self.cells.insert(name.clone());
        }
        if let Some(typed) = self.body.typed.as_mut() {
            let cells = &self.cells;
            typed.floats.retain(|name, _| !cells.contains(name));
            typed.bound_params.retain(|name| !cells.contains(name));
        }
    }

    /// Before the exception frame exists: return `EXC` if the word on the stack is `EXC`.
    fn exit_if_raised(&mut self) {
        let check = self.body.scratch.check;
        self.body.emit(Instruction::LocalTee(check));
        self.body.emit(Instruction::I64Const(word::EXC));
        self.body.emit(Instruction::I64Eq);
        self.body.if_(BlockType::Empty);
        self.body.emit(Instruction::I64Const(word::EXC));
        self.return_value();
        self.body.end();
        self.body.emit(Instruction::LocalGet(check));
    }

    /// Reads the variable whose cell is in `slot`.
    pub fn load_cell(&mut self, name: &Name, slot: u32) -> Gen {
        self.body.load_slot(slot);
        self.body.call(Rt::CellGet);
        self.body.test_unbound();
        self.body.if_(BlockType::Empty);
        if self.is_free_here(&name.id) {
            let message = format!(
                "cannot access free variable '{}' where it is not associated with a value in \
                 enclosing scope",
                name.id
            );
            self.body.emit(Instruction::I32Const(NAME_ERROR));
            self.string_constant(&message);
            self.body.call(Rt::RaiseNew);
        } else {
            self.string_constant(&name.id);
            self.body.call(Rt::RaiseUnboundLocal);
        }
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.end();
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.check));
        Ok(())
    }

    fn is_free_here(&self, name: &str) -> bool {
        self.scope
            .map(|s| {
                self.shared
                    .resolution
                    .scope(s)
                    .frees
                    .iter()
                    .any(|f| f == name)
            })
            .unwrap_or(false)
    }

    /// Stores the word on the stack into the variable whose cell is in `slot`.
    pub fn store_cell(&mut self, slot: u32) {
        let store = self.body.scratch.store;
        self.body.emit(Instruction::LocalSet(store));
        self.body.load_slot(slot);
        self.body.emit(Instruction::LocalGet(store));
        self.body.call(Rt::CellSet);
    }

    /// A comprehension target that an inner lambda captures gets a fresh cell in `slot` (one
    /// per run of the comprehension, as in CPython). Returns whether `name` is such a cell.
    pub fn comprehension_cell(&mut self, comprehension: Span, name: &str, slot: u32) -> Gen<bool> {
        let is_cell = self.scope_info(comprehension).is_some_and(|info| {
            info.kind == ScopeKind::Comprehension && info.cells.iter().any(|c| c == name)
        });
        if !is_cell {
            self.cells.remove(name);
            return Ok(false);
        }
        self.body.emit(Instruction::I64Const(word::UNBOUND));
        self.body.call(Rt::CellNew);
        self.body.check();
        self.body.store_slot(slot);
        self.cells.insert(name.to_owned());
        Ok(true)
    }

    /// `def` statement of anything but a direct module-level function: the function object,
    /// decorators applied, stored into the function's name.
    pub fn def_statement(&mut self, def: &FunctionDef) -> Gen {
        let decorators = self.decorators(&def.decorators)?;
        self.function_value(def)?;
        self.apply_decorators(decorators)?;
        let target = Expr {
            kind: crate::syntax::ast::ExprKind::Name(def.name.clone()),
            span: def.name.span,
        };
        self.assign_top(&target)
    }

    /// Evaluates the decorator expressions (outermost first) into temporary slots.
    fn decorators(&mut self, decorators: &[Expr]) -> Gen<Vec<u32>> {
        let mut slots = Vec::new();
        for decorator in decorators {
            self.expr(decorator)?;
            let slot = self.body.alloc_temp();
            self.body.store_slot(slot);
            slots.push(slot);
        }
        Ok(slots)
    }

    /// Calls the decorators in `slots` on the value on the stack, innermost first.
    fn apply_decorators(&mut self, slots: Vec<u32>) -> Gen {
        for &slot in slots.iter().rev() {
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.emit(Instruction::I32Const(1));
            self.body.call(Rt::TupleNew);
            self.body.emit(Instruction::LocalSet(self.body.scratch.a));
            self.body.emit(Instruction::LocalGet(self.body.scratch.a));
            self.body.emit(Instruction::I32Const(0));
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(Rt::TupleSet);
            let arguments = self.body.scratch.a;
            self.body.load_slot(slot);
            self.body.emit(Instruction::LocalGet(arguments));
            self.body.emit(Instruction::I64Const(word::NONE));
            self.body.call(Rt::Call);
            self.body.check();
        }
        for _ in &slots {
            self.body.free_temp();
        }
        Ok(())
    }

    /// Leaves the function object of `def` (decorators not applied) on the stack: defaults are
    /// evaluated now, the code is compiled as a closure function.
    pub fn function_value(&mut self, def: &FunctionDef) -> Gen {
        if def.is_async {
            return Err(self.unsupported(def.name.span, "async functions"));
        }
        let scope = self.shared.resolution.scope_of(def.name.span);
        self.defaults_tuple(&def.params, None)?;
        let defaults = self.body.alloc_temp();
        self.body.store_slot(defaults);
        let entry = self.compile_closure_function(def, scope)?;
        let frees = scope
            .map(|s| self.shared.resolution.scope(s).frees.clone())
            .unwrap_or_default();
        let qualname = self.qualname(scope, &def.name.id);
        let function = FunctionInfo {
            entry,
            name: &def.name,
            qualname: &qualname,
            params: &def.params,
        };
        self.make_function(function, defaults, &frees)?;
        self.body.free_temp();
        Ok(())
    }

    /// The function object of direct module-level function `index` (`def` at module level):
    /// its defaults go to their hidden module slots (read by direct calls) and the closure.
    pub fn direct_function_value(&mut self, def: &FunctionDef, index: u32) -> Gen {
        self.defaults_tuple(&def.params, Some(&def.name.id))?;
        let defaults = self.body.alloc_temp();
        self.body.store_slot(defaults);
        let entry = self.uniform_entry(&def.name.id, index, &def.params, false);
        let function = FunctionInfo {
            entry,
            name: &def.name,
            qualname: &def.name.id,
            params: &def.params,
        };
        self.make_function(function, defaults, &[])?;
        self.body.free_temp();
        Ok(())
    }

    /// `<qualname of the enclosing function>.<locals>.name`, `Class.name`, or `name`.
    pub(super) fn qualname(&self, scope: Option<ScopeId>, name: &str) -> String {
        let resolution = &self.shared.resolution;
        let mut parts = vec![name.to_owned()];
        let mut parent = scope.and_then(|s| resolution.scope(s).parent);
        let mut guard = 0;
        while let Some(p) = parent {
            guard += 1;
            if guard > super::MAX_NESTING {
                break;
            }
            let info = resolution.scope(p);
            match info.kind {
                ScopeKind::Function | ScopeKind::Lambda => {
                    parts.push(format!("{}.<locals>", info.name))
                }
                ScopeKind::Class => parts.push(info.name.clone()),
                ScopeKind::Module | ScopeKind::Comprehension => {}
            }
            parent = info.parent;
        }
        parts.reverse();
        parts.join(".")
    }

    /// Builds the function object: `mlrt_function_new(table_base + entry, name, closure)`.
    fn make_function(
        &mut self,
        function: FunctionInfo<'_>,
        defaults: u32,
        frees: &[String],
    ) -> Gen {
        let mut cells = Vec::new();
        for free in frees {
            match self.place(free) {
                Place::Cell(slot) => cells.push(slot),
                _ => {
                    let what = format!("capturing the variable {free} here");
                    return Err(self.unsupported(function.name.span, &what));
                }
            }
        }
        self.body
            .emit(Instruction::I32Const(CLOSURE_HEADER + cells.len() as i32));
        self.body.call(Rt::TupleNew);
        let closure = self.body.alloc_temp();
        self.body.store_slot(closure);
        self.signature_tuple(function.qualname, function.params);
        self.set_item(closure, 0);
        self.body.load_slot(defaults);
        self.set_item(closure, 1);
        for (i, &cell) in cells.iter().enumerate() {
            self.body.load_slot(cell);
            self.set_item(closure, CLOSURE_HEADER as u32 + i as u32);
        }
        self.body.emit(Instruction::GlobalGet(TABLE_BASE_GLOBAL));
        self.body.emit(Instruction::I32Const(function.entry as i32));
        self.body.emit(Instruction::I32Add);
        self.string_constant(&function.name.id);
        self.body.load_slot(closure);
        self.body.call(Rt::FunctionNew);
        self.body.check();
        self.body.free_temp();
        Ok(())
    }

    /// `tuple[index] = <word on the stack>` for the tuple in `slot`.
    fn set_item(&mut self, slot: u32, index: u32) {
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.load_slot(slot);
        self.body.emit(Instruction::I32Const(index as i32));
        self.body.emit(Instruction::LocalGet(r));
        self.body.call(Rt::TupleSet);
    }

    /// The defaults tuple aligned with the named parameters (`UNBOUND` = none), or None.
    /// `direct`: also store each default in the hidden module slot direct calls read.
    fn defaults_tuple(&mut self, params: &Parameters, direct: Option<&str>) -> Gen {
        let named: Vec<&Param> = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .collect();
        if named.iter().all(|p| p.default.is_none()) {
            self.body.emit(Instruction::I64Const(word::NONE));
            return Ok(());
        }
        self.body.emit(Instruction::I32Const(named.len() as i32));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.alloc_temp();
        self.body.store_slot(tuple);
        for (i, param) in named.iter().enumerate() {
            match &param.default {
                Some(default) => {
                    self.expr(default)?;
                    if let Some(function) = direct {
                        let name = super::function::default_slot_name(function, i);
                        let slot = self.shared.slots.named(&name);
                        self.body.emit(Instruction::LocalTee(self.body.scratch.a));
                        self.body.store_module_slot(FRAME_GLOBAL, slot);
                        self.body.emit(Instruction::LocalGet(self.body.scratch.a));
                    }
                }
                None => self.body.emit(Instruction::I64Const(word::UNBOUND)),
            }
            self.set_item(tuple, i as u32);
        }
        self.body.load_slot(tuple);
        self.body.free_temp();
        Ok(())
    }

    /// Compiles `def` as a closure function plus its uniform entry; returns the entry's index
    /// in the module's function table.
    fn compile_closure_function(&mut self, def: &FunctionDef, scope: Option<ScopeId>) -> Gen<u32> {
        if super::generator_function::contains_yield(&def.body) {
            let creator = self.generator_function(def, scope)?;
            return Ok(self.uniform_entry(&def.name.id, creator, &def.params, true));
        }
        let bound = bound_params(&def.params);
        let bindings = Bindings::of(&def.body);
        let mut locals = HashMap::new();
        for param in &bound {
            let slot = locals.len() as u32;
            locals.entry(param.name.id.clone()).or_insert(slot);
        }
        let count = bound.len() as u32;
        locals.insert(CLOSURE_LOCAL.to_owned(), count);
        let info = scope.map(|s| self.shared.resolution.scope(s).clone());
        let resolver_names = info
            .iter()
            .flat_map(|i| i.locals.iter().chain(&i.cells).chain(&i.frees));
        for name in bindings.names.iter().chain(resolver_names) {
            if !bindings.declared_global.contains(name) && !locals.contains_key(name) {
                let slot = locals.len() as u32;
                locals.insert(name.clone(), slot);
            }
        }
        let param_count = count + 1;
        let named_slots = locals.len() as u32;
        let mut child = FunctionGen {
            body: Body::new(param_count, named_slots),
            shared: &mut *self.shared,
            name: def.name.id.clone(),
            locals,
            declared_global: bindings.declared_global.clone(),
            loops: Vec::new(),
            handling: Vec::new(),
            nesting: self.nesting,
            is_module: false,
            class_body: None,
            cells: HashSet::new(),
            scope,
        };
        child.setup_cells(scope);
        let body = child.finish(&def.body, param_count);
        let direct = self.push_extra(&def.name.id, CompiledFunction { param_count, body });
        Ok(self.uniform_entry(&def.name.id, direct, &def.params, true))
    }

    /// Adds a function compiled on the fly; returns its symbolic function index.
    pub fn push_extra(&mut self, name: &str, compiled: CompiledFunction) -> u32 {
        let index = self.shared.functions.defs.len() + self.shared.extra.len();
        self.shared.extra.push(ExtraFunction {
            name: name.to_owned(),
            compiled,
        });
        index as u32
    }

    /// Adds `target` (a symbolic function index or import target) to the function table;
    /// returns its index relative to the module's first entry.
    pub fn table_entry(&mut self, target: u32) -> u32 {
        self.shared.table.push(target);
        self.shared.table.len() as u32 - 1
    }
}

/// What `make_function` needs to know about the function being made.
struct FunctionInfo<'f> {
    /// Index of the uniform entry in the module's function table.
    entry: u32,
    name: &'f Name,
    qualname: &'f str,
    params: &'f Parameters,
}

/// A lambda as the function it is: `def <lambda>(params): return body`.
pub fn lambda_def(params: &Parameters, body: &Expr, span: Span) -> FunctionDef {
    FunctionDef {
        name: Name {
            id: "<lambda>".to_owned(),
            spelling: None,
            span,
        },
        is_async: false,
        decorators: Vec::new(),
        params: params.clone(),
        returns: None,
        body: vec![Stmt {
            kind: StmtKind::Return(Some(body.clone())),
            span: body.span,
        }],
    }
}
