//! `class` statements and zero-argument `super()`.
//!
//! A class body runs once, right where the statement is, so it is generated inline in the
//! enclosing function: its namespace dict waits in a frame slot, names the body binds are entries
//! of that dict (reads fall back to the globals and builtins, as Python's class scopes do), and
//! `mlrt_class_new(name, bases, namespace)` makes the class. Methods are function objects stored
//! in the namespace like any other binding.
//!
//! `super()` needs the class a method was defined in: each class statement also stores its class
//! in a hidden module slot, and [`ClassMap`] tells which functions are (nested in) which class.
use super::runtime_api::{Rt, word};
use super::scope::Bindings;
use super::{FRAME_GLOBAL, FunctionGen, Gen, Place};
use crate::resolve::ScopeKind;
use crate::source::Span;
use crate::syntax::ast::{ClassDef, Expr, ExprKind, FunctionDef, Keyword, Name, Stmt, StmtKind};
use hashbrown::HashSet;
use wasm_encoder::{BlockType, Instruction, ValType};

/// Kind number of `RuntimeError` (ABI.md, exception kinds).
const RUNTIME_ERROR: i32 = 13;

/// The class body being generated.
pub(crate) struct ClassBody {
    /// Frame slot of the namespace dict.
    namespace: u32,
    /// Names the class body binds (entries of the namespace).
    names: HashSet<String>,
}

/// A function defined inside a class body (or nested in such a function): where `super()`
/// finds its class and its receiver.
struct MethodScope {
    span: Span,
    class_slot: String,
    first_param: Option<String>,
}

/// Every function whose zero-argument `super()` refers to a class, for the whole module.
#[derive(Default)]
pub(crate) struct ClassMap {
    methods: Vec<MethodScope>,
}

const MAX_DEPTH: u32 = 200;

impl ClassMap {
    pub fn new(module: &[Stmt]) -> ClassMap {
        let mut map = ClassMap::default();
        map.statements(module, None, 0);
        map
    }

    fn statements(&mut self, statements: &[Stmt], class_slot: Option<&str>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        for stmt in statements {
            self.statement(stmt, class_slot, depth + 1);
        }
    }

    fn statement(&mut self, stmt: &Stmt, class_slot: Option<&str>, depth: u32) {
        match &stmt.kind {
            StmtKind::ClassDef(class) => {
                let slot = class_slot_name(class);
                self.statements(&class.body, Some(&slot), depth);
            }
            StmtKind::FunctionDef(def) => {
                if let Some(class_slot) = class_slot {
                    let first_param = def.params.posonly.iter().chain(&def.params.args).next();
                    self.methods.push(MethodScope {
                        span: stmt.span,
                        class_slot: class_slot.to_owned(),
                        first_param: first_param.map(|p| p.name.id.clone()),
                    });
                }
                self.statements(&def.body, class_slot, depth);
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                self.statements(body, class_slot, depth);
                self.statements(orelse, class_slot, depth);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.statements(body, class_slot, depth);
                for handler in handlers {
                    self.statements(&handler.body, class_slot, depth);
                }
                self.statements(orelse, class_slot, depth);
                self.statements(finalbody, class_slot, depth);
            }
            StmtKind::With { body, .. } => self.statements(body, class_slot, depth),
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    self.statements(&case.body, class_slot, depth);
                }
            }
            _ => {}
        }
    }

    /// The innermost function defined in a class that contains `span`.
    fn method_at(&self, span: Span) -> Option<&MethodScope> {
        self.methods
            .iter()
            .filter(|m| m.span.start <= span.start && span.end <= m.span.end)
            .min_by_key(|m| m.span.end.saturating_sub(m.span.start))
    }
}

/// The hidden module slot holding the class a `class` statement made last.
fn class_slot_name(class: &ClassDef) -> String {
    format!("{}\0class@{}", class.name.id, class.name.span.start)
}

/// The docstring of a class body (a string literal as its first statement).
fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Str(text),
            ..
        }) => Some(text),
        _ => None,
    }
}

fn name_expr(name: &Name) -> Expr {
    Expr {
        kind: ExprKind::Name(name.clone()),
        span: name.span,
    }
}

impl FunctionGen<'_, '_, '_> {
    /// `@decorators class Name(bases): body`
    pub fn class_def(&mut self, class: &ClassDef) -> Gen {
        if let Some(keyword) = class.keywords.first() {
            return Err(self.unsupported(keyword.span, "class keywords (metaclass=...)"));
        }
        let decorators = self.class_decorators(&class.decorators)?;
        self.tuple(&class.bases)?;
        let bases = self.body.alloc_temp();
        self.body.store_slot(bases);
        self.body.call(Rt::DictNew);
        self.body.check();
        let namespace = self.body.alloc_temp();
        self.body.store_slot(namespace);
        self.namespace_set(namespace, "__module__", |this| {
            this.string_constant("__main__");
        });
        let qualname = self.class_qualname(class);
        self.namespace_set(namespace, "__qualname__", |this| {
            this.string_constant(&qualname);
        });
        // Every class has its own `__doc__` (None without a docstring), never its base's.
        let doc = docstring(&class.body);
        self.namespace_set(namespace, "__doc__", |this| match doc {
            Some(doc) => this.string_constant(doc),
            None => this.body.emit(Instruction::I64Const(word::NONE)),
        });

        let bindings = Bindings::of(&class.body);
        let names = bindings
            .names
            .iter()
            .filter(|n| !bindings.declared_global.contains(*n))
            .cloned()
            .collect();
        let outer = self.class_body.replace(ClassBody { namespace, names });
        self.statements(&class.body);
        self.class_body = outer;

        let line = self.line_of(class.name.span);
        self.body.set_line(line);
        self.string_constant(&class.name.id);
        self.body.load_slot(bases);
        self.body.load_slot(namespace);
        self.body.call(Rt::ClassNew);
        self.body.check();
        let hidden = self.shared.slots.named(&class_slot_name(class));
        self.body.store_module_slot(FRAME_GLOBAL, hidden);
        self.body.load_module_slot(FRAME_GLOBAL, hidden);
        self.body.free_temp();
        self.body.free_temp();
        self.apply_class_decorators(&decorators)?;
        self.assign_top(&name_expr(&class.name))
    }

    /// `f.<locals>.A`, `Outer.Inner` or `A`, from the resolver's scopes.
    // TODO(H14/H13): same walk as closure.rs `qualname` (private there); share it once exposed.
    fn class_qualname(&self, class: &ClassDef) -> String {
        let resolution = &self.shared.resolution;
        let mut parts = vec![class.name.id.clone()];
        let scope = resolution.scope_of(class.name.span);
        let mut parent = scope.and_then(|s| resolution.scope(s).parent);
        for _ in 0..MAX_DEPTH {
            let Some(id) = parent else { break };
            let info = resolution.scope(id);
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

    /// `namespace[key] = value()`
    fn namespace_set(&mut self, namespace: u32, key: &str, value: impl FnOnce(&mut Self)) {
        self.body.load_slot(namespace);
        self.string_constant(key);
        value(self);
        self.body.call(Rt::DictSet);
        self.body.check_drop();
    }

    /// Evaluates the decorator expressions (outermost first) into frame slots.
    fn class_decorators(&mut self, exprs: &[Expr]) -> Gen<Vec<u32>> {
        let mut slots = Vec::new();
        for expr in exprs {
            self.expr(expr)?;
            let slot = self.body.alloc_temp();
            self.body.store_slot(slot);
            slots.push(slot);
        }
        Ok(slots)
    }

    /// Calls the decorators waiting in `slots` on the value on the stack, innermost first, and
    /// releases their slots.
    fn apply_class_decorators(&mut self, slots: &[u32]) -> Gen {
        if slots.is_empty() {
            return Ok(());
        }
        let held = self.body.alloc_temp();
        self.body.store_slot(held);
        for &decorator in slots.iter().rev() {
            let args = self.body.scratch.r;
            self.body.emit(Instruction::I32Const(1));
            self.body.call(Rt::TupleNew);
            self.body.emit(Instruction::LocalTee(args));
            self.body.emit(Instruction::I32Const(0));
            self.body.load_slot(held);
            self.body.call(Rt::TupleSet);
            self.body.load_slot(decorator);
            self.body.emit(Instruction::LocalGet(args));
            self.body.emit(Instruction::I64Const(word::NONE));
            self.body.call(Rt::Call);
            self.body.check();
            self.body.store_slot(held);
        }
        self.body.load_slot(held);
        for _ in 0..=slots.len() {
            self.body.free_temp();
        }
        Ok(())
    }

    /// Whether `name` is bound by the class body being generated (an entry of its namespace).
    pub fn is_class_local(&self, name: &str) -> bool {
        self.class_body
            .as_ref()
            .is_some_and(|body| body.names.contains(name))
    }

    fn class_namespace(&self) -> u32 {
        self.class_body.as_ref().map_or(0, |body| body.namespace)
    }

    /// Reads a class-body name: the namespace entry, else the global or builtin of that name.
    pub fn class_name_load(&mut self, name: &Name) -> Gen {
        let namespace = self.class_namespace();
        self.body.load_slot(namespace);
        self.string_constant(&name.id);
        self.body.call(Rt::Contains);
        self.body.check();
        self.body.emit(Instruction::I64Const(word::TRUE));
        self.body.emit(Instruction::I64Eq);
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.load_slot(namespace);
        self.string_constant(&name.id);
        self.body.call(Rt::GetItem);
        self.body.check();
        self.body.else_();
        let body = self.class_body.take();
        let fallback = if self.is_unbound_everywhere(&name.id) {
            self.string_constant(&name.id);
            self.body.call(Rt::RaiseNameError);
            self.body.emit(Instruction::Drop);
            self.body.raise();
            self.body.emit(Instruction::I64Const(word::NONE));
            Ok(())
        } else {
            self.load_name(name)
        };
        self.class_body = body;
        self.body.end();
        fallback
    }

    /// Neither a variable outside the class body nor a builtin: reading it is a NameError.
    fn is_unbound_everywhere(&mut self, name: &str) -> bool {
        self.place(name) == Place::Builtin
            && crate::resolve::builtin_for(name, self.shared.lexicon).is_none()
    }

    /// Stores the value on the stack into a class-body name.
    pub fn class_name_store(&mut self, name: &Name) -> Gen {
        let namespace = self.class_namespace();
        let value = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(value));
        self.body.load_slot(namespace);
        self.string_constant(&name.id);
        self.body.emit(Instruction::LocalGet(value));
        self.body.call(Rt::DictSet);
        self.body.check_drop();
        Ok(())
    }

    /// `del name` for a class-body name.
    pub fn class_name_delete(&mut self, name: &Name) -> Gen {
        let namespace = self.class_namespace();
        self.body.load_slot(namespace);
        self.string_constant(&name.id);
        self.body.call(Rt::DelItem);
        self.body.check_drop();
        Ok(())
    }

    /// `def` in a class body: always a function object bound in the namespace (never a direct
    /// function, even when a module-level function has the same name).
    pub fn method_def(&mut self, def: &FunctionDef) -> Gen {
        self.def_statement(def)
    }

    /// `super()` (the method's class and first parameter) and `super(cls, obj)`.
    pub fn super_call(&mut self, args: &[Expr], keywords: &[Keyword], span: Span) -> Gen {
        if !keywords.is_empty() || !matches!(args.len(), 0 | 2) {
            return Err(self.unsupported(span, "this form of super()"));
        }
        if let [cls, obj] = args {
            self.operands(&[cls, obj])?;
            self.body.call(Rt::Super);
            self.body.check();
            return Ok(());
        }
        let method = self
            .shared
            .classes
            .method_at(span)
            .map(|m| (m.class_slot.clone(), m.first_param.clone()));
        let (class_slot, receiver) = match method {
            Some((class_slot, Some(receiver))) => (class_slot, receiver),
            Some((_, None)) => {
                self.raise_runtime_error("super(): no arguments");
                return Ok(());
            }
            None => {
                self.raise_runtime_error("super(): __class__ cell not found");
                return Ok(());
            }
        };
        let slot = self.shared.slots.named(&class_slot);
        self.body.load_module_slot(FRAME_GLOBAL, slot);
        let receiver = Name {
            id: receiver,
            spelling: None,
            span,
        };
        self.load_name(&receiver)?;
        self.body.call(Rt::Super);
        self.body.check();
        Ok(())
    }

    /// Raises `RuntimeError(message)`; leaves an (unreachable) value for validation.
    fn raise_runtime_error(&mut self, message: &str) {
        self.body.emit(Instruction::I32Const(RUNTIME_ERROR));
        self.string_constant(message);
        self.body.call(Rt::RaiseNew);
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.emit(Instruction::I64Const(word::NONE));
    }
}
