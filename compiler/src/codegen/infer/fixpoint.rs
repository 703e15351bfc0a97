//! The fixpoint of the inference: every analysed scope (the module body, each direct function)
//! is run until its variables are stable, call sites feed parameter types, `return`s feed return
//! types, and rounds repeat until nothing changes.
use super::super::scope::Bindings;
use super::super::types::{
    Env, Inferred, MAX_DEPTH, MAX_ROUNDS, ModuleTypes, Opaque, Ty, binary_type, expr_type, join,
};
use super::walk::{
    Child, always_leaves, expr_bound_names, for_each_child, for_each_subexpr, has_inner_scope,
    target_names,
};
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Keyword, Stmt, StmtKind};
use hashbrown::{HashMap, HashSet};

/// How names of the program resolve, from the point of view of inference.
pub trait Names {
    /// The index of the direct module-level function `name` (as seen from module level).
    fn direct_function(&self, name: &str) -> Option<usize>;
    /// The English builtin `name` denotes when the program does not bind it.
    fn builtin(&self, name: &str) -> Option<&'static str>;
    /// `name` is bound at module level (or assigned through `global` somewhere).
    fn is_global(&self, name: &str) -> bool;
    /// `name` is a module global assigned inside some function through `global`.
    fn assigned_in_function(&self, name: &str) -> bool;
}

/// Infers the types of `defs` (the direct functions) and of the module globals.
pub fn infer(body: &[Stmt], defs: &[&FunctionDef], names: &dyn Names) -> ModuleTypes {
    let mut uses = Uses::default();
    uses.statements(body, names, 0);
    let mut state = State {
        params: defs
            .iter()
            .map(|d| vec![None; d.params.posonly.len() + d.params.args.len()])
            .collect(),
        returns: vec![None; defs.len()],
        globals: HashMap::new(),
        locals: vec![None; defs.len()],
    };
    // Facts only grow (each round is joined with the last), so the first round that adds
    // nothing is the fixpoint.
    for _ in 0..MAX_ROUNDS {
        let next = state.round(body, defs, names, &uses).joined_with(&state);
        if next.same_as(&state) {
            return state.finish(defs.len());
        }
        state = next;
    }
    ModuleTypes::default()
}

/// Facts about direct functions gathered from the whole module.
#[derive(Default)]
struct Uses {
    /// Direct functions whose name is used other than as the callee of a plain call.
    escaped: HashSet<usize>,
    /// The program is too deep to look at: every function may escape.
    all_escaped: bool,
}

impl Uses {
    fn statements(&mut self, body: &[Stmt], names: &dyn Names, depth: u32) {
        if depth > MAX_DEPTH {
            self.all_escaped = true;
            return;
        }
        for stmt in body {
            for_each_child(stmt, depth, &mut |child| match child {
                Child::Expr(e) => self.expr(e, names, depth + 1),
                Child::Body(b) => self.statements(b, names, depth + 1),
            });
            if let StmtKind::FunctionDef(def) = &stmt.kind {
                self.statements(&def.body, names, depth + 1);
            }
        }
    }

    fn escaped(&self, function: usize) -> bool {
        self.all_escaped || self.escaped.contains(&function)
    }

    fn expr(&mut self, e: &Expr, names: &dyn Names, depth: u32) {
        if depth > MAX_DEPTH {
            self.all_escaped = true;
            return;
        }
        match &e.kind {
            ExprKind::Name(name) => {
                if let Some(f) = names.direct_function(&name.id) {
                    self.escaped.insert(f);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } if matches!(func.kind, ExprKind::Name(_)) => {
                let plain = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
                    && keywords.iter().all(|k| k.arg.is_some());
                if !plain {
                    self.expr(func, names, depth + 1);
                }
                for a in args {
                    self.expr(a, names, depth + 1);
                }
                for k in keywords {
                    self.expr(&k.value, names, depth + 1);
                }
            }
            ExprKind::Lambda { params, body } => {
                for p in params
                    .posonly
                    .iter()
                    .chain(&params.args)
                    .chain(&params.kwonly)
                {
                    if let Some(d) = &p.default {
                        self.expr(d, names, depth + 1);
                    }
                }
                self.expr(body, names, depth + 1);
            }
            _ => for_each_subexpr(e, &mut |s| self.expr(s, names, depth + 1)),
        }
    }
}

#[derive(Clone)]
struct State {
    params: Vec<Vec<Inferred>>,
    returns: Vec<Inferred>,
    globals: HashMap<String, Inferred>,
    locals: Vec<Option<HashMap<String, Inferred>>>,
}

impl State {
    fn same_as(&self, other: &State) -> bool {
        self.params == other.params
            && self.returns == other.returns
            && self.globals == other.globals
            && self.locals == other.locals
    }

    fn joined_with(mut self, old: &State) -> State {
        for (new, old) in self.params.iter_mut().zip(&old.params) {
            for (n, o) in new.iter_mut().zip(old) {
                *n = join(*n, *o);
            }
        }
        for (n, o) in self.returns.iter_mut().zip(&old.returns) {
            *n = join(*n, *o);
        }
        for (name, o) in &old.globals {
            let entry = self.globals.entry(name.clone()).or_insert(None);
            *entry = join(*entry, *o);
        }
        for (new, old) in self.locals.iter_mut().zip(&old.locals) {
            if let (Some(new), Some(old)) = (new, old) {
                for (name, o) in old {
                    let entry = new.entry(name.clone()).or_insert(None);
                    *entry = join(*entry, *o);
                }
            }
        }
        self
    }

    /// One round: every scope analysed with the current facts; call sites and returns
    /// collected anew into the next facts.
    fn round(&self, body: &[Stmt], defs: &[&FunctionDef], names: &dyn Names, uses: &Uses) -> State {
        let mut next = State {
            params: self.params.iter().map(|p| vec![None; p.len()]).collect(),
            returns: vec![None; defs.len()],
            globals: HashMap::new(),
            locals: vec![None; defs.len()],
        };
        let mut module = Scope::new(names, self, defs, body, true);
        module.run(body, &mut next);
        next.globals = module
            .vars
            .iter()
            .map(|(name, t)| {
                let t = if names.assigned_in_function(name) {
                    Some(Ty::Unknown)
                } else {
                    *t
                };
                (name.clone(), t)
            })
            .collect();
        for (i, def) in defs.iter().enumerate() {
            for (p, d) in def
                .params
                .posonly
                .iter()
                .chain(&def.params.args)
                .enumerate()
            {
                if let Some(default) = &d.default {
                    let t = expr_type(default, &Opaque, 0);
                    next.params[i][p] = join(next.params[i][p], t);
                }
            }
            if !analysable(def) {
                next.returns[i] = Some(Ty::Unknown);
                opaque_call_sites(&def.body, names, &mut next, 0);
                continue;
            }
            let mut scope = Scope::new(names, self, defs, &def.body, false);
            let p = &def.params;
            for (k, param) in p.posonly.iter().chain(&p.args).enumerate() {
                // Not called yet (bottom): the call sites seen so far decide.
                let t = if uses.escaped(i) {
                    Some(Ty::Unknown)
                } else {
                    self.params[i][k]
                };
                scope.vars.insert(param.name.id.clone(), t);
            }
            for param in p.vararg.iter().chain(&p.kwonly).chain(&p.kwarg) {
                scope.opaque.insert(param.name.id.clone());
            }
            scope.run(&def.body, &mut next);
            let mut ret = scope.returns;
            if !always_leaves(&def.body, 0) {
                ret = join(ret, Some(Ty::NoneType));
            }
            next.returns[i] = join(next.returns[i], ret);
            next.locals[i] = Some(scope.vars);
        }
        next
    }

    fn finish(self, count: usize) -> ModuleTypes {
        let known = |t: Inferred| t.unwrap_or(Ty::Unknown);
        let returns = (0..count).map(|i| known(self.returns[i])).collect();
        let locals = self
            .locals
            .into_iter()
            .map(|vars| Some(vars?.into_iter().map(|(k, v)| (k, known(v))).collect()))
            .collect();
        let globals = self
            .globals
            .into_iter()
            .map(|(k, v)| (k, known(v)))
            .collect();
        ModuleTypes {
            locals,
            returns,
            globals,
        }
    }
}

/// Functions whose locals are analysed: no closures, generators or other inner scopes.
fn analysable(def: &FunctionDef) -> bool {
    def.decorators.is_empty() && !def.is_async && !has_inner_scope(&def.body, 0)
}

/// Joins `Unknown` (or the literal's type) into the parameters of every direct call in code
/// that is not analysed.
fn opaque_call_sites(body: &[Stmt], names: &dyn Names, next: &mut State, depth: u32) {
    if depth > MAX_DEPTH {
        return;
    }
    for stmt in body {
        for_each_child(stmt, depth, &mut |child| match child {
            Child::Expr(e) => opaque_calls_in(e, names, next, depth + 1),
            Child::Body(b) => opaque_call_sites(b, names, next, depth + 1),
        });
        if let StmtKind::FunctionDef(def) = &stmt.kind {
            opaque_call_sites(&def.body, names, next, depth + 1);
        }
    }
}

fn opaque_calls_in(e: &Expr, names: &dyn Names, next: &mut State, depth: u32) {
    if depth > MAX_DEPTH {
        return;
    }
    if let ExprKind::Call {
        func,
        args,
        keywords,
    } = &e.kind
        && let ExprKind::Name(name) = &func.kind
        && let Some(f) = names.direct_function(&name.id)
    {
        join_arguments(&mut next.params[f], args, keywords, &Opaque);
    }
    for_each_subexpr(e, &mut |s| opaque_calls_in(s, names, next, depth + 1));
}

/// Joins the types of a call's arguments into the callee's parameter types.
fn join_arguments(params: &mut [Inferred], args: &[Expr], keywords: &[Keyword], env: &dyn Env) {
    for (i, a) in args.iter().enumerate() {
        if matches!(a.kind, ExprKind::Starred(_)) {
            params
                .iter_mut()
                .skip(i)
                .for_each(|p| *p = Some(Ty::Unknown));
            break;
        }
        if let Some(p) = params.get_mut(i) {
            *p = join(*p, expr_type(a, env, 0));
        }
    }
    // A keyword argument could go to any parameter after the positional ones.
    for k in keywords {
        let t = if k.arg.is_some() {
            expr_type(&k.value, env, 0)
        } else {
            Some(Ty::Unknown)
        };
        for p in params.iter_mut().skip(args.len()) {
            *p = join(*p, t);
        }
    }
}

/// The variables of one analysed scope (a function, or the module body for globals).
struct Scope<'s> {
    names: &'s dyn Names,
    state: &'s State,
    defs: &'s [&'s FunctionDef],
    /// The scope's variables and their types so far.
    vars: HashMap<String, Inferred>,
    /// Variables bound by constructs the analysis does not model.
    opaque: HashSet<String>,
    is_module: bool,
    returns: Inferred,
    changed: bool,
}

impl Env for Scope<'_> {
    fn variable(&self, name: &str) -> Inferred {
        if self.opaque.contains(name) {
            return Some(Ty::Unknown);
        }
        if let Some(t) = self.vars.get(name) {
            return *t;
        }
        if !self.is_module && self.names.is_global(name) && !self.names.assigned_in_function(name) {
            // Not known before the module body's first round: bottom until then.
            return self.state.globals.get(name).copied().unwrap_or(None);
        }
        Some(Ty::Unknown)
    }

    fn call(&self, name: &str) -> Option<Inferred> {
        Some(self.state.returns[self.direct_function(name)?])
    }

    fn builtin(&self, name: &str) -> Option<&'static str> {
        if self.vars.contains_key(name) || self.opaque.contains(name) || self.names.is_global(name)
        {
            return None;
        }
        self.names.builtin(name)
    }
}

impl<'s> Scope<'s> {
    fn new(
        names: &'s dyn Names,
        state: &'s State,
        defs: &'s [&'s FunctionDef],
        body: &[Stmt],
        is_module: bool,
    ) -> Scope<'s> {
        let bindings = Bindings::of(body);
        let mut scope = Scope {
            names,
            state,
            defs,
            vars: HashMap::new(),
            opaque: HashSet::new(),
            is_module,
            returns: None,
            changed: false,
        };
        for name in &bindings.names {
            if !bindings.declared_global.contains(name) {
                scope.vars.insert(name.clone(), None);
            }
        }
        scope.collect_opaque(body, 0);
        scope
    }

    /// Runs the scope's statements until its variables' types are stable.
    fn run(&mut self, body: &[Stmt], next: &mut State) {
        for _ in 0..MAX_ROUNDS {
            self.changed = false;
            self.returns = None;
            let mut sites = State {
                params: next.params.iter().map(|p| vec![None; p.len()]).collect(),
                returns: Vec::new(),
                globals: HashMap::new(),
                locals: Vec::new(),
            };
            self.statements(body, &mut sites, 0);
            if !self.changed {
                for (into, from) in next.params.iter_mut().zip(&sites.params) {
                    for (i, f) in into.iter_mut().zip(from) {
                        *i = join(*i, *f);
                    }
                }
                break;
            }
        }
        for name in &self.opaque {
            self.vars.insert(name.clone(), Some(Ty::Unknown));
        }
    }

    fn direct_function(&self, name: &str) -> Option<usize> {
        if !self.is_module && (self.vars.contains_key(name) || self.opaque.contains(name)) {
            return None;
        }
        self.names.direct_function(name)
    }

    fn collect_opaque(&mut self, body: &[Stmt], depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        for stmt in body {
            match &stmt.kind {
                StmtKind::For { target, iter, .. }
                    if !(matches!(target.kind, ExprKind::Name(_)) && self.is_range(iter)) =>
                {
                    target_names(target, &mut self.opaque);
                }
                StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
                    for t in targets {
                        if !matches!(t.kind, ExprKind::Name(_)) && parallel(t, value).is_none() {
                            target_names(t, &mut self.opaque);
                        }
                    }
                }
                StmtKind::AnnAssign { target, .. } | StmtKind::AugAssign { target, .. }
                    if !matches!(target.kind, ExprKind::Name(_)) =>
                {
                    target_names(target, &mut self.opaque);
                }
                StmtKind::FunctionDef(def) => {
                    self.opaque.insert(def.name.id.clone());
                }
                StmtKind::ClassDef(class) => {
                    self.opaque.insert(class.name.id.clone());
                }
                StmtKind::Try { handlers, .. } => {
                    for h in handlers {
                        if let Some(name) = &h.name {
                            self.opaque.insert(name.id.clone());
                        }
                    }
                }
                StmtKind::With { items, .. } => {
                    for item in items {
                        if let Some(t) = &item.target {
                            target_names(t, &mut self.opaque);
                        }
                    }
                }
                StmtKind::Import(_) | StmtKind::ImportFrom { .. } | StmtKind::Match { .. } => {
                    // Names bound by imports and patterns: none of this scope is modelled.
                    let all: Vec<String> = self.vars.keys().cloned().collect();
                    self.opaque.extend(all);
                }
                StmtKind::Global(list) | StmtKind::Nonlocal(list) => {
                    for n in list {
                        self.opaque.insert(n.id.clone());
                    }
                }
                StmtKind::Delete(targets) => {
                    for t in targets {
                        target_names(t, &mut self.opaque);
                    }
                }
                _ => {}
            }
            let mut bound = HashSet::new();
            for_each_child(stmt, depth, &mut |child| match child {
                Child::Expr(e) => expr_bound_names(e, &mut bound, depth + 1),
                Child::Body(b) => self.collect_opaque(b, depth + 1),
            });
            self.opaque.extend(bound);
        }
    }

    fn is_range(&self, iter: &Expr) -> bool {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return false;
        };
        let ExprKind::Name(name) = &func.kind else {
            return false;
        };
        keywords.is_empty()
            && (1..=3).contains(&args.len())
            && !self.vars.contains_key(&name.id)
            && !self.names.is_global(&name.id)
            && self.names.builtin(&name.id) == Some("range")
    }

    fn bind(&mut self, name: &str, t: Inferred) {
        let entry = self.vars.entry(name.to_owned()).or_insert(None);
        let joined = join(*entry, t);
        if joined != *entry {
            *entry = joined;
            self.changed = true;
        }
    }

    fn statements(&mut self, body: &[Stmt], sites: &mut State, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        for stmt in body {
            match &stmt.kind {
                StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
                    let t = expr_type(value, self, 0);
                    for target in targets {
                        if let ExprKind::Name(name) = &target.kind {
                            self.bind(&name.id, t);
                        } else if let Some(pairs) = parallel(target, value) {
                            // All values are evaluated before any name is bound.
                            let types: Vec<_> =
                                pairs.iter().map(|(_, v)| expr_type(v, self, 0)).collect();
                            for ((name, _), t) in pairs.into_iter().zip(types) {
                                self.bind(name, t);
                            }
                        }
                    }
                }
                StmtKind::AnnAssign {
                    target,
                    value: Some(value),
                    ..
                } => {
                    let t = expr_type(value, self, 0);
                    if let ExprKind::Name(name) = &target.kind {
                        self.bind(&name.id, t);
                    }
                }
                StmtKind::AugAssign { target, op, value } => {
                    if let ExprKind::Name(name) = &target.kind {
                        let t =
                            binary_type(self.variable(&name.id), *op, expr_type(value, self, 0));
                        self.bind(&name.id, t);
                    }
                }
                StmtKind::For { target, iter, .. } => {
                    if let ExprKind::Name(name) = &target.kind
                        && self.is_range(iter)
                    {
                        self.bind(&name.id, Some(Ty::Int));
                    }
                }
                StmtKind::Return(value) => {
                    let t = match value {
                        Some(v) => expr_type(v, self, 0),
                        None => Some(Ty::NoneType),
                    };
                    self.returns = join(self.returns, t);
                }
                StmtKind::FunctionDef(def)
                    if !self.defs.iter().any(|d| std::ptr::eq(*d, &**def)) =>
                {
                    opaque_call_sites(&def.body, self.names, sites, depth + 1);
                }
                _ => {}
            }
            let mut children = Vec::new();
            for_each_child(stmt, depth, &mut |child| children.push(child));
            for child in children {
                match child {
                    Child::Expr(e) => self.call_sites(e, sites, depth + 1),
                    Child::Body(b) => self.statements(b, sites, depth + 1),
                }
            }
        }
    }

    /// Joins the argument types of the direct calls in `e` into `sites`.
    fn call_sites(&self, e: &Expr, sites: &mut State, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        match &e.kind {
            ExprKind::Lambda { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => {
                // Their own variables may shadow this scope's.
                opaque_calls_in(e, self.names, sites, depth + 1);
                return;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                if let ExprKind::Name(name) = &func.kind
                    && let Some(f) = self.direct_function(&name.id)
                {
                    join_arguments(&mut sites.params[f], args, keywords, self);
                }
            }
            _ => {}
        }
        for_each_subexpr(e, &mut |s| self.call_sites(s, sites, depth + 1));
    }
}

/// `a, b = x, y`: the names and the values they get, when the target is a tuple or list of plain
/// names and the value a tuple or list display of the same length without starred items.
fn parallel<'e>(target: &'e Expr, value: &'e Expr) -> Option<Vec<(&'e str, &'e Expr)>> {
    let (ExprKind::Tuple(names) | ExprKind::List(names)) = &target.kind else {
        return None;
    };
    let (ExprKind::Tuple(values) | ExprKind::List(values)) = &value.kind else {
        return None;
    };
    if names.len() != values.len() {
        return None;
    }
    names
        .iter()
        .zip(values)
        .map(|(n, v)| match (&n.kind, &v.kind) {
            (_, ExprKind::Starred(_)) => None,
            (ExprKind::Name(name), _) => Some((name.id.as_str(), v)),
            _ => None,
        })
        .collect()
}
