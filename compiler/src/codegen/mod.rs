//! Code generation: syntax tree -> a wasm module that imports the guest runtime (`mlrt.*`).
//!
//! Every Python value is an i64 word (`runtime/ABI.md`). Variables live in frame slots of the
//! runtime's shadow stack (module globals and constants in the root frame `_start` pushes), so
//! the collector sees every live reference at its polls; values on the wasm stack never live
//! across a call that may poll (a user function call) without being spilled to a temporary slot.
//! Each user function is a wasm function `(i64 ...) -> i64` returning `EXC` when it raises.
//! Every `def`/`lambda` is also a function object whose uniform entry binds `(args, kwargs)`;
//! captured variables live in cells (`closure.rs`, `params.rs`).
mod assemble;
mod attr;
mod body;
mod call;
mod class;
mod closure;
mod comprehension;
mod expr;
mod fast;
mod function;
mod generator;
mod generator_function;
mod genexp;
mod import;
mod infer;
mod lambda;
mod match_stmt;
mod params;
mod pool;
pub mod runtime_api;
mod scalar;
mod scope;
mod stmt;
mod try_stmt;
mod types;
mod unpack;
mod with_stmt;

use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon::Lexicon;
use crate::source::{SourceFile, Span};
use crate::syntax::ast::{FunctionDef, Module};
use body::Body;
use hashbrown::HashMap;
use pool::ModuleSlots;
use scope::ModuleScope;

/// Wasm globals of the generated module: the two linker-defined addresses, then the root frame.
const DATA_BASE_GLOBAL: u32 = 0;
const HEAP_START_GLOBAL: u32 = 1;
/// Imported from the runtime: addresses of its collector and allocator state (inline fast paths).
const GC_STATE_GLOBAL: u32 = 2;
const HEAP_STATE_GLOBAL: u32 = 3;
/// Linker-defined: index in table 0 of the module's first function-table entry (`closure.rs`).
const TABLE_BASE_GLOBAL: u32 = 4;
const FRAME_GLOBAL: u32 = 5;

/// Nesting limit of expressions and statements handled by the (recursive) generator.
const MAX_NESTING: u32 = 200;

/// Generates the module for `module`, or the diagnostics of the constructs not supported yet.
pub fn generate(
    file: &SourceFile,
    module: &Module,
    lexicon: &'static Lexicon,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let scope = ModuleScope::new(&module.body);
    let functions = FunctionTable::new(&scope);
    let mut shared = Shared {
        file,
        lexicon,
        scope: &scope,
        functions: &functions,
        slots: ModuleSlots::default(),
        diagnostics: Vec::new(),
        classes: class::ClassMap::new(&module.body),
        resolution: crate::resolve::resolve(file, module, lexicon).0,
        extra: Vec::new(),
        table: Vec::new(),
        types: types::infer(
            &module.body,
            &functions.defs,
            &fast::ModuleNames {
                scope: &scope,
                functions: &functions,
                lexicon,
            },
        ),
        scalars: scalar::Clones::default(),
    };
    shared.scalars = scalar::generate_clones(&mut shared);
    let mut compiled = Vec::new();
    for def in &functions.defs {
        compiled.push(function::compile_function(&mut shared, def));
    }
    let module_body = function::compile_module_body(&mut shared, &module.body);
    if !shared.diagnostics.is_empty() {
        return Err(shared.diagnostics);
    }
    let mut names: Vec<String> = functions.defs.iter().map(|d| d.name.id.clone()).collect();
    for extra in std::mem::take(&mut shared.extra) {
        names.push(extra.name);
        compiled.push(extra.compiled);
    }
    let source_file_slot = shared.slots.string(&file.name);
    Ok(assemble::assemble(
        &shared.slots,
        source_file_slot,
        &names,
        compiled,
        module_body,
        &shared.table,
        shared.scalars.global_count(),
    ))
}

/// Module-level functions called directly, by symbolic index (their position in `defs`).
pub(crate) struct FunctionTable<'a> {
    pub defs: Vec<&'a FunctionDef>,
    by_name: HashMap<String, u32>,
}

impl<'a> FunctionTable<'a> {
    fn new(scope: &ModuleScope<'a>) -> FunctionTable<'a> {
        let mut table = FunctionTable {
            defs: Vec::new(),
            by_name: HashMap::new(),
        };
        for def in &scope.bindings.functions {
            if scope.is_direct_function(&def.name.id)
                && closure::has_simple_signature(def)
                && !generator_function::contains_yield(&def.body)
            {
                table
                    .by_name
                    .insert(def.name.id.clone(), table.defs.len() as u32);
                table.defs.push(def);
            }
        }
        table
    }

    pub fn get(&self, name: &str) -> Option<(u32, &'a FunctionDef)> {
        let index = *self.by_name.get(name)?;
        Some((index, self.defs[index as usize]))
    }
}

/// State shared by the generation of every function of the module.
pub(crate) struct Shared<'a, 'm> {
    pub file: &'m SourceFile,
    pub lexicon: &'static Lexicon,
    pub scope: &'m ModuleScope<'a>,
    pub functions: &'m FunctionTable<'a>,
    pub slots: ModuleSlots,
    pub diagnostics: Vec<Diagnostic>,
    /// Which class each method belongs to, for `super()` (`class.rs`).
    pub classes: class::ClassMap,
    /// Static types of variables and direct functions (`types.rs`).
    pub types: types::ModuleTypes,
    /// Python-rules name resolution (cells and free variables of closures).
    pub resolution: crate::resolve::Resolution,
    /// Functions compiled on the fly (nested functions, lambdas, uniform entries), numbered
    /// after `functions.defs` (`closure.rs`).
    pub extra: Vec<closure::ExtraFunction>,
    /// Function-table entries (symbolic function indices or import targets), in order.
    pub table: Vec<u32>,
    /// Native clones of pure numeric functions (`scalar/`).
    pub scalars: scalar::Clones,
}

/// A construct the generator does not handle; its diagnostic has been recorded.
#[derive(Debug)]
pub(crate) struct Unsupported;

pub(crate) type Gen<T = ()> = Result<T, Unsupported>;

/// A generated function body, ready to be assembled.
pub(crate) struct CompiledFunction {
    pub param_count: u32,
    pub body: Body,
}

/// Where a name lives, as seen from the function being generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// A slot of the function's own frame.
    Local(u32),
    /// A slot of the root frame.
    Global(u32),
    /// Not bound anywhere in the program: a builtin (or a NameError at run time).
    Builtin,
    /// A slot of the function's own frame holding the variable's cell (`closure.rs`).
    Cell(u32),
}

/// Labels of the innermost loop.
#[derive(Clone, Copy)]
pub(crate) struct LoopLabels {
    pub break_to: body::Label,
    pub continue_to: body::Label,
}

/// Generation state of one function (or of the module body).
pub(crate) struct FunctionGen<'s, 'a, 'm> {
    pub shared: &'s mut Shared<'a, 'm>,
    pub body: Body,
    /// Name used in tracebacks (`<module>` for the module body).
    pub name: String,
    /// Local variable -> frame slot; empty for the module body (where names are globals).
    pub locals: HashMap<String, u32>,
    pub declared_global: hashbrown::HashSet<String>,
    pub loops: Vec<LoopLabels>,
    /// Regions (finally, with, active except clauses) that a `return`, `break` or `continue`
    /// must clean up when it leaves them, innermost last (`try_stmt.rs`).
    pub handling: Vec<try_stmt::Cleanup>,
    pub nesting: u32,
    pub is_module: bool,
    /// The class body being generated inline, if any (`class.rs`).
    pub class_body: Option<class::ClassBody>,
    /// Locals whose slot holds a cell: captured variables and free variables (`closure.rs`).
    pub cells: hashbrown::HashSet<String>,
    /// The resolver's scope of the function (None for the module body).
    pub scope: Option<crate::resolve::ScopeId>,
}

impl FunctionGen<'_, '_, '_> {
    /// Records "not supported yet: {what}" at `span`.
    pub fn unsupported(&mut self, span: Span, what: &str) -> Unsupported {
        self.shared
            .diagnostics
            .push(Diagnostic::error(Code::NotSupportedYet, span).with("what", what));
        Unsupported
    }

    pub fn place(&mut self, name: &str) -> Place {
        if let Some(&slot) = self.locals.get(name) {
            if self.cells.contains(name) {
                return Place::Cell(slot);
            }
            return Place::Local(slot);
        }
        if self.declared_global.contains(name) || self.shared.scope.is_global(name) {
            return Place::Global(self.shared.slots.named(name));
        }
        Place::Builtin
    }

    /// The English builtin a name not bound by the program denotes (`longueur` -> `len`).
    pub fn builtin_name<'n>(&self, id: &'n str) -> &'n str {
        self.shared.lexicon.builtin_for_alias(id).unwrap_or(id)
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.shared.file.line_col(span.start).0 as u32
    }

    /// Guards the recursion of the generator on deeply nested input.
    pub fn enter(&mut self, span: Span) -> Gen {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(self.unsupported(span, "nesting this deep"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    /// Pushes the string constant `text` (an i64 str word).
    pub fn string_constant(&mut self, text: &str) {
        let slot = self.shared.slots.string(text);
        self.body.load_module_slot(FRAME_GLOBAL, slot);
    }

    pub fn bytes_constant(&mut self, value: &[u8]) {
        let slot = self.shared.slots.byte_string(value);
        self.body.load_module_slot(FRAME_GLOBAL, slot);
    }
}
