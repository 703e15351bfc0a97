//! The result of name resolution, for the code generator: what each name occurrence refers to
//! and, per function, its locals, cells and free variables.
use hashbrown::HashMap;

use crate::source::Span;

pub use super::scopes::{ScopeId, ScopeKind};

/// What one occurrence of a name refers to. Slots index the lists of the [`ScopeInfo`] of the
/// scope the occurrence is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRef {
    /// A plain local variable: `ScopeInfo::locals[slot]`.
    Local(u32),
    /// A local variable that inner functions capture, kept in a cell: `ScopeInfo::cells[slot]`.
    Cell(u32),
    /// A variable of an enclosing function, reached through its cell: `ScopeInfo::frees[slot]`.
    Free(u32),
    /// A module-level name (looked up in the builtins when the module has not bound it).
    Global,
    /// A name bound in a class body: an entry of the class namespace (read with a fallback to
    /// the globals and builtins, as Python does).
    ClassLocal,
    /// A builtin the program does not bind, by its canonical (English) name.
    Builtin(&'static str),
    /// Bound nowhere: an error has been reported.
    Undefined,
}

/// One scope: the module, a function, a lambda, a class body or a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeInfo {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// The function or class name (`<lambda>`, `<comprehension>`, `<module>` otherwise).
    pub name: String,
    /// The key of [`Resolution::scope_of`]: the name of a `def`/`class`, the whole lambda or
    /// comprehension expression, the whole file for the module.
    pub node: Span,
    pub is_async: bool,
    pub is_generator: bool,
    /// Parameters first, then other locals in order of first mention (captured ones excluded).
    pub locals: Vec<String>,
    /// Locals captured by inner scopes (parameters included), in order of first mention.
    pub cells: Vec<String>,
    /// Variables of enclosing functions this scope reads or passes on to an inner scope.
    pub frees: Vec<String>,
    /// A method that calls `super` (under any alias) and needs the implicit `__class__` cell.
    pub uses_class_cell: bool,
}

/// Name resolution of one module.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    pub(super) scopes: Vec<ScopeInfo>,
    pub(super) names: HashMap<Span, NameRef>,
    pub(super) scope_nodes: HashMap<Span, ScopeId>,
}

impl Resolution {
    /// What the name occurrence at `span` refers to: every read, binding (assignment target,
    /// parameter, `def`/`class` name, `as` name, pattern capture), `del` target and name of a
    /// `global`/`nonlocal` statement. An `import a.b` without `as` is keyed by the alias span.
    pub fn name(&self, span: Span) -> Option<NameRef> {
        self.names.get(&span).copied()
    }

    /// The scope a `def`/`class` (keyed by its name's span), lambda or comprehension (keyed by
    /// the expression's span) opens.
    pub fn scope_of(&self, node: Span) -> Option<ScopeId> {
        self.scope_nodes.get(&node).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &ScopeInfo {
        &self.scopes[id.index()]
    }

    /// All scopes; index 0 is the module, parents come before their children.
    pub fn scopes(&self) -> &[ScopeInfo] {
        &self.scopes
    }

    pub fn name_count(&self) -> usize {
        self.names.len()
    }
}
