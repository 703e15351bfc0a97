//! Symbol tables: one per scope, filled by the binding pass ([`super::collect`]) and read by the
//! use pass ([`super::check`]). Names borrow the syntax tree's strings.
use hashbrown::HashMap;

use crate::source::Span;

/// Index of a scope in [`super::Resolution::scopes`]; the module is always scope 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    pub const MODULE: ScopeId = ScopeId(0);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    /// A list/set/dict comprehension or a generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Scopes whose names live in slots (and can be captured by closures).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// What one scope knows about one name, from the binding pass.
#[derive(Clone, Debug, Default)]
pub struct Symbol<'a> {
    pub name: &'a str,
    /// Read somewhere in this scope.
    pub used: bool,
    /// Bound somewhere in this scope (assignment, `def`, import, parameter, `del`, ...): this
    /// makes the name local to the scope.
    pub bound: bool,
    /// Given a value somewhere (a binding other than `+=`, `del` or a bare annotation).
    pub defined: bool,
    pub param: bool,
    /// `global name` in this scope.
    pub global: Option<Span>,
    /// `nonlocal name` in this scope.
    pub nonlocal: Option<Span>,
    /// Bound by `:=` inside this comprehension: the name lives in the enclosing function.
    pub walrus_outer: bool,
    /// Span of the name in its `let` declaration.
    pub let_decl: Option<Span>,
    /// Span of the name in its `const` declaration.
    pub const_decl: Option<Span>,
}

impl Symbol<'_> {
    pub fn seen(&self) -> bool {
        self.used || self.bound
    }
}

#[derive(Clone, Debug)]
pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// The function or class name (`<lambda>`, `<comprehension>`, `<module>` otherwise).
    pub name: &'a str,
    /// Span that identifies the node: the name of a `def`/`class`, the whole lambda or
    /// comprehension expression, the whole file for the module.
    pub node: Span,
    pub is_async: bool,
    pub is_generator: bool,
    /// `from m import *` at this level: unknown names may come from it.
    pub has_star_import: bool,
    symbols: Vec<Symbol<'a>>,
    index: HashMap<&'a str, u32>,
}

impl<'a> Scope<'a> {
    pub fn new(kind: ScopeKind, parent: Option<ScopeId>, name: &'a str, node: Span) -> Self {
        Scope {
            kind,
            parent,
            name,
            node,
            is_async: false,
            is_generator: false,
            has_star_import: false,
            symbols: Vec::new(),
            index: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn get(&self, name: &str) -> Option<&Symbol<'a>> {
        self.lookup(name).map(|i| &self.symbols[i as usize])
    }

    /// The symbol for `name`, created on first mention.
    pub fn symbol(&mut self, name: &'a str) -> (u32, &mut Symbol<'a>) {
        let next = self.symbols.len() as u32;
        let index = *self.index.entry(name).or_insert(next);
        if index == next {
            self.symbols.push(Symbol {
                name,
                ..Symbol::default()
            });
        }
        (index, &mut self.symbols[index as usize])
    }

    pub fn symbols(&self) -> &[Symbol<'a>] {
        &self.symbols
    }
}
