//! The use pass: with every scope's bindings known, decides what each name refers to (Python's
//! rules: class bodies do not enclose their methods, `global`/`nonlocal` redirect bindings),
//! which locals inner scopes capture (cells) and which variables each scope borrows (frees),
//! then reports undefined names, `nonlocal` without a binding and `const` reassignment.
use hashbrown::HashMap;

use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon::Lexicon;

use super::builtins::builtin_for;
use super::collect::{Collected, Occurrence, Role};
use super::resolution::{NameRef, Resolution, ScopeInfo};
use super::scopes::{Scope, ScopeId, ScopeKind};

/// Where a symbol of a scope lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Local,
    ClassLocal,
    Global,
    /// A local of the enclosing function `owner`.
    Free {
        owner: ScopeId,
    },
    Builtin(&'static str),
    Undefined,
}

pub fn analyze(collected: Collected<'_>, lexicon: &Lexicon) -> (Resolution, Vec<Diagnostic>) {
    let Collected {
        mut scopes,
        occurrences,
        mut diagnostics,
    } = collected;
    bind_declared_globals(&mut scopes);
    let kinds = classify(&scopes, lexicon, &mut diagnostics);
    define_through_nonlocals(&mut scopes, &kinds);
    let mut analysis = Analysis {
        scopes: &scopes,
        kinds: &kinds,
        lexicon,
        visibly_defined: Vec::new(),
        has_consts: scopes
            .iter()
            .any(|s| s.symbols().iter().any(|sym| sym.const_decl.is_some())),
    };
    analysis.visibly_defined = analysis.visible_definitions();
    let layout = analysis.layout();
    let mut resolution = Resolution {
        scopes: Vec::with_capacity(scopes.len()),
        names: HashMap::with_capacity(occurrences.len()),
        scope_nodes: HashMap::with_capacity(scopes.len()),
    };
    for occurrence in &occurrences {
        let name_ref = layout.refs[occurrence.scope.index()][occurrence.symbol as usize];
        resolution.names.insert(occurrence.span, name_ref);
        analysis.check_occurrence(occurrence, &mut diagnostics);
    }
    let class_cell_users = analysis.class_cell_users(&occurrences, &layout.refs);
    for (index, (scope, slots)) in scopes.iter().zip(layout.slots).enumerate() {
        let id = ScopeId(index as u32);
        if index > 0 {
            resolution.scope_nodes.insert(scope.node, id);
        }
        resolution.scopes.push(ScopeInfo {
            kind: scope.kind,
            parent: scope.parent,
            name: scope.name.to_string(),
            node: scope.node,
            is_async: scope.is_async,
            is_generator: scope.is_generator,
            locals: slots.locals,
            cells: slots.cells,
            frees: slots.frees,
            uses_class_cell: class_cell_users.contains(&id),
        });
    }
    (resolution, diagnostics)
}

/// `global x` followed by a binding of `x` in a function binds `x` in the module.
fn bind_declared_globals(scopes: &mut [Scope<'_>]) {
    let mut bindings = Vec::new();
    for scope in scopes.iter().skip(1) {
        for symbol in scope.symbols() {
            if symbol.global.is_some() && symbol.bound {
                bindings.push((symbol.name, symbol.defined));
            }
        }
    }
    let Some(module) = scopes.first_mut() else {
        return;
    };
    for (name, defined) in bindings {
        let (_, symbol) = module.symbol(name);
        symbol.bound = true;
        symbol.defined |= defined;
    }
}

/// Classifies every symbol of every scope. Parents precede children in `scopes`, so an
/// enclosing scope is always classified before the scopes it contains.
fn classify(
    scopes: &[Scope<'_>],
    lexicon: &Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Vec<Kind>> {
    let mut kinds: Vec<Vec<Kind>> = Vec::with_capacity(scopes.len());
    for (index, scope) in scopes.iter().enumerate() {
        let mut scope_kinds = Vec::with_capacity(scope.symbols().len());
        for symbol in scope.symbols() {
            let name = symbol.name;
            let kind = if scope.kind == ScopeKind::Module {
                module_kind(scopes, name, lexicon)
            } else if symbol.global.is_some() {
                Kind::Global
            } else if let Some(declaration) = symbol.nonlocal {
                match enclosing_kind(scopes, &kinds, ScopeId(index as u32), name, lexicon) {
                    kind @ Kind::Free { .. } => kind,
                    _ => {
                        diagnostics.push(
                            Diagnostic::error(Code::NonlocalNotFound, declaration)
                                .with("name", name),
                        );
                        Kind::Undefined
                    }
                }
            } else if symbol.walrus_outer {
                walrus_owner_kind(scopes, &kinds, ScopeId(index as u32), name)
            } else if symbol.bound {
                if scope.kind == ScopeKind::Class {
                    Kind::ClassLocal
                } else {
                    Kind::Local
                }
            } else {
                enclosing_kind(scopes, &kinds, ScopeId(index as u32), name, lexicon)
            };
            scope_kinds.push(kind);
        }
        kinds.push(scope_kinds);
    }
    kinds
}

/// A module-level name: bound in the module, a builtin, or (failing both) undefined unless a
/// `from m import *` may provide it.
fn module_kind(scopes: &[Scope<'_>], name: &str, lexicon: &Lexicon) -> Kind {
    let Some(module) = scopes.first() else {
        return Kind::Undefined;
    };
    if module.get(name).is_some_and(|s| s.bound) {
        Kind::Global
    } else if let Some(builtin) = builtin_for(name, lexicon) {
        Kind::Builtin(builtin)
    } else if module.has_star_import {
        Kind::Global
    } else {
        Kind::Undefined
    }
}

/// What `name`, not bound in scope `from`, refers to: the nearest enclosing function that
/// has it (class bodies are skipped), else the module.
fn enclosing_kind(
    scopes: &[Scope<'_>],
    kinds: &[Vec<Kind>],
    from: ScopeId,
    name: &str,
    lexicon: &Lexicon,
) -> Kind {
    let mut current = scopes[from.index()].parent;
    while let Some(id) = current {
        let scope = &scopes[id.index()];
        match scope.kind {
            ScopeKind::Module => break,
            ScopeKind::Class => {}
            _ => {
                if let Some(symbol) = scope.lookup(name) {
                    return match kinds[id.index()][symbol as usize] {
                        Kind::Local => Kind::Free { owner: id },
                        other => other,
                    };
                }
            }
        }
        current = scope.parent;
    }
    module_kind(scopes, name, lexicon)
}

/// A name bound by `:=` in a comprehension belongs to the nearest non-comprehension scope.
fn walrus_owner_kind(scopes: &[Scope<'_>], kinds: &[Vec<Kind>], from: ScopeId, name: &str) -> Kind {
    let mut owner = from;
    while scopes[owner.index()].kind == ScopeKind::Comprehension {
        match scopes[owner.index()].parent {
            Some(parent) => owner = parent,
            None => break,
        }
    }
    let scope = &scopes[owner.index()];
    if !scope.kind.is_function_like() {
        return Kind::Global;
    }
    match scope.lookup(name).map(|s| kinds[owner.index()][s as usize]) {
        Some(Kind::Local) | None => Kind::Free { owner },
        Some(other) => other,
    }
}

/// `nonlocal x` followed by `x = ...` gives the enclosing function's `x` a value.
fn define_through_nonlocals(scopes: &mut [Scope<'_>], kinds: &[Vec<Kind>]) {
    let mut definitions = Vec::new();
    for (scope, scope_kinds) in scopes.iter().zip(kinds) {
        for (symbol, kind) in scope.symbols().iter().zip(scope_kinds) {
            if let Kind::Free { owner } = kind
                && symbol.defined
            {
                definitions.push((*owner, symbol.name));
            }
        }
    }
    for (owner, name) in definitions {
        let (_, symbol) = scopes[owner.index()].symbol(name);
        symbol.defined = true;
    }
}

/// Slot lists of one scope.
#[derive(Default)]
struct Slots {
    locals: Vec<String>,
    cells: Vec<String>,
    frees: Vec<String>,
}

struct Layout {
    /// Per scope, per symbol.
    refs: Vec<Vec<NameRef>>,
    slots: Vec<Slots>,
}

struct Analysis<'s, 'a> {
    scopes: &'s [Scope<'a>],
    kinds: &'s [Vec<Kind>],
    lexicon: &'s Lexicon,
    /// Per scope, per symbol: whether a read of it can find a value (see
    /// [`Analysis::visibly_defined_from`]).
    visibly_defined: Vec<Vec<bool>>,
    /// Whether any `const` is declared (most programs have none).
    has_consts: bool,
}

impl<'a> Analysis<'_, 'a> {
    /// Marks captured locals as cells, threads free variables through every scope between a
    /// use and its owner, and numbers the slots.
    fn layout(&self) -> Layout {
        let count = self.scopes.len();
        let mut captured: Vec<Vec<bool>> = self
            .scopes
            .iter()
            .map(|s| vec![false; s.symbols().len()])
            .collect();
        let mut frees: Vec<IndexSet<'a>> = (0..count).map(|_| IndexSet::default()).collect();
        for (index, scope) in self.scopes.iter().enumerate() {
            for (symbol, kind) in scope.symbols().iter().zip(&self.kinds[index]) {
                let Kind::Free { owner } = *kind else {
                    continue;
                };
                if let Some(owned) = self.scopes[owner.index()].lookup(symbol.name) {
                    captured[owner.index()][owned as usize] = true;
                }
                let mut current = Some(ScopeId(index as u32));
                while let Some(id) = current
                    && id != owner
                {
                    frees[id.index()].insert(symbol.name);
                    current = self.scopes[id.index()].parent;
                }
            }
        }
        let mut refs = Vec::with_capacity(count);
        let mut slots = Vec::with_capacity(count);
        for (index, scope) in self.scopes.iter().enumerate() {
            let mut scope_slots = Slots {
                frees: frees[index].names.iter().map(|n| n.to_string()).collect(),
                ..Slots::default()
            };
            let mut scope_refs = Vec::with_capacity(scope.symbols().len());
            for (position, (symbol, kind)) in
                scope.symbols().iter().zip(&self.kinds[index]).enumerate()
            {
                let name_ref = match *kind {
                    Kind::Local if captured[index][position] => {
                        scope_slots.cells.push(symbol.name.to_string());
                        NameRef::Cell(scope_slots.cells.len() as u32 - 1)
                    }
                    Kind::Local => {
                        scope_slots.locals.push(symbol.name.to_string());
                        NameRef::Local(scope_slots.locals.len() as u32 - 1)
                    }
                    Kind::Free { .. } => NameRef::Free(frees[index].position(symbol.name)),
                    Kind::ClassLocal => NameRef::ClassLocal,
                    Kind::Global => NameRef::Global,
                    Kind::Builtin(name) => NameRef::Builtin(name),
                    Kind::Undefined => NameRef::Undefined,
                };
                scope_refs.push(name_ref);
            }
            refs.push(scope_refs);
            slots.push(scope_slots);
        }
        Layout { refs, slots }
    }

    fn check_occurrence(&self, occurrence: &Occurrence<'a>, diagnostics: &mut Vec<Diagnostic>) {
        match occurrence.role {
            Role::Load => {
                let scope = &self.visibly_defined[occurrence.scope.index()];
                if !scope[occurrence.symbol as usize] {
                    diagnostics.push(
                        Diagnostic::error(Code::UndefinedName, occurrence.span)
                            .with("name", occurrence.spelling),
                    );
                }
            }
            Role::Store { .. } | Role::Delete => {
                if self.reassigns_const(occurrence) {
                    diagnostics.push(
                        Diagnostic::error(Code::ConstReassignment, occurrence.span)
                            .with("name", occurrence.spelling),
                    );
                }
            }
            Role::Declare => {}
        }
    }

    fn visible_definitions(&self) -> Vec<Vec<bool>> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(index, scope)| {
                scope
                    .symbols()
                    .iter()
                    .map(|symbol| {
                        symbol.defined
                            || (symbol.used
                                && self.visibly_defined_from(ScopeId(index as u32), symbol.name))
                    })
                    .collect()
            })
            .collect()
    }

    /// Whether some scope visible from `scope` gives `name` a value, or it is a builtin. Only
    /// names defined nowhere are errors; use before definition is a run-time matter.
    fn visibly_defined_from(&self, scope: ScopeId, name: &str) -> bool {
        let mut current = self.scopes[scope.index()].parent;
        while let Some(id) = current {
            let here = &self.scopes[id.index()];
            if here.kind != ScopeKind::Class && here.get(name).is_some_and(|s| s.defined) {
                return true;
            }
            current = here.parent;
        }
        let star_import = self.scopes.first().is_some_and(|m| m.has_star_import);
        star_import || builtin_for(name, self.lexicon).is_some()
    }

    /// A binding of a name declared `const`, other than the declaration itself and other than
    /// plain assignments in the same scope before the declaration.
    fn reassigns_const(&self, occurrence: &Occurrence<'a>) -> bool {
        if !self.has_consts {
            return false;
        }
        let here = &self.scopes[occurrence.scope.index()];
        let symbol = &here.symbols()[occurrence.symbol as usize];
        let binding = match self.kinds[occurrence.scope.index()][occurrence.symbol as usize] {
            Kind::Local | Kind::ClassLocal => Some((occurrence.scope, symbol)),
            Kind::Global => self.scopes[0]
                .get(symbol.name)
                .map(|s| (ScopeId::MODULE, s)),
            Kind::Free { owner } => self.scopes[owner.index()]
                .get(symbol.name)
                .map(|s| (owner, s)),
            Kind::Builtin(_) | Kind::Undefined => None,
        };
        let Some((owner, declaration)) =
            binding.and_then(|(owner, s)| s.const_decl.map(|d| (owner, d)))
        else {
            return false;
        };
        let before_declaration =
            owner == occurrence.scope && occurrence.span.start < declaration.start;
        occurrence.span != declaration && !before_declaration
    }

    /// Functions inside a class that read `super` and so need the `__class__` cell.
    fn class_cell_users(
        &self,
        occurrences: &[Occurrence<'a>],
        refs: &[Vec<NameRef>],
    ) -> Vec<ScopeId> {
        let mut users = Vec::new();
        for occurrence in occurrences {
            let name_ref = refs[occurrence.scope.index()][occurrence.symbol as usize];
            if occurrence.role == Role::Load
                && name_ref == NameRef::Builtin("super")
                && self.in_method(occurrence.scope)
                && !users.contains(&occurrence.scope)
            {
                users.push(occurrence.scope);
            }
        }
        users
    }

    fn in_method(&self, scope: ScopeId) -> bool {
        let mut current = Some(scope);
        while let Some(id) = current {
            let here = &self.scopes[id.index()];
            if here.kind == ScopeKind::Class {
                return id != scope;
            }
            current = here.parent;
        }
        false
    }
}

/// Names in insertion order with O(1) lookup.
#[derive(Default)]
struct IndexSet<'a> {
    names: Vec<&'a str>,
    index: HashMap<&'a str, u32>,
}

impl<'a> IndexSet<'a> {
    fn insert(&mut self, name: &'a str) {
        let next = self.names.len() as u32;
        if *self.index.entry(name).or_insert(next) == next {
            self.names.push(name);
        }
    }

    fn position(&self, name: &str) -> u32 {
        self.index.get(name).copied().unwrap_or(0)
    }
}
