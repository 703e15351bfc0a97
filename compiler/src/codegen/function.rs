//! One generated function: frame prologue, body, normal and exceptional exits.
use super::body::Body;
use super::runtime_api::{Rt, word};
use super::scope::Bindings;
use super::{CompiledFunction, FunctionGen, Shared};
use crate::syntax::ast::{FunctionDef, Stmt, StmtKind};
use hashbrown::HashMap;
use wasm_encoder::Instruction;

/// The hidden module slot holding default value `index` of function `name`.
pub fn default_slot_name(name: &str, index: usize) -> String {
    format!("{name}\0default{index}")
}

pub fn compile_function(shared: &mut Shared<'_, '_>, def: &FunctionDef) -> CompiledFunction {
    let params: Vec<&str> = def
        .params
        .posonly
        .iter()
        .chain(&def.params.args)
        .map(|p| p.name.id.as_str())
        .collect();
    let bindings = Bindings::of(&def.body);
    let mut locals = HashMap::new();
    for name in params
        .iter()
        .copied()
        .chain(bindings.names.iter().map(String::as_str))
    {
        if !bindings.declared_global.contains(name) && !locals.contains_key(name) {
            let slot = locals.len() as u32;
            locals.insert(name.to_owned(), slot);
        }
    }
    let param_count = params.len() as u32;
    let shared_scope = shared.resolution.scope_of(def.name.span);
    let mut generator = FunctionGen {
        body: Body::new(param_count, locals.len() as u32),
        shared,
        name: def.name.id.clone(),
        locals,
        declared_global: bindings.declared_global.clone(),
        loops: Vec::new(),
        handling: Vec::new(),
        nesting: 0,
        is_module: false,
        class_body: None,
        cells: Default::default(),
        scope: shared_scope,
    };
    let p = &def.params;
    if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonly.is_empty() {
        generator.unsupported(def.name.span, "*args, **kwargs and keyword-only parameters");
    }
    if !def.decorators.is_empty() || def.is_async {
        generator.unsupported(def.name.span, "decorators and async functions");
    }
    reject_nonlocal(&mut generator, &def.body);
    generator.start_typed_function(def, &params);
    generator.setup_cells(generator.scope);
    let line = generator.line_of(def.name.span);
    let mut body = generator.finish(&def.body, param_count);
    let clone = shared
        .functions
        .get(&def.name.id)
        .and_then(|(index, _)| shared.scalars.of(index as usize))
        .cloned();
    if let Some(clone) = clone {
        let entry = super::scalar::entry_code(shared, &mut body, &clone, &def.name.id, line);
        body.instructions.splice(0..0, entry);
    }
    CompiledFunction { param_count, body }
}

pub fn compile_module_body(shared: &mut Shared<'_, '_>, statements: &[Stmt]) -> CompiledFunction {
    let mut generator = FunctionGen {
        body: Body::new(0, 0),
        shared,
        name: "<module>".to_owned(),
        locals: HashMap::new(),
        declared_global: Default::default(),
        loops: Vec::new(),
        handling: Vec::new(),
        nesting: 0,
        is_module: true,
        class_body: None,
        cells: Default::default(),
        scope: None,
    };
    generator.start_typed(None, &[]);
    let body = generator.finish(statements, 0);
    CompiledFunction {
        param_count: 0,
        body,
    }
}

fn reject_nonlocal(generator: &mut FunctionGen<'_, '_, '_>, body: &[Stmt]) {
    for stmt in body {
        if let StmtKind::Nonlocal(_) = stmt.kind {
            generator.unsupported(stmt.span, "nonlocal");
        }
    }
}

impl FunctionGen<'_, '_, '_> {
    /// Generates the statements inside the exception frame, then wraps them with the prologue.
    pub(super) fn finish(mut self, statements: &[Stmt], param_count: u32) -> Body {
        self.body.handler_block();
        self.statements(statements);
        self.body.emit(Instruction::LocalGet(self.body.scratch.fp));
        self.body.call(Rt::FramePop);
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.emit(Instruction::Return);
        self.body.end();
        // An exception leaves the function: record the frame for the traceback.
        let name = self.name.clone();
        self.string_constant(&name);
        self.body
            .emit(Instruction::LocalGet(self.body.scratch.line));
        self.body.call(Rt::TracebackPush);
        self.body.emit(Instruction::LocalGet(self.body.scratch.fp));
        self.body.call(Rt::FramePop);
        self.body.emit(Instruction::I64Const(word::EXC));
        self.body.emit(Instruction::End);

        let mut body = self.body;
        let prologue = prologue(&body, param_count);
        body.instructions.splice(0..0, prologue);
        body
    }

    /// `return value` (the value is on the stack).
    pub fn return_value(&mut self) {
        self.body.emit(Instruction::LocalSet(self.body.scratch.r));
        self.body.emit(Instruction::LocalGet(self.body.scratch.fp));
        self.body.call(Rt::FramePop);
        self.body.emit(Instruction::LocalGet(self.body.scratch.r));
        self.body.emit(Instruction::Return);
    }
}

fn prologue(body: &Body, param_count: u32) -> Vec<Instruction<'static>> {
    let fp = body.scratch.fp;
    let mut code = super::fast::frame_push_code(fp, body.frame_size(), param_count);
    for param in 0..param_count {
        code.push(Instruction::LocalGet(fp));
        code.push(Instruction::LocalGet(param));
        code.push(Instruction::I64Store(super::body::slot_arg(param)));
    }
    code.extend(super::fast::poll_code());
    code
}
