//! Typed code: the static types of `types.rs` seen from the function being generated, and float
//! locals kept as raw `f64` wasm locals.
use super::super::types::{Env, Ty, expr_type};
use super::super::{FunctionGen, Gen};
use crate::syntax::ast::{Expr, Name};
use hashbrown::HashMap;
use wasm_encoder::{BlockType, Instruction, ValType};

/// The bits of a float local that holds no value yet (a signalling NaN: arithmetic never
/// produces one, and Python floats never hold one).
pub const FLOAT_UNBOUND: i64 = 0x7FF0_0000_0000_0ABC;

/// What the generator knows about the types of the function it is generating.
#[derive(Default)]
pub struct Typed {
    /// Index of the direct function (`FunctionTable::defs`), `None` for the module body.
    pub function: Option<usize>,
    /// Float locals: name -> `f64` wasm local.
    pub floats: HashMap<String, u32>,
    /// Parameters never unbound by `del` (always bound while the function runs).
    pub bound_params: hashbrown::HashSet<String>,
}

/// The names visible from a `FunctionGen`, for `types::expr_type`.
struct GenEnv<'g, 's, 'a, 'm> {
    generator: &'g FunctionGen<'s, 'a, 'm>,
}

/// Only the module body and analysed direct functions are typed: other code (nested functions,
/// lambdas, methods) may see names of enclosing scopes that shadow globals.
impl Env for GenEnv<'_, '_, '_, '_> {
    fn variable(&self, name: &str) -> Option<Ty> {
        let g = self.generator;
        if g.body.typed.is_none() {
            return Some(Ty::Unknown);
        }
        let types = &g.shared.types;
        let t = if g.locals.contains_key(name) {
            match g.body.typed.as_ref().and_then(|t| t.function) {
                Some(f) if !g.is_module => types.local(f, name),
                _ => Ty::Unknown,
            }
        } else if g.is_global_name(name) {
            types.global(name)
        } else {
            Ty::Unknown
        };
        Some(t)
    }

    fn call(&self, name: &str) -> Option<Option<Ty>> {
        let g = self.generator;
        if g.body.typed.is_none() || g.locals.contains_key(name) || !g.is_global_name(name) {
            return None;
        }
        let (index, _) = g.shared.functions.get(name)?;
        Some(Some(g.shared.types.returns(index as usize)))
    }

    fn builtin(&self, name: &str) -> Option<&'static str> {
        let g = self.generator;
        if g.body.typed.is_none() || g.locals.contains_key(name) || g.is_global_name(name) {
            return None;
        }
        match g.shared.lexicon.builtin_for_alias(name) {
            Some(english) => Some(english),
            None => super::super::runtime_api::GENERIC_BUILTINS
                .iter()
                .copied()
                .find(|b| *b == name),
        }
    }
}

impl FunctionGen<'_, '_, '_> {
    fn is_global_name(&self, name: &str) -> bool {
        self.declared_global.contains(name) || self.shared.scope.is_global(name)
    }

    /// The static type of `e` here.
    pub fn ty(&self, e: &Expr) -> Ty {
        let env = GenEnv { generator: self };
        expr_type(e, &env, 0).unwrap_or(Ty::Unknown)
    }

    /// Starts typed generation of direct function `function` (`None`: the module body): float
    /// locals get `f64` wasm locals, float parameters are unboxed into theirs.
    pub fn start_typed(&mut self, function: Option<usize>, params: &[&str]) {
        let mut typed = Typed {
            function,
            ..Typed::default()
        };
        if let Some(f) = function {
            let mut names: Vec<&String> = self.locals.keys().collect();
            names.sort_by_key(|n| self.locals.get(*n).copied().unwrap_or(0));
            let floats: Vec<String> = names
                .into_iter()
                .filter(|n| self.shared.types.local(f, n) == Ty::Float)
                .cloned()
                .collect();
            for name in floats {
                let local = self.body.new_local(ValType::F64);
                match params.iter().position(|p| *p == name) {
                    Some(param) => {
                        self.body.emit(Instruction::LocalGet(param as u32));
                        self.word_to_f64();
                    }
                    None => self.body.emit(Instruction::F64Const(
                        f64::from_bits(FLOAT_UNBOUND as u64).into(),
                    )),
                }
                self.body.emit(Instruction::LocalSet(local));
                typed.floats.insert(name, local);
            }
        }
        self.body.typed = Some(typed);
    }

    /// The `f64` wasm local of float local `name`.
    pub fn float_local(&self, name: &str) -> Option<u32> {
        if !self.locals.contains_key(name) {
            return None;
        }
        self.body.typed.as_ref()?.floats.get(name).copied()
    }

    /// Pushes the raw value of float local `name`, raising UnboundLocalError when unbound.
    pub fn load_float_local(&mut self, name: &Name, local: u32) {
        self.body.emit(Instruction::LocalGet(local));
        self.body.emit(Instruction::I64ReinterpretF64);
        self.body.emit(Instruction::I64Const(FLOAT_UNBOUND));
        self.body.emit(Instruction::I64Eq);
        self.body.if_(BlockType::Empty);
        self.string_constant(&name.id);
        self.body
            .call(super::super::runtime_api::Rt::RaiseUnboundLocal);
        self.body.emit(Instruction::Drop);
        self.body.raise();
        self.body.end();
        self.body.emit(Instruction::LocalGet(local));
    }

    /// Hook of `load_name`: a float local is boxed.
    pub fn fast_load_name(&mut self, name: &Name) -> Option<Gen> {
        let local = self.float_local(&name.id)?;
        self.load_float_local(name, local);
        self.encode_float();
        Some(Ok(()))
    }

    /// Hook of `assign_top` for a name: the (float) word on the stack goes into a float local.
    pub fn fast_store_name(&mut self, name: &Name) -> bool {
        let Some(local) = self.float_local(&name.id) else {
            return false;
        };
        self.word_to_f64();
        self.body.emit(Instruction::LocalSet(local));
        true
    }
}

/// How names resolve at module level, for the inference.
pub struct ModuleNames<'s, 'a> {
    pub scope: &'s super::super::scope::ModuleScope<'a>,
    pub functions: &'s super::super::FunctionTable<'a>,
    pub lexicon: &'static crate::lexicon::Lexicon,
}

impl super::super::types::Names for ModuleNames<'_, '_> {
    fn direct_function(&self, name: &str) -> Option<usize> {
        self.functions.get(name).map(|(index, _)| index as usize)
    }

    fn builtin(&self, name: &str) -> Option<&'static str> {
        match self.lexicon.builtin_for_alias(name) {
            Some(english) => Some(english),
            None => super::super::runtime_api::GENERIC_BUILTINS
                .iter()
                .copied()
                .find(|b| *b == name),
        }
    }

    fn is_global(&self, name: &str) -> bool {
        self.scope.is_global(name)
    }

    fn assigned_in_function(&self, name: &str) -> bool {
        self.scope.assigned_via_global.contains(name)
    }
}

impl FunctionGen<'_, '_, '_> {
    /// Typed generation of `def` when it is a direct module-level function.
    pub fn start_typed_function(&mut self, def: &crate::syntax::ast::FunctionDef, params: &[&str]) {
        let index = self
            .shared
            .functions
            .defs
            .iter()
            .position(|d| std::ptr::eq(*d, def));
        if index.is_none() {
            return;
        }
        self.start_typed(index, params);
        let Some(unbound) = super::super::infer::unbound_names(&def.body) else {
            return;
        };
        if let Some(typed) = self.body.typed.as_mut() {
            typed.bound_params = params
                .iter()
                .filter(|p| !unbound.contains(**p))
                .map(|p| (*p).to_owned())
                .collect();
        }
    }
}

impl FunctionGen<'_, '_, '_> {
    /// A direct call of the direct function being generated.
    pub fn is_self_call(&self, callee: u32) -> bool {
        !self.is_module
            && self.body.typed.as_ref().and_then(|t| t.function) == Some(callee as usize)
    }

    /// The frame slot of a parameter that nothing unbinds (no `del`): reading it needs no
    /// unbound check.
    pub fn always_bound_slot(&self, name: &str) -> Option<u32> {
        let typed = self.body.typed.as_ref()?;
        if !typed.bound_params.contains(name) {
            return None;
        }
        self.locals.get(name).copied()
    }
}
