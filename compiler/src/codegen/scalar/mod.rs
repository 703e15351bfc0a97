//! Scalar clones: speculative native versions of pure numeric functions.
//!
//! A direct module-level function whose parameters, locals and result are all ints, floats or
//! bools, and whose body only computes with them (arithmetic, comparisons, `if`/`while`/
//! `for ... in range(...)`, calls of such functions and of a few pure builtins) gets a *clone*:
//! a wasm function over raw `i64`/`f64`/`i32` values with no frame, no boxing and no collector
//! polls. The generic function tries its clone first when its arguments are small ints, floats
//! or bools (`entry.rs`).
//!
//! A clone takes its parameters and a call budget (the calls it may still nest before the
//! recursion limit), and returns its result and a bail flag. It never raises and has no side
//! effects. Whenever it meets something it does not model exactly — an int overflowing `i64`, a
//! division by zero, a recursion deeper than the limit, an int too large to compare exactly with
//! a float — it *bails*: it returns with the flag set, every caller returns at once, and the
//! generic function runs the call again from its start, now with Python's full semantics (big
//! ints, exceptions, tracebacks). Since the clone changed nothing, running again is unobservable.
//! After a bail the clone is disabled for the rest of the run, so a bail costs at most one
//! wasted attempt.
mod arith;
mod emit;
mod entry;
mod expr;
mod tail;

pub use entry::entry_code;

use super::Shared;
use super::closure::has_simple_signature;
use super::types::Ty;
use crate::syntax::ast::FunctionDef;
use wasm_encoder::ValType;

/// i32 globals, one per clone from here: set once the clone has bailed.
const FIRST_DISABLED_GLOBAL: u32 = super::FRAME_GLOBAL + 1;

/// The representation of a value in a clone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// An int within `i64`.
    Int,
    Float,
    /// An `i32` 0 or 1.
    Bool,
}

impl Scalar {
    fn of(ty: Ty) -> Option<Scalar> {
        match ty {
            Ty::Int => Some(Scalar::Int),
            Ty::Float => Some(Scalar::Float),
            Ty::Bool => Some(Scalar::Bool),
            _ => None,
        }
    }

    fn val_type(self) -> ValType {
        match self {
            Scalar::Int => ValType::I64,
            Scalar::Float => ValType::F64,
            Scalar::Bool => ValType::I32,
        }
    }

    fn is_integral(self) -> bool {
        matches!(self, Scalar::Int | Scalar::Bool)
    }
}

/// The clone of one direct function.
#[derive(Clone, Debug)]
pub struct Clone {
    /// Symbolic function index of the clone.
    pub function: u32,
    pub params: Vec<Scalar>,
    pub result: Scalar,
    /// The i32 global that disables the clone.
    pub disabled: u32,
}

/// The clones of the module, by index of `FunctionTable::defs`.
#[derive(Default)]
pub struct Clones {
    pub by_def: Vec<Option<Clone>>,
}

impl Clones {
    /// The number of i32 globals the clones need (declared after `FRAME_GLOBAL`).
    pub fn global_count(&self) -> u32 {
        self.by_def.iter().flatten().count() as u32
    }

    pub fn of(&self, def: usize) -> Option<&Clone> {
        self.by_def.get(def).and_then(Option::as_ref)
    }
}

/// Signature of the clone `def` would have, from the inferred types.
fn candidate(shared: &Shared<'_, '_>, index: usize, def: &FunctionDef) -> Option<Vec<Scalar>> {
    if !has_simple_signature(def) {
        return None;
    }
    def.params
        .posonly
        .iter()
        .chain(&def.params.args)
        .map(|p| Scalar::of(shared.types.local(index, &p.name.id)))
        .collect()
}

/// Generates the clones of every eligible function into `shared.extra`: candidates are generated
/// assuming every candidate has a clone; those that fail are dropped and the rest generated again,
/// until every remaining clone generates.
pub fn generate_clones(shared: &mut Shared<'_, '_>) -> Clones {
    let defs = shared.functions.defs.clone();
    let mut assumed: Vec<Option<(Vec<Scalar>, Scalar)>> = defs
        .iter()
        .enumerate()
        .map(|(i, def)| {
            let params = candidate(shared, i, def)?;
            Some((params, Scalar::of(shared.types.returns(i))?))
        })
        .collect();
    let base = (defs.len() + shared.extra.len()) as u32;
    loop {
        let mut clones = Clones::default();
        let mut next = 0;
        for signature in &assumed {
            clones
                .by_def
                .push(signature.as_ref().map(|(params, result)| {
                    let clone = Clone {
                        function: base + next,
                        params: params.clone(),
                        result: *result,
                        disabled: FIRST_DISABLED_GLOBAL + next,
                    };
                    next += 1;
                    clone
                }));
        }
        let mut bodies = Vec::new();
        let mut failed = false;
        for (i, def) in defs.iter().enumerate() {
            let Some(clone) = clones.of(i) else { continue };
            match emit::clone_body(shared, &clones, i, def, clone) {
                Some(body) => bodies.push((format!("{} (scalar)", def.name.id), body)),
                None => {
                    assumed[i] = None;
                    failed = true;
                }
            }
        }
        if !failed {
            for (name, body) in bodies {
                shared.extra.push(super::closure::ExtraFunction {
                    name,
                    compiled: body,
                });
            }
            return clones;
        }
    }
}
