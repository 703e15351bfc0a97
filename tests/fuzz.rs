//! Fuzzing the front end with fixed seeds: random bytes, token soup made of every lexicon's
//! spellings, mutations of valid programs and a list of named hostile inputs.
//!
//! For every input, `mlc::driver::check` (and rendering its diagnostics) must not panic, every
//! diagnostic span must lie within the file, and an input whose tokens or tree contain an
//! `Error` must have at least one error diagnostic. A panicking input is minimized and printed.
//! `MLC_FUZZ_CASES=N` changes the number of cases per generator (default 2000);
//! `MLC_FUZZ_SKIP="name|name"` skips named hostile inputs (while a known crash is being fixed).

use std::fmt::Write as _;
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use mlc::diagnostics::Severity;
use mlc::driver::{self, Checked, Options};
use mlc::lexicon;
use mlc::syntax::ast::{
    Expr, ExprKind, FStringPart, Module, Parameters, Pattern, PatternKind, Stmt, StmtKind,
};
use mlc::syntax::token::TokenKind;

// ---- a tiny deterministic PRNG ------------------------------------------------------------------

/// SplitMix64: fixed seeds give the same cases on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn case_count() -> usize {
    std::env::var("MLC_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000)
}

// ---- the properties -----------------------------------------------------------------------------

/// Options for one case: language detection, or a forced language.
fn options(lang: Option<&str>) -> Options {
    Options {
        lang: lang.map(str::to_string),
    }
}

/// Checks one input; `Ok(true)` when the front end rejected it with an error diagnostic, `Err`
/// describes the violated property.
fn check_input(bytes: &[u8], options: &Options) -> Result<bool, String> {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let checked = driver::check("fuzz.ml", bytes, options);
        let rendered = checked.render_diagnostics();
        (checked, rendered)
    }));
    let (checked, _rendered) = outcome.map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("panic: {message}")
    })?;
    let result = properties(&checked).map(|()| checked.has_errors());
    // Trees of hostile inputs may be too deep to drop recursively on a small stack.
    std::mem::forget(checked.module);
    result
}

fn properties(checked_parts: &Checked) -> Result<(), String> {
    let len = checked_parts.file.text.len() as u32;
    for d in &checked_parts.diagnostics {
        if d.span.start > d.span.end || d.span.end > len {
            return Err(format!(
                "diagnostic {:?} has span {:?} outside the file (length {len})",
                d.code, d.span
            ));
        }
    }
    let has_error = checked_parts
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    let error_token = checked_parts
        .tokens
        .iter()
        .any(|t| t.kind == TokenKind::Error);
    if (error_token || contains_error_node(&checked_parts.module)) && !has_error {
        return Err("an Error token or node without any error diagnostic".to_string());
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
}

/// Whether the tree holds a `StmtKind::Error` or `ExprKind::Error`; iterative, so deep trees
/// are fine.
fn contains_error_node(module: &Module) -> bool {
    let mut stack: Vec<Node<'_>> = module.body.iter().map(Node::Stmt).collect();
    while let Some(node) = stack.pop() {
        match node {
            Node::Stmt(stmt) => {
                if matches!(stmt.kind, StmtKind::Error) {
                    return true;
                }
                push_stmt_children(stmt, &mut stack);
            }
            Node::Expr(expr) => {
                if matches!(expr.kind, ExprKind::Error) {
                    return true;
                }
                push_expr_children(expr, &mut stack);
            }
            Node::Pattern(pattern) => push_pattern_children(pattern, &mut stack),
        }
    }
    false
}

fn push_block<'a>(body: &'a [Stmt], stack: &mut Vec<Node<'a>>) {
    stack.extend(body.iter().map(Node::Stmt));
}

fn push_exprs<'a>(exprs: impl IntoIterator<Item = &'a Expr>, stack: &mut Vec<Node<'a>>) {
    stack.extend(exprs.into_iter().map(Node::Expr));
}

fn push_params<'a>(params: &'a Parameters, stack: &mut Vec<Node<'a>>) {
    let all = params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg);
    for param in all {
        push_exprs(param.annotation.iter().chain(&param.default), stack);
    }
}

fn push_stmt_children<'a>(stmt: &'a Stmt, stack: &mut Vec<Node<'a>>) {
    match &stmt.kind {
        StmtKind::Expr(e) => stack.push(Node::Expr(e)),
        StmtKind::Assign { targets, value } => {
            push_exprs(targets.iter().chain([value]), stack);
        }
        StmtKind::AugAssign { target, value, .. } => push_exprs([target, value], stack),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => push_exprs([target, annotation].into_iter().chain(value), stack),
        StmtKind::Let {
            targets,
            annotation,
            value,
            ..
        } => push_exprs(targets.iter().chain(annotation).chain([value]), stack),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            stack.push(Node::Expr(test));
            push_block(body, stack);
            push_block(orelse, stack);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            push_exprs([target, iter], stack);
            push_block(body, stack);
            push_block(orelse, stack);
        }
        StmtKind::Return(value) => push_exprs(value, stack),
        StmtKind::FunctionDef(def) => {
            push_exprs(def.decorators.iter().chain(&def.returns), stack);
            push_params(&def.params, stack);
            push_block(&def.body, stack);
        }
        StmtKind::ClassDef(class) => {
            push_exprs(class.decorators.iter().chain(&class.bases), stack);
            push_exprs(class.keywords.iter().map(|k| &k.value), stack);
            push_block(&class.body, stack);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            push_block(body, stack);
            for handler in handlers {
                push_exprs(&handler.type_, stack);
                push_block(&handler.body, stack);
            }
            push_block(orelse, stack);
            push_block(finalbody, stack);
        }
        StmtKind::Raise { exc, cause } => push_exprs(exc.iter().chain(cause), stack),
        StmtKind::With { items, body, .. } => {
            for item in items {
                push_exprs([&item.context].into_iter().chain(&item.target), stack);
            }
            push_block(body, stack);
        }
        StmtKind::Match { subject, cases } => {
            stack.push(Node::Expr(subject));
            for case in cases {
                stack.push(Node::Pattern(&case.pattern));
                push_exprs(&case.guard, stack);
                push_block(&case.body, stack);
            }
        }
        StmtKind::Delete(targets) => push_exprs(targets, stack),
        StmtKind::Assert { test, msg } => push_exprs([test].into_iter().chain(msg), stack),
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Error => {}
    }
}

fn push_fstring<'a>(parts: &'a [FStringPart], stack: &mut Vec<Node<'a>>) {
    let mut pending: Vec<&'a [FStringPart]> = vec![parts];
    while let Some(parts) = pending.pop() {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                stack.push(Node::Expr(value));
                pending.push(spec);
            }
        }
    }
}

fn push_expr_children<'a>(expr: &'a Expr, stack: &mut Vec<Node<'a>>) {
    match &expr.kind {
        ExprKind::FString(parts) => push_fstring(parts, stack),
        ExprKind::BinOp { left, right, .. } => push_exprs([&**left, &**right], stack),
        ExprKind::UnaryOp { operand, .. }
        | ExprKind::Await(operand)
        | ExprKind::YieldFrom(operand)
        | ExprKind::Starred(operand) => stack.push(Node::Expr(operand)),
        ExprKind::BoolOp { values, .. } => push_exprs(values, stack),
        ExprKind::Compare {
            left, comparators, ..
        } => push_exprs([&**left].into_iter().chain(comparators), stack),
        ExprKind::IfExp { test, body, orelse } => push_exprs([&**test, body, orelse], stack),
        ExprKind::NamedExpr { value, .. } => stack.push(Node::Expr(value)),
        ExprKind::Lambda { params, body } => {
            push_params(params, stack);
            stack.push(Node::Expr(body));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            push_exprs([&**func].into_iter().chain(args), stack);
            push_exprs(keywords.iter().map(|k| &k.value), stack);
        }
        ExprKind::Attribute { value, .. } => stack.push(Node::Expr(value)),
        ExprKind::Subscript { value, index } => push_exprs([&**value, index], stack),
        ExprKind::Slice { lower, upper, step } => {
            push_exprs(lower.iter().chain(upper).chain(step).map(|e| &**e), stack);
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            push_exprs(items, stack)
        }
        ExprKind::Dict { keys, values } => {
            push_exprs(keys.iter().flatten().chain(values), stack);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            stack.push(Node::Expr(elt));
            for generator in generators {
                push_exprs(
                    [&generator.target, &generator.iter]
                        .into_iter()
                        .chain(&generator.ifs),
                    stack,
                );
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            push_exprs([&**key, value], stack);
            for generator in generators {
                push_exprs(
                    [&generator.target, &generator.iter]
                        .into_iter()
                        .chain(&generator.ifs),
                    stack,
                );
            }
        }
        ExprKind::Yield(value) => push_exprs(value.iter().map(|e| &**e), stack),
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Error => {}
    }
}

fn push_pattern_children<'a>(pattern: &'a Pattern, stack: &mut Vec<Node<'a>>) {
    match &pattern.kind {
        PatternKind::Value(e) | PatternKind::Singleton(e) => stack.push(Node::Expr(e)),
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            stack.extend(items.iter().map(Node::Pattern))
        }
        PatternKind::Star(_) => {}
        PatternKind::Mapping { keys, patterns, .. } => {
            push_exprs(keys, stack);
            stack.extend(patterns.iter().map(Node::Pattern));
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            stack.push(Node::Expr(cls));
            stack.extend(patterns.iter().chain(kwd_patterns).map(Node::Pattern));
        }
        PatternKind::As { pattern, .. } => {
            stack.extend(pattern.iter().map(|p| Node::Pattern(p)));
        }
    }
}

// ---- failure reports ----------------------------------------------------------------------------

/// Deletes chunks of `bytes` while the failure persists (bounded work).
fn minimize(bytes: &[u8], options: &Options) -> Vec<u8> {
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut current = bytes.to_vec();
    let mut chunk = current.len() / 2;
    let mut attempts = 0;
    while chunk > 0 && attempts < 2000 {
        let mut start = 0;
        while start < current.len() && attempts < 2000 {
            attempts += 1;
            let end = (start + chunk).min(current.len());
            let mut candidate = current[..start].to_vec();
            candidate.extend_from_slice(&current[end..]);
            if check_input(&candidate, options).is_err() {
                current = candidate;
            } else {
                start += chunk;
            }
        }
        chunk /= 2;
    }
    panic::set_hook(previous_hook);
    current
}

/// Collects failures of one generator and fails the test with minimized inputs.
#[derive(Default)]
struct Failures {
    report: String,
    count: usize,
    accepted: usize,
    rejected: usize,
}

impl Failures {
    fn check(&mut self, what: &str, bytes: &[u8], options: &Options) {
        match check_input(bytes, options) {
            Ok(true) => self.rejected += 1,
            Ok(false) => self.accepted += 1,
            Err(problem) => self.fail(what, bytes, options, problem),
        }
    }

    /// Records a failure; the first few are minimized for the report.
    fn fail(&mut self, what: &str, bytes: &[u8], options: &Options, problem: String) {
        self.count += 1;
        if self.count <= 5 {
            let small = minimize(bytes, options);
            let _ = writeln!(
                self.report,
                "{what} (lang {:?}): {problem}\n  input:     {:?}\n  minimized: {:?}",
                options.lang,
                show(bytes),
                show(&small)
            );
        }
    }

    /// Fails on any violated property, and on a generator that never produced an input of
    /// the kinds it must produce (rejected ones, and accepted ones when `expect_accepted`).
    fn assert_none(self, generator: &str, expect_accepted: bool) {
        assert!(
            self.count == 0,
            "{generator}: {} failing inputs\n{}",
            self.count,
            self.report
        );
        assert!(self.rejected > 0, "{generator}: no input was rejected");
        assert!(
            !expect_accepted || self.accepted > 0,
            "{generator}: no input was accepted"
        );
    }
}

fn show(bytes: &[u8]) -> String {
    const LIMIT: usize = 400;
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(LIMIT)]).into_owned();
    if bytes.len() > LIMIT {
        format!("{text}... ({} bytes)", bytes.len())
    } else {
        text
    }
}

/// A random language code, or `None` (detection) half of the time.
fn random_lang(rng: &mut Rng) -> Option<&'static str> {
    let all = lexicon::all();
    (!all.is_empty() && rng.chance(50)).then(|| rng.pick(all).code)
}

// ---- generators ---------------------------------------------------------------------------------

#[test]
fn random_bytes() {
    let mut rng = Rng(0x5EED_0001);
    let mut failures = Failures::default();
    for i in 0..case_count() {
        let len = rng.below(256);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                // Mostly printable ASCII and newlines so the lexer gets past the first byte.
                match rng.below(10) {
                    0 => rng.next() as u8,
                    1 => b'\n',
                    2 => b' ',
                    _ => b' ' + rng.below(95) as u8,
                }
            })
            .collect();
        let lang = random_lang(&mut rng);
        failures.check(&format!("random bytes #{i}"), &bytes, &options(lang));
    }
    failures.assert_none("random bytes", false);
}

/// Every spelling the lexers know plus operators, brackets, numerals, strings and layout.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for lexicon in lexicon::all() {
        for (_, spellings) in lexicon.keywords {
            words.extend(spellings.iter().map(|s| s.to_string()));
        }
        for (canonical, aliases) in lexicon.builtins {
            words.push(canonical.to_string());
            words.extend(aliases.iter().map(|s| s.to_string()));
        }
    }
    let fixed = [
        "+",
        "-",
        "*",
        "/",
        "//",
        "%",
        "**",
        "==",
        "!=",
        "<",
        ">",
        "<=",
        ">=",
        "=",
        "+=",
        "-=",
        "*=",
        "/=",
        "//=",
        "%=",
        "**=",
        "&=",
        "|=",
        "^=",
        "<<=",
        ">>=",
        "&",
        "|",
        "^",
        "~",
        "<<",
        ">>",
        "->",
        ":=",
        "|>",
        "~=",
        "?",
        "@",
        ".",
        "...",
        ",",
        ":",
        ";",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "（",
        "）",
        "：",
        "，",
        "×",
        "÷",
        "≠",
        "≤",
        "≥",
        "0",
        "42",
        "3.5",
        "1e10",
        "0x1F",
        "0b101",
        "1_000",
        "४२",
        "٣٤",
        "৭",
        "௧௨",
        "１２",
        "๓",
        "4२",
        "Ⅻ",
        "\"abc\"",
        "'x'",
        "\"\"\"doc\nstring\"\"\"",
        "«texte»",
        "「文字」",
        "“quoted”",
        "f\"{x}\"",
        "f'{x:>5}'",
        "f\"{x!r}\"",
        "b\"bytes\"",
        "r\"raw\\n\"",
        "\"esc\\n\\t\"",
        "\"unterminated",
        "'''open",
        "f\"{\"",
        "\n",
        "\n",
        "\n",
        "\n    ",
        "\n        ",
        "\n\t",
        "    ",
        "\t",
        "x",
        "y",
        "i",
        "self",
        "élément",
        "変数",
        "значение",
        "_",
        "#comment",
        "\\",
        "\r\n",
        "\u{0}",
        "\u{feff}",
    ];
    words.extend(fixed.iter().map(|s| s.to_string()));
    words
}

#[test]
fn token_soup() {
    let words = vocabulary();
    let mut rng = Rng(0x5EED_0002);
    let mut failures = Failures::default();
    for i in 0..case_count() {
        let count = 1 + rng.below(60);
        let mut text = String::new();
        for _ in 0..count {
            let word: &String = rng.pick(&words);
            text.push_str(word);
            if rng.chance(70) {
                text.push(' ');
            }
        }
        let lang = random_lang(&mut rng);
        failures.check(&format!("token soup #{i}"), text.as_bytes(), &options(lang));
    }
    failures.assert_none("token soup", true);
}

/// Valid programs to mutate: the corpus and the golden inputs, plus a few built in.
fn seed_programs() -> Vec<Vec<u8>> {
    let mut programs: Vec<Vec<u8>> = [
        "def f(x):\n    return x + 1\n\nfor i in range(3):\n    print(f(i))\n",
        "class A:\n    def __init__(self, v):\n        self.v = v\n\nprint([a * 2 for a in [1, 2]])\n",
        "soit x = 3\nsi x > 2:\n    afficher(f\"grand {x}\")\nsinon:\n    afficher(\"petit\")\n",
        "関数 二倍(x):\n    戻る x * 2\n表示(二倍(21))\n",
        "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    pass\n",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut directories = vec![root.join("corpus"), root.join("golden")];
    while let Some(directory) = directories.pop() {
        let Ok(entries) = std::fs::read_dir(&directory) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                directories.push(path);
            } else if path.extension().is_some_and(|e| e == "ml")
                && let Ok(bytes) = std::fs::read(&path)
            {
                programs.push(bytes);
            }
        }
    }
    programs
}

fn mutate(rng: &mut Rng, program: &[u8]) -> Vec<u8> {
    let mut bytes = program.to_vec();
    for _ in 0..1 + rng.below(4) {
        let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
        let n = lines.len();
        match rng.below(9) {
            0 if n > 1 => {
                lines.remove(rng.below(n));
            }
            1 => {
                let i = rng.below(n);
                let line = lines[i].clone();
                lines.insert(i, line);
            }
            2 if n > 1 => {
                let (a, b) = (rng.below(n), rng.below(n));
                lines.swap(a, b);
            }
            3 if !bytes.is_empty() => {
                bytes.remove(rng.below(bytes.len()));
                continue;
            }
            4 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes.insert(i, bytes[i]);
                continue;
            }
            5 if bytes.len() > 1 => {
                let (a, b) = (rng.below(bytes.len()), rng.below(bytes.len()));
                bytes.swap(a, b);
                continue;
            }
            6 | 7 => {
                let insert = *rng.pick(&["(", ")", "[", "]", "{", "}", "\"", "'", "\"\"\"", ":"]);
                let i = rng.below(bytes.len() + 1);
                bytes.splice(i..i, insert.bytes());
                continue;
            }
            _ => {
                bytes.truncate(rng.below(bytes.len() + 1));
                continue;
            }
        }
        bytes = lines.join(&b'\n');
    }
    bytes
}

#[test]
fn mutated_programs() {
    let programs = seed_programs();
    let mut rng = Rng(0x5EED_0003);
    let mut failures = Failures::default();
    for i in 0..case_count() {
        let seed = rng.pick(&programs);
        let mutated = mutate(&mut rng, seed);
        failures.check(&format!("mutated program #{i}"), &mutated, &options(None));
    }
    failures.assert_none("mutated programs", true);
}

// ---- named hostile inputs -----------------------------------------------------------------------

fn hostile_inputs() -> Vec<(&'static str, Vec<u8>)> {
    let mut inputs: Vec<(&'static str, Vec<u8>)> = vec![
        ("empty file", Vec::new()),
        ("only a newline", b"\n".to_vec()),
        (
            "invalid UTF-8",
            b"x = \"\xff\xfe\"\nprint(x\xc3)\n\xe2\x82".to_vec(),
        ),
        ("lone continuation bytes", vec![0x80, 0x80, b'\n', 0xbf]),
        ("NUL bytes", b"x = 1\0\nprint(\0x)\n\0".to_vec()),
        (
            "mixed tabs and spaces",
            b"if True:\n\tx = 1\n        y = 2\n    \tz = 3\n".to_vec(),
        ),
        ("unterminated string", b"print(\"hello\n".to_vec()),
        (
            "unterminated triple string",
            b"x = '''never closed\n\n".to_vec(),
        ),
        ("unterminated f-string field", b"x = f\"{a + \"\n".to_vec()),
        ("unterminated brackets", b"print((1, [2, {3\n".to_vec()),
        ("closing brackets only", b")]}\n)))\n".to_vec()),
        (
            "BOM and CRLF",
            b"\xef\xbb\xbfx = 1\r\nprint(x)\r\n".to_vec(),
        ),
    ];
    let depth = 10_000;
    let mut brackets = "(".repeat(depth);
    brackets.push('1');
    brackets.push_str(&")".repeat(depth));
    inputs.push(("10,000 nested brackets", brackets.into_bytes()));
    inputs.push((
        "10,000 unclosed brackets",
        "[{(".repeat(depth / 3).into_bytes(),
    ));
    let mut blocks = String::new();
    for level in 0..depth {
        blocks.push_str(&" ".repeat(level));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(depth));
    blocks.push_str("pass\n");
    inputs.push(("10,000 nested blocks", blocks.into_bytes()));
    inputs.push((
        "10,000 nested lambdas",
        "lambda: ".repeat(depth).into_bytes(),
    ));
    inputs.push((
        "10,000 unary minus",
        format!("{}1\n", "-".repeat(depth)).into_bytes(),
    ));
    let megabyte = 1 << 20;
    inputs.push((
        "1 MB identifier line",
        format!("x = {}\n", "a".repeat(megabyte)).into_bytes(),
    ));
    inputs.push((
        "1 MB string line",
        format!("x = \"{}\"\n", "é".repeat(megabyte / 2)).into_bytes(),
    ));
    inputs.push((
        "1 MB sum line",
        format!("x = 1{}\n", " + 1".repeat(megabyte / 4)).into_bytes(),
    ));
    inputs
}

#[test]
fn hostile_inputs_on_a_small_stack() {
    let skip = std::env::var("MLC_FUZZ_SKIP").unwrap_or_default();
    let skipped: Vec<&str> = skip.split('|').filter(|s| !s.is_empty()).collect();
    for (name, bytes) in hostile_inputs() {
        if skipped.contains(&name) {
            continue;
        }
        // A stack overflow aborts the process before the test can report; say where we are.
        let _ = writeln!(std::io::stderr(), "fuzz: hostile input: {name}");
        let result = std::thread::Builder::new()
            .name(name.to_string())
            .stack_size(2 << 20)
            .spawn(move || check_input(&bytes, &Options::default()))
            .expect("spawn a thread")
            .join()
            .expect("the checking thread does not die");
        if let Err(problem) = result {
            panic!("hostile input {name:?}: {problem}");
        }
    }
}
