//! `import m`, `import m as n`, `from m import a as b`: modules of the runtime's standard
//! library are objects made by `mlrt_import`; `sys` is handled by name where it is used.
use super::runtime_api::Rt;
use super::try_stmt::name_expr;
use super::{FunctionGen, Gen, Unsupported};
use crate::diagnostics::{Code, Diagnostic};
use crate::source::Span;
use crate::syntax::ast::{Expr, ExprKind, ImportAlias, Name};

/// Modules the runtime implements.
const RUNTIME_MODULES: &[&str] = &["math"];

/// Modules of the standard library (LANGUAGE.md §10) not implemented yet.
const PLANNED_MODULES: &[&str] = &[
    "random",
    "time",
    "json",
    "string",
    "collections",
    "itertools",
    "functools",
    "os",
    "os.path",
    "io",
    "re",
    "abc",
    "dataclasses",
    "typing",
];

impl FunctionGen<'_, '_, '_> {
    /// `import a, b as c`
    pub fn import(&mut self, aliases: &[ImportAlias]) -> Gen {
        for alias in aliases {
            if alias.name == "sys" && alias.asname.is_none() {
                continue;
            }
            self.known_module(&alias.name, alias.span)?;
            self.load_module(&alias.name);
            let bound = match &alias.asname {
                Some(name) => name.clone(),
                None => Name {
                    id: alias.name.clone(),
                    spelling: None,
                    span: alias.span,
                },
            };
            self.assign_top(&name_expr(&bound))?;
        }
        Ok(())
    }

    /// `from module import a as b, c`
    pub fn import_from(
        &mut self,
        level: u32,
        module: Option<&str>,
        names: &[ImportAlias],
        star: bool,
        span: Span,
    ) -> Gen {
        let module = match module {
            Some(module) if level == 0 => module,
            _ => return Err(self.unsupported(span, "relative imports")),
        };
        self.known_module(module, span)?;
        if star {
            return Err(self.unsupported(span, "from ... import *"));
        }
        self.load_module(module);
        let held = self.body.alloc_temp();
        self.body.store_slot(held);
        for alias in names {
            self.body.load_slot(held);
            self.string_constant(&alias.name);
            self.body.call(Rt::GetAttr);
            self.body.check();
            let bound = match &alias.asname {
                Some(name) => name_expr(name),
                None => Expr {
                    kind: ExprKind::Name(Name {
                        id: alias.name.clone(),
                        spelling: None,
                        span: alias.span,
                    }),
                    span: alias.span,
                },
            };
            self.assign_top(&bound)?;
        }
        self.body.free_temp();
        Ok(())
    }

    /// Records a diagnostic unless `module` is implemented by the runtime.
    fn known_module(&mut self, module: &str, span: Span) -> Gen {
        if RUNTIME_MODULES.contains(&module) {
            return Ok(());
        }
        if module == "sys" || PLANNED_MODULES.contains(&module) {
            return Err(self.unsupported(span, &format!("the module {module}")));
        }
        self.shared
            .diagnostics
            .push(Diagnostic::error(Code::UnknownModule, span).with("module", module));
        Err(Unsupported)
    }

    fn load_module(&mut self, module: &str) {
        self.string_constant(module);
        self.body.call(Rt::Import);
        self.body.check();
    }
}
