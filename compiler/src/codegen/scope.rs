//! Simple scope analysis: which names are module globals, which are locals of a function, and
//! which module-level functions can be called directly.
use crate::syntax::ast::{Expr, ExprKind, FStringPart, FunctionDef, Stmt, StmtKind};
use hashbrown::{HashMap, HashSet};

/// Names bound by statements of one scope (not looking into nested functions or classes).
#[derive(Default)]
pub struct Bindings<'a> {
    /// Every bound name, in first-binding order.
    pub names: Vec<String>,
    seen: HashSet<String>,
    /// Names declared `global`.
    pub declared_global: HashSet<String>,
    /// How many `def` statements bind each name, and how many other bindings.
    pub def_count: HashMap<String, u32>,
    pub other_count: HashMap<String, u32>,
    /// The `def` statements of this scope, in source order (nested in compound statements too).
    pub functions: Vec<&'a FunctionDef>,
}

impl<'a> Bindings<'a> {
    pub fn of(body: &'a [Stmt]) -> Bindings<'a> {
        let mut bindings = Bindings::default();
        bindings.statements(body);
        bindings
    }

    pub fn contains(&self, name: &str) -> bool {
        self.seen.contains(name)
    }

    fn bind(&mut self, name: &str, is_def: bool) {
        if self.seen.insert(name.to_owned()) {
            self.names.push(name.to_owned());
        }
        let counts = if is_def {
            &mut self.def_count
        } else {
            &mut self.other_count
        };
        *counts.entry(name.to_owned()).or_insert(0) += 1;
    }

    fn statements(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.statement(stmt);
        }
    }

    fn statement(&mut self, stmt: &'a Stmt) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.walrus(e),
            StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
                for target in targets {
                    self.target(target);
                }
                self.walrus(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.walrus(value);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                self.target(target);
                if let Some(value) = value {
                    self.walrus(value);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.walrus(test);
                self.statements(body);
                self.statements(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target);
                self.walrus(iter);
                self.statements(body);
                self.statements(orelse);
            }
            StmtKind::FunctionDef(def) => {
                self.bind(&def.name.id, true);
                self.functions.push(def);
            }
            StmtKind::ClassDef(class) => self.bind(&class.name.id, false),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.statements(body);
                for handler in handlers {
                    if let Some(name) = &handler.name {
                        self.bind(&name.id, false);
                    }
                    self.statements(&handler.body);
                }
                self.statements(orelse);
                self.statements(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    if let Some(target) = &item.target {
                        self.target(target);
                    }
                }
                self.statements(body);
            }
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    let mut captures = Vec::new();
                    super::match_stmt::pattern_captures(&case.pattern, &mut captures);
                    captures.iter().for_each(|name| self.bind(&name.id, false));
                    self.statements(&case.body);
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    match &alias.asname {
                        Some(name) => self.bind(&name.id, false),
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.bind(first, false);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let name = alias.asname.as_ref().map_or(alias.name.as_str(), |n| &n.id);
                    self.bind(name, false);
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    self.declared_global.insert(name.id.clone());
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.target(target);
                }
            }
            StmtKind::Return(Some(e)) => self.walrus(e),
            _ => {}
        }
    }

    fn target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(name) => self.bind(&name.id, false),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.target(item);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => {}
        }
    }

    /// `x := value` binds `x` in the enclosing scope.
    fn walrus(&mut self, expr: &Expr) {
        let mut found = Vec::new();
        named_expr_targets(expr, &mut found, 0);
        for name in found {
            self.bind(&name, false);
        }
    }
}

const MAX_DEPTH: u32 = 200;

fn named_expr_targets(expr: &Expr, out: &mut Vec<String>, depth: u32) {
    if depth > MAX_DEPTH {
        return;
    }
    let mut visit = |e: &Expr| named_expr_targets(e, out, depth + 1);
    match &expr.kind {
        ExprKind::NamedExpr { target, value } => {
            out.push(target.id.clone());
            named_expr_targets(value, out, depth + 1);
        }
        ExprKind::BinOp { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::UnaryOp { operand, .. } => visit(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(visit),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit(left);
            comparators.iter().for_each(visit);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit(func);
            args.iter().for_each(&mut visit);
            keywords.iter().for_each(|k| visit(&k.value));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => visit(value),
        ExprKind::Subscript { value, index } => {
            visit(value);
            visit(index);
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(visit)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut visit);
            values.iter().for_each(visit);
        }
        ExprKind::FString(parts) => {
            for part in parts {
                if let FStringPart::Field { value, .. } = part {
                    visit(value);
                }
            }
        }
        // `:=` in a comprehension binds in the enclosing scope (H13).
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            visit(elt);
            for generator in generators {
                visit(&generator.iter);
                generator.ifs.iter().for_each(&mut visit);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            visit(key);
            visit(value);
            for generator in generators {
                visit(&generator.iter);
                generator.ifs.iter().for_each(&mut visit);
            }
        }
        _ => {}
    }
}

/// What the whole module knows about names.
pub struct ModuleScope<'a> {
    pub bindings: Bindings<'a>,
    /// Names bound (by assignment) in some function through a `global` declaration.
    pub assigned_via_global: HashSet<String>,
}

impl<'a> ModuleScope<'a> {
    pub fn new(body: &'a [Stmt]) -> ModuleScope<'a> {
        let bindings = Bindings::of(body);
        let mut assigned_via_global = HashSet::new();
        for def in &bindings.functions {
            let inner = Bindings::of(&def.body);
            for name in &inner.declared_global {
                if inner.contains(name) {
                    assigned_via_global.insert(name.clone());
                }
            }
        }
        ModuleScope {
            bindings,
            assigned_via_global,
        }
    }

    /// A module-level function only ever bound by one `def`: calls go straight to its code.
    pub fn is_direct_function(&self, name: &str) -> bool {
        self.bindings.def_count.get(name) == Some(&1)
            && !self.bindings.other_count.contains_key(name)
            && !self.assigned_via_global.contains(name)
    }

    pub fn is_global(&self, name: &str) -> bool {
        self.bindings.contains(name) || self.assigned_via_global.contains(name)
    }
}
