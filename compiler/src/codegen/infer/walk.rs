//! Walks over the syntax tree used by the inference: the children of a statement, the
//! subexpressions of an expression, the names bound by targets, and a few structural facts.
use super::super::types::MAX_DEPTH;
use crate::syntax::ast::{Expr, ExprKind, FStringPart, FunctionDef, Stmt, StmtKind};
use hashbrown::HashSet;

/// Names that `body` may unbind (`del name`, the name of an `except` clause), `None` when the
/// body is too deep to look at.
pub fn unbound_names(body: &[Stmt]) -> Option<HashSet<String>> {
    let mut names = HashSet::new();
    collect_deleted(body, &mut names, 0).then_some(names)
}

/// false when the body is too deep to look at.
fn collect_deleted(body: &[Stmt], out: &mut HashSet<String>, depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let mut complete = true;
    for stmt in body {
        match &stmt.kind {
            StmtKind::Delete(targets) => targets.iter().for_each(|t| target_names(t, out)),
            // A handler's name is unbound when the handler ends; a match may bind anything.
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(name) = &h.name {
                        out.insert(name.id.clone());
                    }
                }
            }
            _ => {}
        }
        for_each_child(stmt, depth, &mut |child| {
            if let Child::Body(b) = child {
                complete &= collect_deleted(b, out, depth + 1);
            }
        });
    }
    complete
}

/// Whether running `body` can never reach its end (every path returns or raises).
pub fn always_leaves(body: &[Stmt], depth: u32) -> bool {
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
pub fn has_inner_scope(body: &[Stmt], depth: u32) -> bool {
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
pub fn expr_bound_names(e: &Expr, out: &mut HashSet<String>, depth: u32) {
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

pub fn target_names(target: &Expr, out: &mut HashSet<String>) {
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
pub enum Child<'a> {
    Expr(&'a Expr),
    Body(&'a [Stmt]),
}

/// The expressions and statement lists directly inside `stmt` (not inside nested defs/classes,
/// except their decorators, defaults and bases, which run in this scope).
pub fn for_each_child<'a>(stmt: &'a Stmt, _depth: u32, f: &mut dyn FnMut(Child<'a>)) {
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
pub fn for_each_subexpr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
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
        ExprKind::Yield(Some(value)) => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|x| f(x));
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

pub fn param_defaults(def: &FunctionDef) -> impl Iterator<Item = &Expr> {
    let p = &def.params;
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.kwonly)
        .filter_map(|p| p.default.as_ref())
}
