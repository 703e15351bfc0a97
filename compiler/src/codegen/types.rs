//! Static types of local variables, module globals and direct functions, where provable.
//!
//! Flow-insensitive: the type of a variable is the join of the types of every value assigned to
//! it. Module-level functions only ever called directly (never used as values) get parameter
//! types = join of the argument types at their call sites, and return types = join of their
//! `return` values; everything is iterated to a fixpoint. A type is a promise about the value
//! word *if the variable is bound*: `Int` = a Python int (small or big) or bool, `Float` = a
//! float, etc. Reading a variable still checks that it is bound.
use crate::syntax::ast::{BinOp, Expr, ExprKind, UnaryOp};
use hashbrown::HashMap;

pub use super::infer::{Names, infer};

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
pub type Inferred = Option<Ty>;

pub fn join(a: Inferred, b: Inferred) -> Inferred {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) if x == y => Some(x),
        _ => Some(Ty::Unknown),
    }
}

pub const MAX_DEPTH: u32 = 100;
pub const MAX_ROUNDS: u32 = 50;

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
pub struct Opaque;

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
            let plain =
                keywords.is_empty() && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
            match (env.builtin(&name.id), args.as_slice()) {
                (Some("float"), [] | [_]) if plain => Ty::Float,
                (Some("int" | "len" | "ord"), _) if plain => Ty::Int,
                (Some("str" | "repr" | "ascii" | "chr"), [_]) if plain => Ty::Str,
                (Some("min" | "max"), [_, _, ..]) if plain => {
                    return args.iter().map(sub).fold(None, join);
                }
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
