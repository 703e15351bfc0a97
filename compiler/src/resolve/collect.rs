//! The binding pass: one walk over the syntax tree that builds the scope tree, records which
//! names each scope binds, reads and declares (`global`, `nonlocal`, `let`, `const`), lists
//! every name occurrence for the use pass, and runs the context checks on the way.
use crate::diagnostics::{Code, Diagnostic};
use crate::source::{SourceFile, Span};
use crate::syntax::ast::{
    Comprehension, ExceptHandler, Expr, ExprKind, FStringPart, FunctionDef, Module, Name,
    Parameters, Pattern, PatternKind, Stmt, StmtKind,
};

use super::context::{Body, Context, keyword_diagnostic};
use super::scopes::{Scope, ScopeId, ScopeKind};

/// Nesting of statements, expressions and patterns beyond which the walk stops (with one
/// [`Code::NestingTooDeep`]) instead of risking the stack.
pub const MAX_DEPTH: u32 = 400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Load,
    /// A binding; `defines` is false for `+=` and bare annotations, which need a prior value.
    Store {
        defines: bool,
    },
    Delete,
    /// The name in a `global` or `nonlocal` statement.
    Declare,
}

/// One mention of a name in the program.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence<'a> {
    pub scope: ScopeId,
    /// Index of the symbol in its scope (which holds the identifier the program means).
    pub symbol: u32,
    /// What the user typed, for diagnostics.
    pub spelling: &'a str,
    pub span: Span,
    pub role: Role,
}

/// What the binding pass produces.
pub struct Collected<'a> {
    pub scopes: Vec<Scope<'a>>,
    pub occurrences: Vec<Occurrence<'a>>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn collect<'a>(file: &'a SourceFile, module: &'a Module) -> Collected<'a> {
    let whole_file = Span::new(0, file.text.len());
    let mut collector = Collector {
        file,
        scopes: vec![Scope::new(ScopeKind::Module, None, "<module>", whole_file)],
        // About one name every eight bytes in typical programs.
        occurrences: Vec::with_capacity(file.text.len() / 8),
        diagnostics: Vec::new(),
        scope: ScopeId::MODULE,
        context: Context::default(),
        depth: 0,
        reported_depth: false,
    };
    collector.block(&module.body);
    Collected {
        scopes: collector.scopes,
        occurrences: collector.occurrences,
        diagnostics: collector.diagnostics,
    }
}

/// How a name in a binding position binds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Declaration {
    Plain { defines: bool },
    Let,
    Const,
}

struct Collector<'a> {
    file: &'a SourceFile,
    scopes: Vec<Scope<'a>>,
    occurrences: Vec<Occurrence<'a>>,
    diagnostics: Vec<Diagnostic>,
    scope: ScopeId,
    context: Context,
    depth: u32,
    reported_depth: bool,
}

const DEFINES: Declaration = Declaration::Plain { defines: true };

impl<'a> Collector<'a> {
    // ---- scopes and occurrences -------------------------------------------------------------

    fn current(&mut self) -> &mut Scope<'a> {
        &mut self.scopes[self.scope.index()]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &'a str, node: Span) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes
            .push(Scope::new(kind, Some(self.scope), name, node));
        id
    }

    /// Runs `walk` inside scope `id` with context `context`, then restores both.
    fn within(&mut self, id: ScopeId, context: Context, walk: impl FnOnce(&mut Self)) {
        let (outer_scope, outer_context) = (self.scope, self.context);
        self.scope = id;
        self.context = context;
        walk(self);
        self.scope = outer_scope;
        self.context = outer_context;
    }

    fn record(&mut self, scope: ScopeId, id: &'a str, spelling: &'a str, span: Span, role: Role) {
        let (symbol, entry) = self.scopes[scope.index()].symbol(id);
        match role {
            Role::Load => entry.used = true,
            Role::Store { defines } => {
                entry.bound = true;
                entry.defined |= defines;
            }
            Role::Delete => entry.bound = true,
            Role::Declare => {}
        }
        self.occurrences.push(Occurrence {
            scope,
            symbol,
            spelling,
            span,
            role,
        });
    }

    fn load(&mut self, name: &'a Name) {
        self.record(self.scope, &name.id, spelling(name), name.span, Role::Load);
    }

    fn bind(&mut self, name: &'a Name, declaration: Declaration) {
        let defines = declaration != Declaration::Plain { defines: false };
        match declaration {
            Declaration::Let => self.declare_let(name, false),
            Declaration::Const => self.declare_let(name, true),
            Declaration::Plain { .. } => {}
        }
        self.record(
            self.scope,
            &name.id,
            spelling(name),
            name.span,
            Role::Store { defines },
        );
    }

    fn declare_let(&mut self, name: &'a Name, is_const: bool) {
        let (_, symbol) = self.current().symbol(&name.id);
        let duplicate = symbol.let_decl.is_some();
        if is_const {
            symbol.const_decl.get_or_insert(name.span);
        } else {
            symbol.let_decl.get_or_insert(name.span);
        }
        if duplicate {
            self.diagnostics.push(
                Diagnostic::error(Code::DuplicateLet, name.span).with("name", spelling(name)),
            );
        }
    }

    fn report(&mut self, diagnostic: Option<Diagnostic>) {
        self.diagnostics.extend(diagnostic);
    }

    /// Counts one level of nesting; false (after one diagnostic) when the tree is too deep.
    fn descend(&mut self, span: Span) -> bool {
        if self.depth >= MAX_DEPTH {
            if !self.reported_depth {
                self.reported_depth = true;
                self.diagnostics.push(
                    Diagnostic::error(Code::NestingTooDeep, span)
                        .with("limit", MAX_DEPTH.to_string()),
                );
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn ascend(&mut self) {
        self.depth -= 1;
    }

    // ---- statements -------------------------------------------------------------------------

    fn block(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn loop_body(&mut self, body: &'a [Stmt]) {
        self.context.loops += 1;
        self.block(body);
        self.context.loops -= 1;
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        if !self.descend(stmt.span) {
            return;
        }
        self.stmt_kind(stmt);
        self.ascend();
    }

    fn stmt_kind(&mut self, stmt: &'a Stmt) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for target in targets {
                    self.target(target, DEFINES);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(name) = &target.kind {
                    self.load(name);
                }
                self.target(target, Declaration::Plain { defines: false });
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation);
                if let Some(value) = value {
                    self.expr(value);
                }
                let defines = value.is_some();
                self.target(target, Declaration::Plain { defines });
            }
            StmtKind::Let {
                targets,
                annotation,
                value,
                is_const,
            } => {
                if let Some(annotation) = annotation {
                    self.expr(annotation);
                }
                self.expr(value);
                let declaration = if *is_const {
                    Declaration::Const
                } else {
                    Declaration::Let
                };
                for target in targets {
                    self.target(target, declaration);
                }
            }
            StmtKind::If { .. } => self.if_chain(stmt),
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.loop_body(body);
                self.block(orelse);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    let diagnostic =
                        self.context
                            .check_await(self.file, stmt.span, Some(target.span));
                    self.report(diagnostic);
                }
                self.expr(iter);
                self.target(target, DEFINES);
                self.loop_body(body);
                self.block(orelse);
            }
            StmtKind::Break => {
                let diagnostic = self.context.check_break(self.file, stmt.span);
                self.report(diagnostic);
            }
            StmtKind::Continue => {
                let diagnostic = self.context.check_continue(self.file, stmt.span);
                self.report(diagnostic);
            }
            StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Return(value) => {
                let operand = value.as_ref().map(|v| v.span);
                let diagnostic = self.context.check_return(self.file, stmt.span, operand);
                self.report(diagnostic);
                if let Some(value) = value {
                    self.expr(value);
                }
            }
            StmtKind::FunctionDef(def) => self.function_def(def),
            StmtKind::ClassDef(class) => {
                self.exprs(&class.decorators);
                self.exprs(&class.bases);
                for keyword in &class.keywords {
                    self.expr(&keyword.value);
                }
                let scope = self.push_scope(ScopeKind::Class, &class.name.id, class.name.span);
                self.within(scope, Context::enter_body(Body::Namespace), |this| {
                    this.block(&class.body)
                });
                self.bind(&class.name, DEFINES);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for handler in handlers {
                    self.handler(handler);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                self.optional(exc.as_ref());
                self.optional(cause.as_ref());
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    let first = items.first().map(|item| item.context.span);
                    let diagnostic = self.context.check_await(self.file, stmt.span, first);
                    self.report(diagnostic);
                }
                for item in items {
                    self.expr(&item.context);
                    if let Some(target) = &item.target {
                        self.target(target, DEFINES);
                    }
                }
                self.block(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    self.optional(case.guard.as_ref());
                    self.block(&case.body);
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    match &alias.asname {
                        Some(asname) => self.bind(asname, DEFINES),
                        None => {
                            // `import a.b.c` binds `a`.
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.record(
                                self.scope,
                                top,
                                top,
                                alias.span,
                                Role::Store { defines: true },
                            );
                        }
                    }
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star {
                    self.current().has_star_import = true;
                }
                for alias in names {
                    match &alias.asname {
                        Some(asname) => self.bind(asname, DEFINES),
                        None => {
                            let name = alias.name.as_str();
                            self.record(
                                self.scope,
                                name,
                                name,
                                alias.span,
                                Role::Store { defines: true },
                            );
                        }
                    }
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    self.declare_global(name);
                }
            }
            StmtKind::Nonlocal(names) if self.current().kind == ScopeKind::Module => {
                let first = names.first().map(|name| name.span);
                self.diagnostics.push(keyword_diagnostic(
                    Code::NonlocalAtModuleLevel,
                    self.file,
                    stmt.span,
                    first,
                ));
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    self.declare_nonlocal(name);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.delete(target);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.optional(msg.as_ref());
            }
        }
    }

    /// `if`/`elif`/`else` chains are walked iteratively: a long `elif` chain is a deep tree.
    fn if_chain(&mut self, stmt: &'a Stmt) {
        let mut current = stmt;
        while let StmtKind::If { test, body, orelse } = &current.kind {
            self.expr(test);
            self.block(body);
            match orelse.as_slice() {
                [
                    next @ Stmt {
                        kind: StmtKind::If { .. },
                        ..
                    },
                ] => current = next,
                rest => {
                    self.block(rest);
                    break;
                }
            }
        }
    }

    fn function_def(&mut self, def: &'a FunctionDef) {
        self.exprs(&def.decorators);
        self.parameter_defaults(&def.params);
        for param in parameters(&def.params) {
            self.optional(param.annotation.as_ref());
        }
        self.optional(def.returns.as_ref());
        let scope = self.push_scope(ScopeKind::Function, &def.name.id, def.name.span);
        self.scopes[scope.index()].is_async = def.is_async;
        let body = if def.is_async {
            Body::AsyncFunction
        } else {
            Body::Function
        };
        self.within(scope, Context::enter_body(body), |this| {
            this.bind_parameters(&def.params);
            this.block(&def.body);
        });
        self.bind(&def.name, DEFINES);
    }

    fn parameter_defaults(&mut self, params: &'a Parameters) {
        for param in parameters(params) {
            self.optional(param.default.as_ref());
        }
    }

    fn bind_parameters(&mut self, params: &'a Parameters) {
        for param in parameters(params) {
            self.bind(&param.name, DEFINES);
            let (_, symbol) = self.current().symbol(&param.name.id);
            symbol.param = true;
        }
    }

    fn handler(&mut self, handler: &'a ExceptHandler) {
        self.optional(handler.type_.as_ref());
        if let Some(name) = &handler.name {
            self.bind(name, DEFINES);
        }
        self.block(&handler.body);
    }

    fn declare_global(&mut self, name: &'a Name) {
        let (_, symbol) = self.current().symbol(&name.id);
        let used_before = symbol.seen() && symbol.global.is_none();
        symbol.global.get_or_insert(name.span);
        if used_before {
            self.diagnostics.push(
                Diagnostic::error(Code::UsedBeforeGlobal, name.span).with("name", spelling(name)),
            );
        }
        self.record(
            self.scope,
            &name.id,
            spelling(name),
            name.span,
            Role::Declare,
        );
    }

    fn declare_nonlocal(&mut self, name: &'a Name) {
        let (_, symbol) = self.current().symbol(&name.id);
        symbol.nonlocal.get_or_insert(name.span);
        self.record(
            self.scope,
            &name.id,
            spelling(name),
            name.span,
            Role::Declare,
        );
    }

    // ---- binding targets --------------------------------------------------------------------

    fn target(&mut self, target: &'a Expr, declaration: Declaration) {
        if !self.descend(target.span) {
            return;
        }
        match &target.kind {
            ExprKind::Name(name) => self.bind(name, declaration),
            ExprKind::Tuple(elements) | ExprKind::List(elements) => {
                for element in elements {
                    self.target(element, declaration);
                }
            }
            ExprKind::Starred(inner) => self.target(inner, declaration),
            // `a.b = v`, `a[i] = v` and invalid targets (reported by the parser) only read.
            _ => self.expr(target),
        }
        self.ascend();
    }

    fn delete(&mut self, target: &'a Expr) {
        if !self.descend(target.span) {
            return;
        }
        match &target.kind {
            ExprKind::Name(name) => self.record(
                self.scope,
                &name.id,
                spelling(name),
                name.span,
                Role::Delete,
            ),
            ExprKind::Tuple(elements) | ExprKind::List(elements) => {
                for element in elements {
                    self.delete(element);
                }
            }
            _ => self.expr(target),
        }
        self.ascend();
    }

    /// `x := v` binds in the nearest enclosing scope that is not a comprehension; the
    /// comprehensions in between see the name as a variable of that scope.
    fn walrus_target(&mut self, name: &'a Name) {
        let mut owner = self.scope;
        while self.scopes[owner.index()].kind == ScopeKind::Comprehension {
            let (_, symbol) = self.scopes[owner.index()].symbol(&name.id);
            symbol.walrus_outer = true;
            match self.scopes[owner.index()].parent {
                Some(parent) => owner = parent,
                None => break,
            }
        }
        if owner == self.scope {
            self.bind(name, DEFINES);
        } else {
            // The occurrence belongs to the comprehension (it reads and writes through the
            // enclosing scope); the binding itself is recorded in the owner.
            let (_, symbol) = self.scopes[owner.index()].symbol(&name.id);
            symbol.bound = true;
            symbol.defined = true;
            self.record(
                self.scope,
                &name.id,
                spelling(name),
                name.span,
                Role::Store { defines: true },
            );
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    fn optional(&mut self, expr: Option<&'a Expr>) {
        if let Some(expr) = expr {
            self.expr(expr);
        }
    }

    fn exprs(&mut self, exprs: &'a [Expr]) {
        for expr in exprs {
            self.expr(expr);
        }
    }

    fn expr(&mut self, expr: &'a Expr) {
        if !self.descend(expr.span) {
            return;
        }
        self.expr_kind(expr);
        self.ascend();
    }

    fn expr_kind(&mut self, expr: &'a Expr) {
        match &expr.kind {
            ExprKind::Name(name) => self.load(name),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Error => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { .. } => self.binop_chain(expr),
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.walrus_target(target);
            }
            ExprKind::Lambda { params, body } => {
                self.parameter_defaults(params);
                let scope = self.push_scope(ScopeKind::Lambda, "<lambda>", expr.span);
                self.within(scope, Context::enter_body(Body::Lambda), |this| {
                    this.bind_parameters(params);
                    this.expr(body);
                });
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                for keyword in keywords {
                    self.expr(&keyword.value);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.optional(lower.as_deref());
                self.optional(upper.as_deref());
                self.optional(step.as_deref());
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::List(elements) | ExprKind::Tuple(elements) | ExprKind::Set(elements) => {
                self.exprs(elements)
            }
            ExprKind::Dict { keys, values } => {
                for key in keys {
                    self.optional(key.as_ref());
                }
                self.exprs(values);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr.span, generators, true, &[elt])
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr.span, generators, false, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr.span, generators, true, &[key, value]),
            ExprKind::Await(operand) => {
                let diagnostic = self
                    .context
                    .check_await(self.file, expr.span, Some(operand.span));
                self.report(diagnostic);
                self.expr(operand);
            }
            ExprKind::Yield(operand) => {
                let operand_span = operand.as_ref().map(|o| o.span);
                self.yield_expr(expr.span, operand_span);
                self.optional(operand.as_deref());
            }
            ExprKind::YieldFrom(operand) => {
                self.yield_expr(expr.span, Some(operand.span));
                self.expr(operand);
            }
        }
    }

    fn yield_expr(&mut self, span: Span, operand: Option<Span>) {
        let diagnostic = self.context.check_yield(self.file, span, operand);
        self.report(diagnostic);
        self.current().is_generator = true;
    }

    /// Left-nested operator chains (`a + b + c + ...`) are walked along their left spine
    /// iteratively, so a long expression on one line is not a deep recursion.
    fn binop_chain(&mut self, expr: &'a Expr) {
        let ExprKind::BinOp { left, right, .. } = &expr.kind else {
            return self.expr_kind(expr);
        };
        if !matches!(left.kind, ExprKind::BinOp { .. }) {
            self.expr(left);
            self.expr(right);
            return;
        }
        let mut rights = Vec::new();
        let mut leftmost = expr;
        while let ExprKind::BinOp { left, right, .. } = &leftmost.kind {
            rights.push(&**right);
            leftmost = left;
        }
        self.expr(leftmost);
        for right in rights.into_iter().rev() {
            self.expr(right);
        }
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.expr(value);
                if !self.descend(value.span) {
                    return;
                }
                self.fstring(spec);
                self.ascend();
            }
        }
    }

    /// The first iterable is evaluated in the enclosing scope, everything else in the
    /// comprehension's own scope.
    fn comprehension(
        &mut self,
        span: Span,
        generators: &'a [Comprehension],
        reject_async_outside: bool,
        results: &[&'a Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.expr(&first.iter);
        if reject_async_outside && let Some(keywords) = async_keywords(generators, results) {
            let diagnostic = self.context.check_await(self.file, keywords, None);
            self.report(diagnostic);
        }
        let scope = self.push_scope(ScopeKind::Comprehension, "<comprehension>", span);
        let context = Context {
            comprehension: true,
            ..self.context
        };
        self.within(scope, context, |this| {
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    this.expr(&generator.iter);
                }
                this.target(&generator.target, DEFINES);
                this.exprs(&generator.ifs);
            }
            for result in results {
                this.expr(result);
            }
        });
    }

    // ---- patterns ---------------------------------------------------------------------------

    fn pattern(&mut self, pattern: &'a Pattern) {
        if !self.descend(pattern.span) {
            return;
        }
        match &pattern.kind {
            PatternKind::Value(expr) | PatternKind::Singleton(expr) => self.expr(expr),
            PatternKind::Sequence(patterns) | PatternKind::Or(patterns) => {
                for p in patterns {
                    self.pattern(p);
                }
            }
            PatternKind::Star(name) => {
                if let Some(name) = name {
                    self.bind(name, DEFINES);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys);
                for p in patterns {
                    self.pattern(p);
                }
                if let Some(rest) = rest {
                    self.bind(rest, DEFINES);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for p in patterns.iter().chain(kwd_patterns) {
                    self.pattern(p);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.pattern(pattern);
                }
                if let Some(name) = name {
                    self.bind(name, DEFINES);
                }
            }
        }
        self.ascend();
    }
}

/// The text between the previous part of a comprehension and the target of its first
/// `async for` clause: where the `async for` keywords are.
fn async_keywords(generators: &[Comprehension], results: &[&Expr]) -> Option<Span> {
    let position = generators.iter().position(|g| g.is_async)?;
    let start = match position.checked_sub(1).map(|i| &generators[i]) {
        Some(previous) => previous
            .ifs
            .iter()
            .map(|e| e.span.end)
            .fold(previous.iter.span.end, u32::max),
        None => results.last()?.span.end,
    };
    let end = generators[position].target.span.start;
    (start <= end).then_some(Span { start, end })
}

/// Every parameter in declaration order.
fn parameters(params: &Parameters) -> impl Iterator<Item = &crate::syntax::ast::Param> {
    params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg)
}

/// The name as the user typed it.
pub fn spelling(name: &Name) -> &str {
    name.spelling.as_deref().unwrap_or(&name.id)
}
