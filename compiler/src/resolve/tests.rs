//! Unit tests of the resolver on hand-built syntax trees.
//!
//! [`Builder`] writes a fake source text while it builds nodes, so every name has a real span
//! whose text is its spelling, and diagnostics can be checked as `(code, quoted text)`.
use std::cell::RefCell;

use super::{NameRef, Resolution, ScopeKind, resolve};
use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon::{self, Lexicon};
use crate::source::{SourceFile, Span};
use crate::syntax::ast::*;

#[derive(Default)]
struct Builder {
    text: RefCell<String>,
}

impl Builder {
    /// Appends `word` to the source and returns its span.
    fn word(&self, word: &str) -> Span {
        let mut text = self.text.borrow_mut();
        let start = text.len();
        text.push_str(word);
        let end = text.len();
        text.push('\n');
        Span::new(start, end)
    }

    fn name(&self, id: &str) -> Name {
        Name {
            id: id.to_string(),
            spelling: None,
            span: self.word(id),
        }
    }

    /// An identifier-like keyword: the program means `id`, the user typed `spelling`.
    fn keyword_name(&self, id: &str, spelling: &str) -> Name {
        Name {
            id: id.to_string(),
            spelling: Some(spelling.to_string()),
            span: self.word(spelling),
        }
    }

    fn expr(&self, kind: ExprKind) -> Expr {
        Expr {
            kind,
            span: self.word("<expr>"),
        }
    }

    fn load(&self, id: &str) -> Expr {
        let name = self.name(id);
        Expr {
            span: name.span,
            kind: ExprKind::Name(name),
        }
    }

    fn int(&self) -> Expr {
        self.expr(ExprKind::Int("1".into()))
    }

    fn call(&self, func: &str, args: Vec<Expr>) -> Expr {
        let func = Box::new(self.load(func));
        self.expr(ExprKind::Call {
            func,
            args,
            keywords: Vec::new(),
        })
    }

    fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt {
            kind,
            span: self.word("<stmt>"),
        }
    }

    /// A statement whose source text is `keyword` (`break`, `continue`, ...).
    fn keyword_stmt(&self, keyword: &str, kind: StmtKind) -> Stmt {
        Stmt {
            kind,
            span: self.word(keyword),
        }
    }

    fn expr_stmt(&self, expr: Expr) -> Stmt {
        self.stmt(StmtKind::Expr(expr))
    }

    fn assign(&self, target: &str, value: Expr) -> Stmt {
        let target = self.load(target);
        self.stmt(StmtKind::Assign {
            targets: vec![target],
            value,
        })
    }

    fn let_(&self, target: &str, value: Expr, is_const: bool) -> Stmt {
        let target = self.load(target);
        self.stmt(StmtKind::Let {
            targets: vec![target],
            annotation: None,
            value,
            is_const,
        })
    }

    fn def(&self, name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
        self.def_with(name, params, false, body)
    }

    fn def_with(&self, name: &str, params: &[&str], is_async: bool, body: Vec<Stmt>) -> Stmt {
        let name = self.name(name);
        let args = params
            .iter()
            .map(|p| Param {
                name: self.name(p),
                annotation: None,
                default: None,
            })
            .collect();
        self.stmt(StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            is_async,
            decorators: Vec::new(),
            params: Parameters {
                args,
                ..Parameters::default()
            },
            returns: None,
            body,
        })))
    }

    fn class(&self, name: &str, body: Vec<Stmt>) -> Stmt {
        let name = self.name(name);
        self.stmt(StmtKind::ClassDef(Box::new(ClassDef {
            name,
            decorators: Vec::new(),
            bases: Vec::new(),
            keywords: Vec::new(),
            body,
        })))
    }

    fn while_(&self, body: Vec<Stmt>) -> Stmt {
        let test = self.expr(ExprKind::Bool(true));
        self.stmt(StmtKind::While {
            test,
            body,
            orelse: Vec::new(),
        })
    }

    fn ret(&self, value: Option<Expr>) -> Stmt {
        let span = self.word("return");
        Stmt {
            kind: StmtKind::Return(value),
            span,
        }
    }

    fn list_comp(&self, target: &str, iter: Expr, elt: Expr) -> Expr {
        let target = self.load(target);
        self.expr(ExprKind::ListComp {
            elt: Box::new(elt),
            generators: vec![Comprehension {
                target,
                iter,
                ifs: Vec::new(),
                is_async: false,
            }],
        })
    }

    fn run(&self, body: Vec<Stmt>) -> Outcome {
        self.run_in(lexicon::english(), body)
    }

    fn run_in(&self, lexicon: &'static Lexicon, body: Vec<Stmt>) -> Outcome {
        let file = SourceFile::new("test.ml", self.text.borrow().clone());
        let module = Module { body };
        let (resolution, diagnostics) = resolve(&file, &module, lexicon);
        Outcome {
            file,
            module,
            resolution,
            diagnostics,
        }
    }
}

struct Outcome {
    file: SourceFile,
    module: Module,
    resolution: Resolution,
    diagnostics: Vec<Diagnostic>,
}

impl Outcome {
    /// `(code, text at the span, name/word argument)` of every diagnostic, in source order.
    fn errors(&self) -> Vec<(Code, String, String)> {
        let mut diagnostics: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        diagnostics.sort_by_key(|d| d.span.start);
        diagnostics
            .iter()
            .map(|d| {
                let argument = d.arg("name").or(d.arg("word")).unwrap_or("");
                (
                    d.code,
                    self.file.slice(d.span).to_string(),
                    argument.to_string(),
                )
            })
            .collect()
    }

    fn codes(&self) -> Vec<Code> {
        self.errors().into_iter().map(|(code, _, _)| code).collect()
    }

    fn name(&self, span: Span) -> NameRef {
        self.resolution
            .name(span)
            .unwrap_or_else(|| panic!("no resolution for {span:?}"))
    }

    /// The scope a `def`/`class` opens, by its name.
    fn scope_named(&self, name: &str) -> &super::ScopeInfo {
        self.resolution
            .scopes()
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no scope {name}"))
    }
}

fn error(code: Code, text: &str) -> (Code, String, String) {
    (code, text.to_string(), text.to_string())
}

fn span_of(expr: &Expr) -> Span {
    expr.span
}

#[test]
fn undefined_names_and_builtins() {
    let b = Builder::default();
    let body = vec![
        b.expr_stmt(b.call("print", vec![b.load("len"), b.load("ValueError")])),
        b.expr_stmt(b.call("nowhere", Vec::new())),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UndefinedName, "nowhere")]);
}

#[test]
fn undefined_name_quotes_the_users_spelling() {
    let b = Builder::default();
    let ghost = b.expr(ExprKind::Name(b.keyword_name("fantome", "fantôme")));
    let out = b.run(vec![b.expr_stmt(ghost)]);
    assert_eq!(
        out.errors(),
        vec![(Code::UndefinedName, "fantôme".into(), "fantôme".into())]
    );
}

#[test]
fn localized_builtin_aliases_resolve_unless_shadowed() {
    let fr = lexicon::by_code("fr").expect("fr lexicon");
    let b = Builder::default();
    let range = b.load("intervalle");
    let range_span = span_of(&range);
    let out = b.run_in(fr, vec![b.expr_stmt(b.call("longueur", vec![range]))]);
    assert_eq!(out.errors(), vec![]);
    assert_eq!(out.name(range_span), NameRef::Builtin("range"));

    let b = Builder::default();
    let shadowing = b.assign("intervalle", b.int());
    let range = b.load("intervalle");
    let range_span = span_of(&range);
    let out = b.run_in(fr, vec![shadowing, b.expr_stmt(range)]);
    assert_eq!(out.name(range_span), NameRef::Global);

    // Aliases are per language: `intervalle` means nothing in English.
    let b = Builder::default();
    let out = b.run(vec![b.expr_stmt(b.load("intervalle"))]);
    assert_eq!(out.codes(), vec![Code::UndefinedName]);
}

#[test]
fn functions_see_globals_defined_later() {
    let b = Builder::default();
    let helper_use = b.call("helper", Vec::new());
    let helper_span = match &helper_use.kind {
        ExprKind::Call { func, .. } => func.span,
        _ => unreachable!(),
    };
    let body = vec![
        b.def("main", &[], vec![b.expr_stmt(helper_use)]),
        b.def("helper", &[], vec![b.ret(Some(b.load("LIMIT")))]),
        b.assign("LIMIT", b.int()),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![]);
    assert_eq!(out.name(helper_span), NameRef::Global);
}

#[test]
fn module_code_reports_only_names_bound_nowhere() {
    let b = Builder::default();
    let body = vec![
        b.expr_stmt(b.call("print", vec![b.load("later"), b.load("never")])),
        b.assign("later", b.int()),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UndefinedName, "never")]);
}

#[test]
fn closures_capture_cells_through_intermediate_functions() {
    let b = Builder::default();
    let inner_use = b.load("count");
    let inner_span = span_of(&inner_use);
    let outer_store = b.assign("count", b.int());
    let outer_target = match &outer_store.kind {
        StmtKind::Assign { targets, .. } => targets[0].span,
        _ => unreachable!(),
    };
    let body = vec![b.def(
        "outer",
        &["a"],
        vec![
            outer_store,
            b.assign("plain", b.int()),
            b.def(
                "middle",
                &[],
                vec![b.def("inner", &[], vec![b.ret(Some(inner_use))])],
            ),
        ],
    )];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![]);
    assert_eq!(out.name(outer_target), NameRef::Cell(0));
    assert_eq!(out.name(inner_span), NameRef::Free(0));
    let outer = out.scope_named("outer");
    assert_eq!(outer.locals, vec!["a", "plain", "middle"]);
    assert_eq!(outer.cells, vec!["count"]);
    assert_eq!(out.scope_named("middle").frees, vec!["count"]);
    assert_eq!(out.scope_named("inner").frees, vec!["count"]);
}

#[test]
fn class_bodies_do_not_enclose_methods() {
    let b = Builder::default();
    let body = vec![b.class(
        "Counter",
        vec![
            b.assign("start", b.int()),
            b.def(
                "reset",
                &["self"],
                vec![
                    b.expr_stmt(b.load("start")),
                    b.expr_stmt(b.call("Counter", Vec::new())),
                ],
            ),
            b.expr_stmt(b.load("start")),
        ],
    )];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UndefinedName, "start")]);
    assert_eq!(out.scope_named("Counter").kind, ScopeKind::Class);
}

#[test]
fn global_declarations_bind_module_names() {
    let b = Builder::default();
    let global = b.stmt(StmtKind::Global(vec![b.name("total")]));
    let body = vec![
        b.def("setup", &[], vec![global, b.assign("total", b.int())]),
        b.expr_stmt(b.call("print", vec![b.load("total")])),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![]);
    assert!(out.scope_named("setup").locals.is_empty());
}

#[test]
fn used_before_global() {
    let b = Builder::default();
    let use_first = b.expr_stmt(b.load("x"));
    let global = b.stmt(StmtKind::Global(vec![b.name("x")]));
    let body = vec![
        b.assign("x", b.int()),
        b.def("f", &[], vec![use_first, global]),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UsedBeforeGlobal, "x")]);
}

#[test]
fn nonlocal_rules() {
    let b = Builder::default();
    let nonlocal = b.stmt(StmtKind::Nonlocal(vec![b.name("n")]));
    let store = b.assign("n", b.int());
    let store_span = match &store.kind {
        StmtKind::Assign { targets, .. } => targets[0].span,
        _ => unreachable!(),
    };
    let missing = b.stmt(StmtKind::Nonlocal(vec![b.name("ghost")]));
    let at_module = b.keyword_stmt("nonlocal", StmtKind::Nonlocal(vec![]));
    let body = vec![
        b.def(
            "outer",
            &[],
            vec![
                b.assign("n", b.int()),
                b.def("inner", &[], vec![nonlocal, store, missing]),
            ],
        ),
        at_module,
    ];
    let out = b.run(body);
    assert_eq!(
        out.errors(),
        vec![
            error(Code::NonlocalNotFound, "ghost"),
            error(Code::NonlocalAtModuleLevel, "nonlocal"),
        ]
    );
    assert_eq!(out.name(store_span), NameRef::Free(0));
    assert_eq!(out.scope_named("outer").cells, vec!["n"]);
}

#[test]
fn nonlocal_does_not_see_module_or_class_names() {
    let b = Builder::default();
    let nonlocal = b.stmt(StmtKind::Nonlocal(vec![b.name("top")]));
    let body = vec![b.assign("top", b.int()), b.def("f", &[], vec![nonlocal])];
    assert_eq!(b.run(body).codes(), vec![Code::NonlocalNotFound]);
}

#[test]
fn let_and_const() {
    let b = Builder::default();
    let body = vec![
        b.assign("k", b.int()),
        b.let_("x", b.int(), false),
        b.let_("x", b.int(), false),
        b.let_("k", b.int(), true),
        b.assign("k", b.int()),
        b.def("shadow", &[], vec![b.assign("k", b.int())]),
    ];
    let out = b.run(body);
    assert_eq!(
        out.errors(),
        vec![
            error(Code::DuplicateLet, "x"),
            error(Code::ConstReassignment, "k"),
        ]
    );
}

#[test]
fn const_reassignment_through_global() {
    let b = Builder::default();
    let global = b.stmt(StmtKind::Global(vec![b.name("LIMIT")]));
    let body = vec![
        b.let_("LIMIT", b.int(), true),
        b.def("f", &[], vec![global, b.assign("LIMIT", b.int())]),
    ];
    assert_eq!(b.run(body).codes(), vec![Code::ConstReassignment]);
}

#[test]
fn loop_context_quotes_the_keyword() {
    let b = Builder::default();
    let body = vec![
        b.keyword_stmt("arrêter", StmtKind::Break),
        b.while_(vec![
            b.keyword_stmt("break", StmtKind::Break),
            b.keyword_stmt("continue", StmtKind::Continue),
            b.def(
                "f",
                &[],
                vec![b.keyword_stmt("continuer", StmtKind::Continue)],
            ),
        ]),
    ];
    let out = b.run(body);
    assert_eq!(
        out.errors(),
        vec![
            error(Code::BreakOutsideLoop, "arrêter"),
            error(Code::ContinueOutsideLoop, "continuer"),
        ]
    );
}

#[test]
fn while_else_is_outside_the_loop() {
    let b = Builder::default();
    let test = b.expr(ExprKind::Bool(true));
    let body = vec![b.stmt(StmtKind::While {
        test,
        body: vec![],
        orelse: vec![b.keyword_stmt("break", StmtKind::Break)],
    })];
    assert_eq!(b.run(body).codes(), vec![Code::BreakOutsideLoop]);
}

#[test]
fn return_yield_await_need_functions() {
    let b = Builder::default();
    let return_ = b.ret(None);
    let yield_expr = b.expr(ExprKind::Yield(None));
    let await_expr = b.expr(ExprKind::Await(Box::new(b.load("print"))));
    let await_ok = b.expr(ExprKind::Await(Box::new(b.load("print"))));
    let yield_in_comprehension = b.list_comp("i", b.load("range"), b.expr(ExprKind::Yield(None)));
    let body = vec![
        return_,
        b.expr_stmt(yield_expr),
        b.def("sync", &[], vec![b.expr_stmt(await_expr), b.ret(None)]),
        b.def_with("job", &[], true, vec![b.expr_stmt(await_ok)]),
        b.def("gen", &[], vec![b.expr_stmt(yield_in_comprehension)]),
    ];
    let out = b.run(body);
    assert_eq!(
        out.codes(),
        vec![
            Code::ReturnOutsideFunction,
            Code::YieldOutsideFunction,
            Code::AwaitOutsideAsync,
            Code::YieldOutsideFunction,
        ]
    );
    assert!(out.scope_named("job").is_async);
}

#[test]
fn async_comprehension_needs_an_async_function() {
    let b = Builder::default();
    let elt = b.load("x");
    let keywords = b.word("async for");
    let target = b.load("x");
    let iter = b.load("range");
    let comprehension = b.expr(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: vec![Comprehension {
            target,
            iter,
            ifs: Vec::new(),
            is_async: true,
        }],
    });
    let out = b.run(vec![b.expr_stmt(comprehension)]);
    assert_eq!(
        out.errors(),
        vec![error(Code::AwaitOutsideAsync, "async for")]
    );
    assert_eq!(out.diagnostics[0].span, keywords);
}

#[test]
fn comprehension_scopes_and_walrus() {
    let b = Builder::default();
    let walrus_target = b.name("last");
    let walrus_span = walrus_target.span;
    let walrus = b.expr(ExprKind::NamedExpr {
        target: walrus_target,
        value: Box::new(b.load("i")),
    });
    let comprehension = b.list_comp("i", b.load("items"), walrus);
    let after = b.load("last");
    let after_span = after.span;
    let body = vec![
        b.def(
            "f",
            &["items"],
            vec![b.expr_stmt(comprehension), b.ret(Some(after))],
        ),
        b.expr_stmt(b.load("i")),
    ];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UndefinedName, "i")]);
    assert_eq!(out.name(walrus_span), NameRef::Free(0));
    assert_eq!(out.name(after_span), NameRef::Cell(0));
    let f = out.scope_named("f");
    assert_eq!(f.cells, vec!["last"]);
    assert_eq!(f.locals, vec!["items"]);
}

#[test]
fn class_level_comprehension_sees_class_names_only_in_first_iterable() {
    let b = Builder::default();
    let inner = b.list_comp("x", b.load("items"), b.load("items"));
    let body = vec![b.class("C", vec![b.assign("items", b.int()), b.expr_stmt(inner)])];
    let out = b.run(body);
    assert_eq!(out.errors(), vec![error(Code::UndefinedName, "items")]);
}

#[test]
fn with_and_except_names_stay_visible() {
    let b = Builder::default();
    let handler = ExceptHandler {
        type_: Some(b.load("ValueError")),
        name: Some(b.name("err")),
        body: vec![b.assign("message", b.int())],
        span: b.word("<handler>"),
    };
    let with = b.stmt(StmtKind::With {
        is_async: false,
        items: vec![WithItem {
            context: b.call("open", vec![]),
            target: Some(b.load("handle")),
        }],
        body: vec![b.assign("data", b.int())],
    });
    let try_ = b.stmt(StmtKind::Try {
        body: vec![],
        handlers: vec![handler],
        orelse: vec![],
        finalbody: vec![],
    });
    let uses = ["err", "message", "handle", "data"].map(|n| b.expr_stmt(b.load(n)));
    let mut body = vec![with, try_];
    body.extend(uses);
    assert_eq!(b.run(body).errors(), vec![]);
}

#[test]
fn del_unbinds_and_augmented_assignment_needs_a_value() {
    let b = Builder::default();
    let delete = b.stmt(StmtKind::Delete(vec![b.load("gone")]));
    let use_gone = b.expr_stmt(b.load("gone"));
    let aug = b.stmt(StmtKind::AugAssign {
        target: b.load("total"),
        op: BinOp::Add,
        value: b.int(),
    });
    let body = vec![delete, use_gone, aug];
    let out = b.run(body);
    assert_eq!(
        out.errors(),
        vec![
            error(Code::UndefinedName, "gone"),
            error(Code::UndefinedName, "total"),
        ]
    );
}

#[test]
fn star_import_may_define_anything() {
    let b = Builder::default();
    let import = b.stmt(StmtKind::ImportFrom {
        level: 0,
        module: Some("math".into()),
        names: vec![],
        star: true,
    });
    let body = vec![import, b.expr_stmt(b.call("sqrt", vec![b.int()]))];
    assert_eq!(b.run(body).errors(), vec![]);
}

#[test]
fn imports_bind_their_first_component_or_alias() {
    let b = Builder::default();
    let plain = ImportAlias {
        name: "os.path".into(),
        asname: None,
        span: b.word("os.path"),
    };
    let aliased = ImportAlias {
        name: "collections".into(),
        asname: Some(b.name("coll")),
        span: b.word("collections"),
    };
    let body = vec![
        b.stmt(StmtKind::Import(vec![plain, aliased])),
        b.expr_stmt(b.load("os")),
        b.expr_stmt(b.load("coll")),
        b.expr_stmt(b.load("collections")),
    ];
    assert_eq!(
        b.run(body).errors(),
        vec![error(Code::UndefinedName, "collections")]
    );
}

#[test]
fn match_captures_bind_and_values_read() {
    let b = Builder::default();
    let capture = Pattern {
        kind: PatternKind::As {
            pattern: None,
            name: Some(b.name("point")),
        },
        span: b.word("<pattern>"),
    };
    let value = Pattern {
        kind: PatternKind::Value(b.load("Missing")),
        span: b.word("<pattern>"),
    };
    let case = |pattern, body| MatchCase {
        pattern,
        guard: None,
        body,
        span: Span::default(),
    };
    let body = vec![
        b.stmt(StmtKind::Match {
            subject: b.int(),
            cases: vec![case(value, vec![]), case(capture, vec![])],
        }),
        b.expr_stmt(b.load("point")),
    ];
    assert_eq!(
        b.run(body).errors(),
        vec![error(Code::UndefinedName, "Missing")]
    );
}

#[test]
fn super_marks_the_class_cell() {
    let b = Builder::default();
    let fr = lexicon::by_code("fr").expect("fr lexicon");
    let body = vec![b.class(
        "Child",
        vec![b.def(
            "__init__",
            &["self"],
            vec![b.expr_stmt(b.call("superieur", vec![]))],
        )],
    )];
    let out = b.run_in(fr, body);
    assert_eq!(out.errors(), vec![]);
    assert!(out.scope_named("__init__").uses_class_cell);
}

#[test]
fn scopes_are_found_by_node() {
    let b = Builder::default();
    let def = b.def("f", &["x"], vec![]);
    let name_span = match &def.kind {
        StmtKind::FunctionDef(def) => def.name.span,
        _ => unreachable!(),
    };
    let out = b.run(vec![def]);
    let id = out.resolution.scope_of(name_span).expect("scope of f");
    let scope = out.resolution.scope(id);
    assert_eq!(scope.kind, ScopeKind::Function);
    assert_eq!(scope.locals, vec!["x"]);
    assert_eq!(scope.parent, Some(super::ScopeId::MODULE));
}

/// Runs `test` on a thread with the default 2 MB stack of spawned threads.
fn on_small_stack(test: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(test)
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

#[test]
fn deep_trees_stop_with_one_diagnostic() {
    on_small_stack(|| {
        let b = Builder::default();
        let mut expr = b.load("x");
        for _ in 0..20_000 {
            expr = b.expr(ExprKind::UnaryOp {
                op: UnaryOp::Neg,
                operand: Box::new(expr),
            });
        }
        let out = b.run(vec![b.expr_stmt(expr)]);
        assert_eq!(out.codes(), vec![Code::NestingTooDeep]);
        // Dropping a tree this deep recurses; that is the tree's business, not this test's.
        std::mem::forget(out.module);
    });
}

#[test]
fn long_operator_and_elif_chains_are_not_deep() {
    on_small_stack(|| {
        let b = Builder::default();
        let mut sum = b.load("a");
        for _ in 0..20_000 {
            sum = b.expr(ExprKind::BinOp {
                left: Box::new(sum),
                op: BinOp::Add,
                right: Box::new(b.load("undefined_here")),
            });
        }
        let mut chain = b.stmt(StmtKind::Pass);
        for _ in 0..20_000 {
            chain = b.stmt(StmtKind::If {
                test: b.expr(ExprKind::Bool(true)),
                body: vec![b.stmt(StmtKind::Pass)],
                orelse: vec![chain],
            });
        }
        let body = vec![b.assign("a", b.int()), b.expr_stmt(sum), chain];
        let out = b.run(body);
        assert_eq!(out.codes().len(), 20_000);
        assert!(out.codes().iter().all(|c| *c == Code::UndefinedName));
        std::mem::forget(out.module);
    });
}
