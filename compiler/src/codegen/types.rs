//! Static types of local variables, module globals and direct functions, where provable.
//!
//! Flow-insensitive: the type of a variable is the join of the types of every value assigned to
//! it. Module-level functions only ever called directly (never used as values) get parameter
//! types = join of the argument types at their call sites, and return types = join of their
//! `return` values; everything is iterated to a fixpoint. A type is a promise about the value
//! word *if the variable is bound*: `Int` = a Python int (small or big) or bool, `Float` = a
//! float, etc. Reading a variable still checks that it is bound.
use super::scope::Bindings;
use crate::syntax::ast::{
    BinOp, Expr, ExprKind, FStringPart, FunctionDef, Keyword, Stmt, StmtKind, UnaryOp,
};
use hashbrown::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// An int (or a bool, which behaves as one in arithmetic).
    Int,
    Float,
    Bool,
    Str,
    NoneType,
    Unknown,
}

/// A type during inference: `None` = no value seen yet (bottom).
type Inferred = Option<Ty>;

fn join(a: Inferred, b: Inferred) -> Inferred {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) if x == y => Some(x),
        _ => Some(Ty::Unknown),
    }
}

const MAX_DEPTH: u32 = 100;
const MAX_ROUNDS: u32 = 50;

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

/// Inference results for the whole module.
#[derive(Default)]
pub struct ModuleTypes {
    /// Per direct function (index of `FunctionTable::defs`): its locals' types, `None` when the
    /// function is not analysed (closures and other scopes the analysis does not model).
    pub locals: Vec<Option<HashMap<String, Ty>>>,
    pub returns: Vec<Ty>,
    /// Types of module globals.
    pub globals: HashMap<String, Ty>,
}

impl ModuleTypes {
    pub fn local(&self, function: usize, name: &str) -> Ty {
        self.locals
            .get(function)
            .and_then(|l| l.as_ref())
            .and_then(|l| l.get(name))
            .copied()
            .unwrap_or(Ty::Unknown)
    }

    pub fn global(&self, name: &str) -> Ty {
        self.globals.get(name).copied().unwrap_or(Ty::Unknown)
    }

    pub fn returns(&self, function: usize) -> Ty {
        self.returns.get(function).copied().unwrap_or(Ty::Unknown)
    }
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
    for _ in 0..MAX_ROUNDS {
        let next = state.round(body, defs, names, &uses);
        if next.same_as(&state) {
            return state.finish(defs.len());
        }
        state = next.joined_with(&state);
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
                for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
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

fn param_defaults(def: &FunctionDef) -> impl Iterator<Item = &Expr> {
    let p = &def.params;
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.kwonly)
        .filter_map(|p| p.default.as_ref())
}

/// What an expression's type depends on: the variables and functions visible where it is.
pub trait Env {
    /// The type of variable `name` (`Some(Unknown)` when nothing is known).
    fn variable(&self, name: &str) -> Inferred;
    /// `Some(return type)` when `name` calls a direct function here.
    fn call(&self, name: &str) -> Option<Inferred>;
    /// The English builtin `name` denotes here, if the program does not bind it.
    fn builtin(&self, name: &str) -> Option<&'static str>;
}

/// The environment of code whose variables are not analysed (lambdas, comprehensions,
/// methods...): only literals and operators on them are typed.
struct Opaque;

impl Env for Opaque {
    fn variable(&self, _: &str) -> Inferred {
        Some(Ty::Unknown)
    }
    fn call(&self, _: &str) -> Option<Inferred> {
        None
    }
    fn builtin(&self, _: &str) -> Option<&'static str> {
        None
    }
}

/// The type of `e` in `env`.
pub fn expr_type(e: &Expr, env: &dyn Env, depth: u32) -> Inferred {
    if depth > MAX_DEPTH {
        return Some(Ty::Unknown);
    }
    let sub = |x: &Expr| expr_type(x, env, depth + 1);
    let t = match &e.kind {
        ExprKind::Int(_) => Ty::Int,
        ExprKind::Float(_) => Ty::Float,
        ExprKind::Bool(_) => Ty::Bool,
        ExprKind::Str(_) | ExprKind::FString(_) => Ty::Str,
        ExprKind::None => Ty::NoneType,
        ExprKind::Name(name) => return env.variable(&name.id),
        ExprKind::BinOp { left, op, right } => return binary_type(sub(left), *op, sub(right)),
        ExprKind::UnaryOp { op, operand } => {
            let t = sub(operand)?;
            match (op, t) {
                (UnaryOp::Not, _) => Ty::Bool,
                (UnaryOp::Neg | UnaryOp::Pos, Ty::Int | Ty::Float) => t,
                (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, Ty::Bool) => Ty::Int,
                (UnaryOp::Invert, Ty::Int) => Ty::Int,
                _ => Ty::Unknown,
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            let mut all = vec![sub(left)];
            all.extend(comparators.iter().map(sub));
            if all.iter().any(Option::is_none) {
                return None;
            }
            let primitive = all.iter().all(|t| {
                matches!(
                    t,
                    Some(Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::NoneType)
                )
            });
            if primitive { Ty::Bool } else { Ty::Unknown }
        }
        ExprKind::BoolOp { values, .. } => return values.iter().map(sub).fold(None, join),
        ExprKind::IfExp { body, orelse, .. } => return join(sub(body), sub(orelse)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let ExprKind::Name(name) = &func.kind else {
                return Some(Ty::Unknown);
            };
            if let Some(returns) = env.call(&name.id) {
                return returns;
            }
            let plain = keywords.is_empty()
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
            match (env.builtin(&name.id), args.as_slice()) {
                (Some("float"), [] | [_]) if plain => Ty::Float,
                (Some("int" | "len" | "ord"), _) if plain => Ty::Int,
                (Some("str" | "repr" | "chr"), [_]) if plain => Ty::Str,
                (Some("abs"), [x]) if plain => match sub(x)? {
                    Ty::Int | Ty::Bool => Ty::Int,
                    Ty::Float => Ty::Float,
                    _ => Ty::Unknown,
                },
                _ => Ty::Unknown,
            }
        }
        _ => Ty::Unknown,
    };
    Some(t)
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
            for (p, d) in def.params.posonly.iter().chain(&def.params.args).enumerate() {
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
                let t = if uses.escaped(i) {
                    Some(Ty::Unknown)
                } else {
                    self.params[i][k].or(Some(Ty::Unknown))
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
    if let ExprKind::Call { func, args, keywords } = &e.kind
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
            params.iter_mut().skip(i).for_each(|p| *p = Some(Ty::Unknown));
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
        if !self.is_module && self.names.is_global(name) && !self.names.assigned_in_function(name)
        {
            return self
                .state
                .globals
                .get(name)
                .copied()
                .unwrap_or(Some(Ty::Unknown));
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
                StmtKind::For { target, iter, .. } => {
                    if !(matches!(target.kind, ExprKind::Name(_)) && self.is_range(iter)) {
                        target_names(target, &mut self.opaque);
                    }
                }
                StmtKind::Assign { targets, .. } | StmtKind::Let { targets, .. } => {
                    for t in targets {
                        if !matches!(t.kind, ExprKind::Name(_)) {
                            target_names(t, &mut self.opaque);
                        }
                    }
                }
                StmtKind::AnnAssign { target, .. } | StmtKind::AugAssign { target, .. } => {
                    if !matches!(target.kind, ExprKind::Name(_)) {
                        target_names(target, &mut self.opaque);
                    }
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
                        let t = binary_type(self.variable(&name.id), *op, expr_type(value, self, 0));
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
                StmtKind::FunctionDef(def) if !self.defs.iter().any(|d| std::ptr::eq(*d, &**def)) => {
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

/// The type of `left op right`.
pub fn binary_type(left: Inferred, op: BinOp, right: Inferred) -> Inferred {
    use Ty::*;
    let (l, r) = (left?, right?);
    let int_like = |t: Ty| matches!(t, Int | Bool);
    let number = |t: Ty| matches!(t, Int | Bool | Float);
    let t = match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod
            if int_like(l) && int_like(r) =>
        {
            Int
        }
        BinOp::Div if number(l) && number(r) => Float,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod
            if number(l) && number(r) =>
        {
            Float
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if l == Bool && r == Bool => Bool,
        BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            if int_like(l) && int_like(r) =>
        {
            Int
        }
        BinOp::Add if l == Str && r == Str => Str,
        BinOp::Mul if (l == Str && int_like(r)) || (int_like(l) && r == Str) => Str,
        BinOp::Mod if l == Str => Str,
        _ => Unknown,
    };
    Some(t)
}

/// Whether running `body` can never reach its end (every path returns or raises).
fn always_leaves(body: &[Stmt], depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    body.last().is_some_and(|last| match &last.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } => true,
        StmtKind::If { body, orelse, .. } => {
            always_leaves(body, depth + 1) && always_leaves(orelse, depth + 1)
        }
        _ => false,
    })
}

/// A function body with a nested function, class, lambda or comprehension (closures and
/// their own scopes are not analysed).
fn has_inner_scope(body: &[Stmt], depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return true;
    }
    let mut found = false;
    for stmt in body {
        if matches!(
            stmt.kind,
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) | StmtKind::Match { .. }
        ) {
            return true;
        }
        for_each_child(stmt, depth, &mut |child| match child {
            Child::Expr(e) => found |= expr_has_scope(e, depth + 1),
            Child::Body(b) => found |= has_inner_scope(b, depth + 1),
        });
        if found {
            return true;
        }
    }
    false
}

fn expr_has_scope(e: &Expr, depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return true;
    }
    match &e.kind {
        ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Await(_) => true,
        _ => {
            let mut found = false;
            for_each_subexpr(e, &mut |s| found |= expr_has_scope(s, depth + 1));
            found
        }
    }
}

/// Names bound inside expressions (walrus targets, comprehension variables).
fn expr_bound_names(e: &Expr, out: &mut HashSet<String>, depth: u32) {
    if depth > MAX_DEPTH {
        return;
    }
    match &e.kind {
        ExprKind::NamedExpr { target, .. } => {
            out.insert(target.id.clone());
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            for g in generators {
                target_names(&g.target, out);
            }
        }
        _ => {}
    }
    for_each_subexpr(e, &mut |s| expr_bound_names(s, out, depth + 1));
}

fn target_names(target: &Expr, out: &mut HashSet<String>) {
    match &target.kind {
        ExprKind::Name(name) => {
            out.insert(name.id.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                target_names(item, out);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}

#[derive(Clone, Copy)]
enum Child<'a> {
    Expr(&'a Expr),
    Body(&'a [Stmt]),
}

/// The expressions and statement lists directly inside `stmt` (not inside nested defs/classes,
/// except their decorators, defaults and bases, which run in this scope).
fn for_each_child<'a>(stmt: &'a Stmt, _depth: u32, f: &mut dyn FnMut(Child<'a>)) {
    let mut e = |x: &'a Expr| f(Child::Expr(x));
    match &stmt.kind {
        StmtKind::Expr(x) => e(x),
        StmtKind::Assign { targets, value } | StmtKind::Let { targets, value, .. } => {
            targets.iter().for_each(&mut e);
            e(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            e(target);
            e(value);
        }
        StmtKind::AnnAssign { target, value, .. } => {
            e(target);
            if let Some(v) = value {
                e(v);
            }
        }
        StmtKind::Return(Some(x)) => e(x),
        StmtKind::Delete(targets) => targets.iter().for_each(&mut e),
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause.iter()).for_each(&mut e);
        }
        StmtKind::Assert { test, msg } => {
            e(test);
            if let Some(m) = msg {
                e(m);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            e(test);
            f(Child::Body(body));
            f(Child::Body(orelse));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            e(target);
            e(iter);
            f(Child::Body(body));
            f(Child::Body(orelse));
        }
        StmtKind::FunctionDef(def) => {
            def.decorators.iter().for_each(&mut e);
            param_defaults(def).for_each(&mut e);
        }
        StmtKind::ClassDef(class) => {
            class.decorators.iter().for_each(&mut e);
            class.bases.iter().for_each(&mut e);
            class.keywords.iter().for_each(|k| e(&k.value));
            // The class body runs in its own namespace; calls in it are still call sites.
            f(Child::Body(&class.body));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            f(Child::Body(body));
            for h in handlers {
                if let Some(t) = &h.type_ {
                    f(Child::Expr(t));
                }
                f(Child::Body(&h.body));
            }
            f(Child::Body(orelse));
            f(Child::Body(finalbody));
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                f(Child::Expr(&item.context));
                if let Some(t) = &item.target {
                    f(Child::Expr(t));
                }
            }
            f(Child::Body(body));
        }
        StmtKind::Match { subject, cases } => {
            f(Child::Expr(subject));
            for case in cases {
                if let Some(g) = &case.guard {
                    f(Child::Expr(g));
                }
                f(Child::Body(&case.body));
            }
        }
        _ => {}
    }
}

/// The direct subexpressions of `e` (lambda bodies and comprehension parts included).
fn for_each_subexpr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::NamedExpr { value, .. } => f(value),
        ExprKind::Lambda { body, .. } => f(body),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => f(value),
        ExprKind::Await(value) | ExprKind::YieldFrom(value) => f(value),
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                f(v);
            }
        }
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().for_each(|x| f(x));
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(f)
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::FString(parts) => {
            for part in parts {
                if let FStringPart::Field { value, spec, .. } = part {
                    f(value);
                    for s in spec {
                        if let FStringPart::Field { value, .. } = s {
                            f(value);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}
