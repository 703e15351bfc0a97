//! Stable text dumps of tokens and syntax trees (`mlc dump`, golden tests).
//!
//! The tree dump is an S-expression per statement, one statement per line, nested blocks
//! indented by two spaces. Every statement and expression carries `@LINE:COL` (1-based, column
//! in characters) right after its head or atom; a name the user spelled differently from the
//! builtin it denotes shows the spelling in brackets: `print[afficher]@3:5`.
//!
//! ```text
//! (if@2:1 (compare@2:4 x@2:4 > 0@2:8)
//!   (then
//!     (expr@3:5 (call@3:5 print[afficher]@3:5 "positif"@3:14))))
//! ```
//!
//! [`ast_without_spans`] leaves out positions and spellings: translated twins of a program
//! (the same program in several human languages) give identical text.

use crate::source::SourceFile;
use crate::syntax::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprKind, FStringPart, Keyword,
    MatchCase, Module, Name, Param, Parameters, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
};
use crate::syntax::token::{self, Token, TokenKind};
use std::fmt::Write as _;

/// One token per line: `LINE:COL Kind`. Texts are quoted with [`quoted`]; an f-string shows its
/// parts, each field with its expression's source text:
/// `FString("hello " (field "name" !r (spec ">" (field "width"))) "!")`.
pub fn tokens(file: &SourceFile, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        let (line, col) = file.line_col(t.span.start);
        let _ = write!(out, "{line}:{col} ");
        token_kind(&mut out, file, &t.kind);
        out.push('\n');
    }
    out
}

fn token_kind(out: &mut String, file: &SourceFile, kind: &TokenKind) {
    let (head, text) = match kind {
        TokenKind::Name(text) => ("Name", text),
        TokenKind::Int(text) => ("Int", text),
        TokenKind::Float(text) => ("Float", text),
        TokenKind::Str(text) => ("Str", text),
        TokenKind::Date(text) => ("Date", text),
        TokenKind::Bytes(bytes) => {
            out.push_str("Bytes(");
            quote_bytes(out, bytes);
            out.push(')');
            return;
        }
        TokenKind::FString(parts) => {
            out.push_str("FString(");
            token_fstring_parts(out, file, parts);
            out.push(')');
            return;
        }
        other => {
            let _ = write!(out, "{other:?}");
            return;
        }
    };
    out.push_str(head);
    out.push('(');
    quote(out, text);
    out.push(')');
}

fn token_fstring_parts(out: &mut String, file: &SourceFile, parts: &[token::FStringPart]) {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match part {
            token::FStringPart::Literal(text) => quote(out, text),
            token::FStringPart::Field {
                expr,
                debug_text,
                conversion,
                spec,
            } => {
                out.push_str("(field ");
                quote(out, file.slice(*expr));
                if let Some(debug_text) = debug_text {
                    out.push_str(" (debug ");
                    quote(out, debug_text);
                    out.push(')');
                }
                if let Some(conversion) = conversion {
                    let _ = write!(out, " !{conversion}");
                }
                if !spec.is_empty() {
                    out.push_str(" (spec ");
                    token_fstring_parts(out, file, spec);
                    out.push(')');
                }
                out.push(')');
            }
        }
    }
}

/// `text` in double quotes: every printable character (letters, combining marks, CJK) as is;
/// quotes, backslashes and control characters escaped.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    quote(&mut out, text);
    out
}

/// The syntax tree with positions and spellings.
pub fn ast(file: &SourceFile, module: &Module) -> String {
    print_module(file, module, true)
}

/// The syntax tree without positions and spellings (language-neutral).
pub fn ast_without_spans(file: &SourceFile, module: &Module) -> String {
    print_module(file, module, false)
}

fn print_module(file: &SourceFile, module: &Module, annotated: bool) -> String {
    let mut printer = Printer {
        file,
        annotated,
        out: String::new(),
        indent: 0,
    };
    for stmt in &module.body {
        printer.stmt(stmt);
        printer.out.push('\n');
    }
    printer.out
}

struct Printer<'a> {
    file: &'a SourceFile,
    /// Positions and spellings are printed.
    annotated: bool,
    out: String,
    indent: usize,
}

impl Printer<'_> {
    fn pos(&mut self, offset: u32) {
        if self.annotated {
            let (line, col) = self.file.line_col(offset);
            let _ = write!(self.out, "@{line}:{col}");
        }
    }

    /// `(head@L:C`
    fn open(&mut self, head: &str, offset: u32) {
        self.out.push('(');
        self.out.push_str(head);
        self.pos(offset);
    }

    fn word(&mut self, word: &str) {
        self.out.push(' ');
        self.out.push_str(word);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// A name without position (definitions, parameters, attributes, keywords).
    fn name(&mut self, name: &Name) {
        self.out.push_str(&name.id);
        if let (true, Some(spelling)) = (self.annotated, &name.spelling) {
            self.out.push('[');
            self.out.push_str(spelling);
            self.out.push(']');
        }
    }

    fn space_name(&mut self, name: &Name) {
        self.out.push(' ');
        self.name(name);
    }

    fn space_expr(&mut self, expr: &Expr) {
        self.out.push(' ');
        self.expr(expr);
    }

    fn space_opt_expr(&mut self, expr: Option<&Expr>) {
        match expr {
            Some(expr) => self.space_expr(expr),
            None => self.word("_"),
        }
    }

    // ----- statements -----

    fn block(&mut self, label: &str, body: &[Stmt]) {
        self.indent += 1;
        self.newline();
        self.out.push('(');
        self.out.push_str(label);
        self.indent += 1;
        for stmt in body {
            self.newline();
            self.stmt(stmt);
        }
        self.indent -= 2;
        self.out.push(')');
    }

    fn block_if_any(&mut self, label: &str, body: &[Stmt]) {
        if !body.is_empty() {
            self.block(label, body);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        let at = stmt.span.start;
        match &stmt.kind {
            StmtKind::Expr(value) => {
                self.open("expr", at);
                self.space_expr(value);
            }
            StmtKind::Assign { targets, value } => {
                self.open("assign", at);
                for target in targets {
                    self.space_expr(target);
                }
                self.word("=");
                self.space_expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("augassign", at);
                self.space_expr(target);
                self.word(&format!("{}=", binop_text(*op)));
                self.space_expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.open("annassign", at);
                self.space_expr(target);
                self.word(":");
                self.space_expr(annotation);
                if let Some(value) = value {
                    self.word("=");
                    self.space_expr(value);
                }
            }
            StmtKind::Let {
                targets,
                annotation,
                value,
                is_const,
            } => {
                self.open(if *is_const { "const" } else { "let" }, at);
                for target in targets {
                    self.space_expr(target);
                }
                if let Some(annotation) = annotation {
                    self.word(":");
                    self.space_expr(annotation);
                }
                self.word("=");
                self.space_expr(value);
            }
            StmtKind::If { test, body, orelse } => {
                self.open("if", at);
                self.space_expr(test);
                self.block("then", body);
                self.block_if_any("else", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.open("while", at);
                self.space_expr(test);
                self.block("body", body);
                self.block_if_any("else", orelse);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if *is_async { "async-for" } else { "for" }, at);
                self.space_expr(target);
                self.word("in");
                self.space_expr(iter);
                self.block("body", body);
                self.block_if_any("else", orelse);
            }
            StmtKind::Break => self.open("break", at),
            StmtKind::Continue => self.open("continue", at),
            StmtKind::Pass => self.open("pass", at),
            StmtKind::Return(value) => {
                self.open("return", at);
                if let Some(value) = value {
                    self.space_expr(value);
                }
            }
            StmtKind::FunctionDef(def) => {
                self.open(if def.is_async { "async-def" } else { "def" }, at);
                self.space_name(&def.name);
                self.indent += 1;
                for decorator in &def.decorators {
                    self.newline();
                    self.out.push_str("(decorator");
                    self.space_expr(decorator);
                    self.out.push(')');
                }
                self.newline();
                self.params(&def.params);
                if let Some(returns) = &def.returns {
                    self.newline();
                    self.out.push_str("(returns");
                    self.space_expr(returns);
                    self.out.push(')');
                }
                self.indent -= 1;
                self.block("body", &def.body);
            }
            StmtKind::ClassDef(class) => {
                self.open("class", at);
                self.space_name(&class.name);
                self.indent += 1;
                for decorator in &class.decorators {
                    self.newline();
                    self.out.push_str("(decorator");
                    self.space_expr(decorator);
                    self.out.push(')');
                }
                if !class.bases.is_empty() || !class.keywords.is_empty() {
                    self.newline();
                    self.out.push_str("(bases");
                    for base in &class.bases {
                        self.space_expr(base);
                    }
                    for keyword in &class.keywords {
                        self.out.push(' ');
                        self.keyword_arg(keyword);
                    }
                    self.out.push(')');
                }
                self.indent -= 1;
                self.block("body", &class.body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open("try", at);
                self.block("body", body);
                for handler in handlers {
                    self.handler(handler);
                }
                self.block_if_any("else", orelse);
                self.block_if_any("finally", finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                self.open("raise", at);
                if let Some(exc) = exc {
                    self.space_expr(exc);
                }
                if let Some(cause) = cause {
                    self.word("from");
                    self.space_expr(cause);
                }
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.open(if *is_async { "async-with" } else { "with" }, at);
                for item in items {
                    self.out.push_str(" (item");
                    self.space_expr(&item.context);
                    if let Some(target) = &item.target {
                        self.word("as");
                        self.space_expr(target);
                    }
                    self.out.push(')');
                }
                self.block("body", body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("match", at);
                self.space_expr(subject);
                self.indent += 1;
                for case in cases {
                    self.newline();
                    self.case(case);
                }
                self.indent -= 1;
            }
            StmtKind::Import(aliases) => {
                self.open("import", at);
                for alias in aliases {
                    self.out.push(' ');
                    self.import_alias(&alias.name, alias.asname.as_ref());
                }
            }
            StmtKind::ImportFrom {
                level,
                module,
                names,
                star,
            } => {
                self.open("from", at);
                self.out.push(' ');
                for _ in 0..*level {
                    self.out.push('.');
                }
                if let Some(module) = module {
                    self.out.push_str(module);
                }
                self.word("import");
                if *star {
                    self.word("*");
                }
                for alias in names {
                    self.out.push(' ');
                    self.import_alias(&alias.name, alias.asname.as_ref());
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let head = match stmt.kind {
                    StmtKind::Global(_) => "global",
                    _ => "nonlocal",
                };
                self.open(head, at);
                for name in names {
                    self.space_name(name);
                }
            }
            StmtKind::Delete(targets) => {
                self.open("del", at);
                for target in targets {
                    self.space_expr(target);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.open("assert", at);
                self.space_expr(test);
                if let Some(msg) = msg {
                    self.space_expr(msg);
                }
            }
            StmtKind::Error => self.open("error", at),
        }
        self.out.push(')');
    }

    fn import_alias(&mut self, name: &str, asname: Option<&Name>) {
        match asname {
            Some(asname) => {
                self.out.push('(');
                self.out.push_str(name);
                self.word("as");
                self.space_name(asname);
                self.out.push(')');
            }
            None => self.out.push_str(name),
        }
    }

    fn handler(&mut self, handler: &ExceptHandler) {
        self.indent += 1;
        self.newline();
        self.open("except", handler.span.start);
        if let Some(type_) = &handler.type_ {
            self.space_expr(type_);
        }
        if let Some(name) = &handler.name {
            self.word("as");
            self.space_name(name);
        }
        self.block("body", &handler.body);
        self.out.push(')');
        self.indent -= 1;
    }

    fn case(&mut self, case: &MatchCase) {
        self.open("case", case.span.start);
        self.out.push(' ');
        self.pattern(&case.pattern);
        if let Some(guard) = &case.guard {
            self.word("if");
            self.space_expr(guard);
        }
        self.block("body", &case.body);
        self.out.push(')');
    }

    /// `(params a (b = 1) / c *args (d : int) **kw)`
    fn params(&mut self, params: &Parameters) {
        self.out.push_str("(params");
        for param in &params.posonly {
            self.param("", param);
        }
        if !params.posonly.is_empty() {
            self.word("/");
        }
        for param in &params.args {
            self.param("", param);
        }
        match &params.vararg {
            Some(param) => self.param("*", param),
            None if !params.kwonly.is_empty() => self.word("*"),
            None => {}
        }
        for param in &params.kwonly {
            self.param("", param);
        }
        if let Some(param) = &params.kwarg {
            self.param("**", param);
        }
        self.out.push(')');
    }

    fn param(&mut self, prefix: &str, param: &Param) {
        let plain = param.annotation.is_none() && param.default.is_none();
        self.out.push(' ');
        if !plain {
            self.out.push('(');
        }
        self.out.push_str(prefix);
        self.name(&param.name);
        if let Some(annotation) = &param.annotation {
            self.word(":");
            self.space_expr(annotation);
        }
        if let Some(default) = &param.default {
            self.word("=");
            self.space_expr(default);
        }
        if !plain {
            self.out.push(')');
        }
    }

    // ----- expressions -----

    fn expr(&mut self, expr: &Expr) {
        let at = expr.span.start;
        match &expr.kind {
            ExprKind::Name(name) => {
                self.name(name);
                self.pos(at);
                return;
            }
            ExprKind::Int(digits) => {
                self.out.push_str(digits);
                self.pos(at);
                return;
            }
            ExprKind::Float(value) => {
                let _ = write!(self.out, "{value:?}");
                self.pos(at);
                return;
            }
            ExprKind::Str(text) => {
                quote(&mut self.out, text);
                self.pos(at);
                return;
            }
            ExprKind::Bytes(bytes) => {
                quote_bytes(&mut self.out, bytes);
                self.pos(at);
                return;
            }
            ExprKind::Bool(value) => {
                self.out.push_str(if *value { "True" } else { "False" });
                self.pos(at);
                return;
            }
            ExprKind::None => {
                self.out.push_str("None");
                self.pos(at);
                return;
            }
            ExprKind::Ellipsis => {
                self.out.push_str("...");
                self.pos(at);
                return;
            }
            ExprKind::FString(parts) => {
                self.open("fstring", at);
                self.fstring_parts(parts);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open(binop_text(*op), at);
                self.space_expr(left);
                self.space_expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                let head = match op {
                    UnaryOp::Not => "not",
                    UnaryOp::Neg => "neg",
                    UnaryOp::Pos => "pos",
                    UnaryOp::Invert => "invert",
                };
                self.open(head, at);
                self.space_expr(operand);
            }
            ExprKind::BoolOp { op, values } => {
                self.open(
                    match op {
                        BoolOp::And => "and",
                        BoolOp::Or => "or",
                    },
                    at,
                );
                for value in values {
                    self.space_expr(value);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("compare", at);
                self.space_expr(left);
                for (op, right) in ops.iter().zip(comparators) {
                    self.word(cmpop_text(*op));
                    self.space_expr(right);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("ifexp", at);
                self.space_expr(body);
                self.word("if");
                self.space_expr(test);
                self.word("else");
                self.space_expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("walrus", at);
                self.space_name(target);
                self.space_expr(value);
            }
            ExprKind::Lambda { params, body } => {
                self.open("lambda", at);
                self.out.push(' ');
                self.params(params);
                self.space_expr(body);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("call", at);
                self.space_expr(func);
                for arg in args {
                    self.space_expr(arg);
                }
                for keyword in keywords {
                    self.out.push(' ');
                    self.keyword_arg(keyword);
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.open("attr", at);
                self.space_expr(value);
                self.space_name(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.open("index", at);
                self.space_expr(value);
                self.space_expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("slice", at);
                self.space_opt_expr(lower.as_deref());
                self.space_opt_expr(upper.as_deref());
                self.space_opt_expr(step.as_deref());
            }
            ExprKind::Starred(value) => {
                self.open("star", at);
                self.space_expr(value);
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                let head = match expr.kind {
                    ExprKind::List(_) => "list",
                    ExprKind::Tuple(_) => "tuple",
                    _ => "set",
                };
                self.open(head, at);
                for item in items {
                    self.space_expr(item);
                }
            }
            ExprKind::Dict { keys, values } => {
                self.open("dict", at);
                for (key, value) in keys.iter().zip(values) {
                    self.out.push_str(" (");
                    match key {
                        Some(key) => self.expr(key),
                        None => self.out.push_str("**"),
                    }
                    self.space_expr(value);
                    self.out.push(')');
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let head = match expr.kind {
                    ExprKind::ListComp { .. } => "listcomp",
                    ExprKind::SetComp { .. } => "setcomp",
                    _ => "genexp",
                };
                self.open(head, at);
                self.space_expr(elt);
                self.generators(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("dictcomp", at);
                self.space_expr(key);
                self.space_expr(value);
                self.generators(generators);
            }
            ExprKind::Await(value) => {
                self.open("await", at);
                self.space_expr(value);
            }
            ExprKind::Yield(value) => {
                self.open("yield", at);
                if let Some(value) = value {
                    self.space_expr(value);
                }
            }
            ExprKind::YieldFrom(value) => {
                self.open("yield-from", at);
                self.space_expr(value);
            }
            ExprKind::Error => self.open("error", at),
        }
        self.out.push(')');
    }

    /// `(kw name VALUE)` or `(kw ** VALUE)`
    fn keyword_arg(&mut self, keyword: &Keyword) {
        self.out.push_str("(kw ");
        match &keyword.arg {
            Some(name) => self.name(name),
            None => self.out.push_str("**"),
        }
        self.space_expr(&keyword.value);
        self.out.push(')');
    }

    /// ` (for TARGET in ITER (if COND)...)` per clause.
    fn generators(&mut self, generators: &[Comprehension]) {
        for generator in generators {
            self.out.push_str(if generator.is_async {
                " (async-for"
            } else {
                " (for"
            });
            self.space_expr(&generator.target);
            self.word("in");
            self.space_expr(&generator.iter);
            for condition in &generator.ifs {
                self.word("if");
                self.space_expr(condition);
            }
            self.out.push(')');
        }
    }

    /// ` "text" (field EXPR !r (spec ...))` per part.
    fn fstring_parts(&mut self, parts: &[FStringPart]) {
        for part in parts {
            self.out.push(' ');
            match part {
                FStringPart::Literal(text) => quote(&mut self.out, text),
                FStringPart::Field {
                    value,
                    debug_text,
                    conversion,
                    spec,
                } => {
                    self.out.push_str("(field");
                    if let Some(debug_text) = debug_text {
                        self.out.push(' ');
                        quote(&mut self.out, debug_text);
                    }
                    self.space_expr(value);
                    if let Some(conversion) = conversion {
                        self.word(&format!("!{conversion}"));
                    }
                    if !spec.is_empty() {
                        self.out.push_str(" (spec");
                        self.fstring_parts(spec);
                        self.out.push(')');
                    }
                    self.out.push(')');
                }
            }
        }
    }

    // ----- patterns -----

    fn pattern(&mut self, pattern: &Pattern) {
        let at = pattern.span.start;
        match &pattern.kind {
            PatternKind::As {
                pattern: None,
                name: None,
            } => {
                self.out.push('_');
                self.pos(at);
                return;
            }
            PatternKind::As {
                pattern: None,
                name: Some(name),
            } => {
                self.open("capture", at);
                self.space_name(name);
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.open("as", at);
                self.out.push(' ');
                self.pattern(inner);
                match name {
                    Some(name) => self.space_name(name),
                    None => self.word("_"),
                }
            }
            PatternKind::Value(value) => {
                self.open("value", at);
                self.space_expr(value);
            }
            PatternKind::Singleton(value) => {
                self.open("singleton", at);
                self.space_expr(value);
            }
            PatternKind::Sequence(items) => {
                self.open("sequence", at);
                for item in items {
                    self.out.push(' ');
                    self.pattern(item);
                }
            }
            PatternKind::Star(name) => {
                self.open("star", at);
                match name {
                    Some(name) => self.space_name(name),
                    None => self.word("_"),
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("mapping", at);
                for (key, value) in keys.iter().zip(patterns) {
                    self.out.push_str(" (");
                    self.expr(key);
                    self.out.push(' ');
                    self.pattern(value);
                    self.out.push(')');
                }
                if let Some(rest) = rest {
                    self.out.push_str(" (**");
                    self.space_name(rest);
                    self.out.push(')');
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_names,
                kwd_patterns,
            } => {
                self.open("class", at);
                self.space_expr(cls);
                for item in patterns {
                    self.out.push(' ');
                    self.pattern(item);
                }
                for (name, value) in kwd_names.iter().zip(kwd_patterns) {
                    self.out.push_str(" (kw ");
                    self.name(name);
                    self.out.push(' ');
                    self.pattern(value);
                    self.out.push(')');
                }
            }
            PatternKind::Or(alternatives) => {
                self.open("or", at);
                for item in alternatives {
                    self.out.push(' ');
                    self.pattern(item);
                }
            }
        }
        self.out.push(')');
    }
}

fn binop_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::MatMul => "@",
    }
}

fn cmpop_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

/// A double-quoted string: `\` `"` and control characters escaped, everything else as is.
fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_invisible_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Control (Cc), format (Cf: zero-width and bidirectional controls) and line/paragraph
/// separator characters: invisible or disruptive in a dump, so they are escaped.
fn is_invisible_control(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    )
}

/// `b"..."` with printable ASCII as is and other bytes as `\xNN`.
fn quote_bytes(out: &mut String, bytes: &[u8]) {
    out.push_str("b\"");
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push('"');
}
