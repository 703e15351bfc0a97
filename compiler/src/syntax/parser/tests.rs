//! Unit tests of the parser: source text in a language -> dump without spans + diagnostic codes.
//! (Whole programs are covered by the golden files under `tests/golden/ast/`.)

use crate::diagnostics::{Code, Diagnostic};
use crate::lexicon;
use crate::source::SourceFile;
use crate::syntax::{dump, lexer, parser};

fn parse(lang: &str, text: &str) -> (String, Vec<Diagnostic>) {
    let lexicon = lexicon::by_code(lang).expect("language compiled in");
    let file = SourceFile::new("test.ml", text);
    let (tokens, mut diagnostics) = lexer::lex(&file, lexicon);
    let (module, parse_diagnostics) = parser::parse(&file, &tokens, lexicon);
    diagnostics.extend(parse_diagnostics);
    (dump::ast_without_spans(&file, &module), diagnostics)
}

/// The dump of an English program that must parse without diagnostics.
fn ok(text: &str) -> String {
    ok_in("en", text)
}

fn ok_in(lang: &str, text: &str) -> String {
    let (dump, diagnostics) = parse(lang, text);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics for {text:?}: {diagnostics:?}\n{dump}"
    );
    dump
}

fn codes(text: &str) -> Vec<Code> {
    parse("en", text).1.iter().map(|d| d.code).collect()
}

/// One-line dump of a single expression statement's expression.
fn expr(text: &str) -> String {
    let dump = ok(&format!("{text}\n"));
    dump.trim()
        .strip_prefix("(expr ")
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or_else(|| panic!("not an expression statement: {dump}"))
        .to_string()
}

#[test]
fn precedence_follows_python() {
    assert_eq!(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(expr("-2 ** 2"), "(neg (** 2 2))");
    assert_eq!(expr("2 ** -1"), "(** 2 (neg 1))");
    assert_eq!(expr("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(expr("a - b - c"), "(- (- a b) c)");
    assert_eq!(expr("not a == b"), "(not (compare a == b))");
    assert_eq!(expr("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(
        expr("a | b ^ c & d << 1 + 2"),
        "(| a (^ b (& c (<< d (+ 1 2)))))"
    );
    assert_eq!(expr("x if a or b else y"), "(ifexp x if (or a b) else y)");
    assert_eq!(
        expr("a if b else c if d else e"),
        "(ifexp a if b else (ifexp c if d else e))"
    );
    assert_eq!(expr("await f() ** 2"), "(** (await (call f)) 2)");
}

#[test]
fn comparisons_chain_and_two_word_operators() {
    assert_eq!(expr("a < b <= c != d"), "(compare a < b <= c != d)");
    assert_eq!(expr("a not in b"), "(compare a not-in b)");
    assert_eq!(expr("a is not b"), "(compare a is-not b)");
    assert_eq!(expr("a is b in c"), "(compare a is b in c)");
}

#[test]
fn pipe_is_a_call_between_walrus_and_conditional() {
    assert_eq!(expr("a |> f |> g"), "(call g (call f a))");
    assert_eq!(expr("(y := a |> f)"), "(walrus y (call f a))");
    assert_eq!(expr("a if c else b |> f"), "(call f (ifexp a if c else b))");
}

#[test]
fn calls_subscripts_slices() {
    assert_eq!(
        expr("f(a, *b, c=1, d: 2, **e)"),
        "(call f a (star b) (kw c 1) (kw d 2) (kw ** e))"
    );
    assert_eq!(expr("f(x for x in y)"), "(call f (genexp x (for x in y)))");
    assert_eq!(
        expr("a[1:2, ::3]"),
        "(index a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(expr("a[i, j]"), "(index a (tuple i j))");
    assert_eq!(expr("a[:]"), "(index a (slice _ _ _))");
    assert_eq!(
        expr("a.b.c(d)[e]"),
        "(index (call (attr (attr a b) c) d) e)"
    );
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(expr("()"), "(tuple)");
    assert_eq!(expr("(1,)"), "(tuple 1)");
    assert_eq!(expr("[1, *a, 2,]"), "(list 1 (star a) 2)");
    assert_eq!(expr("{}"), "(dict)");
    assert_eq!(expr("{1: 2, **d}"), "(dict (1 2) (** d))");
    assert_eq!(expr("{1, 2}"), "(set 1 2)");
    assert_eq!(
        expr("[x * y for x in a if x for y in b if y if x > y]"),
        "(listcomp (* x y) (for x in a if x) (for y in b if y if (compare x > y)))"
    );
    assert_eq!(
        expr("{k: v for k, v in d}"),
        "(dictcomp k v (for (tuple k v) in d))"
    );
    assert_eq!(
        expr("{x async for x in a}"),
        "(setcomp x (async-for x in a))"
    );
    assert_eq!(expr("\"a\" 'b'"), "\"ab\"");
    assert_eq!(expr("..."), "...");
}

#[test]
fn lambdas_take_full_parameter_lists() {
    assert_eq!(
        expr("lambda a, b=1, *c, d, **e: a"),
        "(lambda (params a (b = 1) *c d **e) a)"
    );
    assert_eq!(expr("lambda: 0"), "(lambda (params) 0)");
}

#[test]
fn assignments_and_targets() {
    assert_eq!(ok("a = b = 1\n"), "(assign a b = 1)\n");
    assert_eq!(ok("a, *b = c\n"), "(assign (tuple a (star b)) = c)\n");
    assert_eq!(
        ok("x.y[0] += 1\n"),
        "(augassign (index (attr x y) 0) += 1)\n"
    );
    assert_eq!(ok("x: int = 3\n"), "(annassign x : int = 3)\n");
    assert_eq!(ok("x = 1,\n"), "(assign x = (tuple 1))\n");
    assert_eq!(ok("x = yield y\n"), "(assign x = (yield y))\n");
    assert_eq!(codes("f() = 1\n"), vec![Code::InvalidAssignmentTarget]);
    assert_eq!(codes("a + 1 += 1\n"), vec![Code::InvalidAssignmentTarget]);
    assert_eq!(
        codes("(a, b): int = 1\n"),
        vec![Code::InvalidAssignmentTarget]
    );
}

#[test]
fn let_and_const() {
    assert_eq!(ok("let a = b = 0\n"), "(let a b = 0)\n");
    assert_eq!(ok("let x: int = 1\n"), "(let x : int = 1)\n");
    assert_eq!(
        ok("let a, *b = 1, 2\n"),
        "(let (tuple a (star b)) = (tuple 1 2))\n"
    );
    assert_eq!(ok("const K = 1\n"), "(const K = 1)\n");
}

#[test]
fn one_line_suites_and_semicolons() {
    assert_eq!(
        ok("if x: a = 1; b = 2\nelse: pass\n"),
        "(if x\n  (then\n    (assign a = 1)\n    (assign b = 2))\n  (else\n    (pass)))\n"
    );
    assert_eq!(ok("a; b;\n"), "(expr a)\n(expr b)\n");
}

#[test]
fn imports() {
    assert_eq!(ok("import a.b.c as d, e\n"), "(import (a.b.c as d) e)\n");
    assert_eq!(ok("from . import x\n"), "(from . import x)\n");
    assert_eq!(
        ok("from ..a.b import (c, d as e,)\n"),
        "(from ..a.b import c (d as e))\n"
    );
    assert_eq!(ok("from m import *\n"), "(from m import *)\n");
    assert_eq!(ok("from ... import x\n"), "(from ... import x)\n");
}

#[test]
fn simple_statements() {
    assert_eq!(ok("global a, b\n"), "(global a b)\n");
    assert_eq!(ok("nonlocal a\n"), "(nonlocal a)\n");
    assert_eq!(ok("del a, b[0]\n"), "(del a (index b 0))\n");
    assert_eq!(ok("assert x, \"m\"\n"), "(assert x \"m\")\n");
    assert_eq!(ok("raise E from e\n"), "(raise E from e)\n");
    assert_eq!(ok("raise\n"), "(raise)\n");
    assert_eq!(ok("return\n"), "(return)\n");
    assert_eq!(ok("return 1, 2\n"), "(return (tuple 1 2))\n");
}

#[test]
fn compound_statements() {
    let dump = ok("@d\n@e.f(1)\nasync def g(a, /, b: int = 1, *, c) -> str:\n    await x\n");
    assert_eq!(
        dump,
        "(async-def g\n  (decorator d)\n  (decorator (call (attr e f) 1))\n  (params a / (b : int = 1) * c)\n  (returns str)\n  (body\n    (expr (await x))))\n"
    );
    let dump = ok("class A(B, metaclass=M):\n    pass\n");
    assert_eq!(
        dump,
        "(class A\n  (bases B (kw metaclass M))\n  (body\n    (pass)))\n"
    );
    let dump = ok(
        "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept c.D:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    );
    assert!(dump.contains("(except (tuple A B) as e"), "{dump}");
    assert!(dump.contains("(except (attr c D)"), "{dump}");
    assert!(dump.contains("(finally"), "{dump}");
    let dump = ok("with (a as b, c as d,):\n    pass\nwith (a) as b, c:\n    pass\n");
    assert!(
        dump.starts_with("(with (item a as b) (item c as d)"),
        "{dump}"
    );
    assert!(dump.contains("(with (item a as b) (item c)"), "{dump}");
    let dump = ok("for a, (b, *c) in d:\n    break\nelse:\n    continue\n");
    assert!(
        dump.starts_with("(for (tuple a (tuple b (star c))) in d"),
        "{dump}"
    );
    let dump = ok("while (n := n - 1):\n    pass\n");
    assert!(dump.starts_with("(while (walrus n (- n 1))"), "{dump}");
    let dump = ok("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n");
    assert!(dump.contains("(else\n    (if b"), "{dump}");
}

#[test]
fn match_patterns() {
    let dump = ok(concat!(
        "match p:\n",
        "    case 0 | -1 | \"s\":\n        pass\n",
        "    case None:\n        pass\n",
        "    case [a, *rest] if a > 0:\n        pass\n",
        "    case (x, _, *_):\n        pass\n",
        "    case {\"k\": v, **kw}:\n        pass\n",
        "    case Point(1, y=2) as pt:\n        pass\n",
        "    case Color.RED:\n        pass\n",
        "    case a, b:\n        pass\n",
        "    default:\n        pass\n",
    ));
    for expected in [
        "(case (or (value 0) (value (neg 1)) (value \"s\"))",
        "(case (singleton None)",
        "(case (sequence (capture a) (star rest)) if (compare a > 0)",
        "(case (sequence (capture x) _ (star _))",
        "(case (mapping (\"k\" (capture v)) (** kw))",
        "(case (as (class Point (value 1) (kw y (value 2))) pt)",
        "(case (value (attr Color RED))",
        "(case (sequence (capture a) (capture b))",
        "(case _\n",
    ] {
        assert!(dump.contains(expected), "missing {expected:?} in\n{dump}");
    }
}

#[test]
fn match_is_a_soft_keyword() {
    assert_eq!(ok("match = 1\n"), "(assign match = 1)\n");
    assert_eq!(ok("match(x)\n"), "(expr (call match x))\n");
    assert_eq!(ok("re.match(x)\n"), "(expr (call (attr re match) x))\n");
}

#[test]
fn fstrings_parse_their_fields() {
    assert_eq!(
        expr("f\"a{x + 1!r:>{w}}b\""),
        "(fstring \"a\" (field (+ x 1) !r (spec \">\" (field w))) \"b\")"
    );
}

#[test]
fn identifier_like_keywords_are_builtin_names() {
    let (dump, diagnostics) = parse("fr", "afficher(entier(\"3\"))\n");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(dump, "(expr (call print (call int \"3\")))\n");
    let file = SourceFile::new("t.ml", "afficher(1)\n");
    let fr = lexicon::by_code("fr").expect("fr");
    let (tokens, _) = lexer::lex(&file, fr);
    let (module, _) = parser::parse(&file, &tokens, fr);
    assert_eq!(
        dump::ast(&file, &module),
        "(expr@1:1 (call@1:1 print[afficher]@1:1 1@1:10))\n"
    );
}

#[test]
fn errors_are_reported_once_per_statement_and_parsing_goes_on() {
    // Inside brackets lines join: the error is at `=`, and the next line parses.
    assert_eq!(
        codes("x = (1 +\ny = 2\nz = )\nok = 1\n"),
        vec![Code::UnexpectedToken]
    );
    assert_eq!(
        codes("a = 1 2\nb = ,\nc = 3\n"),
        vec![Code::UnexpectedToken, Code::ExpectedExpression]
    );
    let (dump, diagnostics) = parse("en", "if x y:\n    a = \nb = 1\n");
    assert_eq!(
        diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        vec![Code::ExpectedColon, Code::ExpectedExpression]
    );
    assert!(dump.ends_with("(assign b = 1)\n"), "{dump}");
    assert_eq!(codes("f(a=1, b)\n"), vec![Code::PositionalAfterKeyword]);
    assert_eq!(codes("if x:\ny = 1\n"), vec![Code::ExpectedIndent]);
    assert_eq!(codes("  x = 1\n"), vec![Code::UnexpectedIndent]);
}

/// The diagnostics of a program: `(code, word)` of each `UnsupportedKeyword`, codes otherwise.
fn unsupported_words(lang: &str, text: &str) -> Vec<String> {
    parse(lang, text)
        .1
        .iter()
        .map(|d| match d.code {
            Code::UnsupportedKeyword => d.arg("word").unwrap_or("?").to_string(),
            code => format!("{code:?}"),
        })
        .collect()
}

#[test]
fn reserved_keywords_are_unsupported_only_as_statements() {
    assert_eq!(
        unsupported_words("en", "observe x = 1\ny = 2\n"),
        ["observe"]
    );
    assert_eq!(
        unsupported_words(
            "en",
            "spawn worker()\npar:\n    pass\nprompt \"hi\"\ntype Point = int\nplan\n"
        ),
        ["spawn", "par", "prompt", "type", "plan"]
    );
    assert_eq!(unsupported_words("fr", "lancer travail()\n"), ["lancer"]);
}

#[test]
fn reserved_keywords_are_names_in_expressions() {
    assert_eq!(
        ok("result = classify(text)\n"),
        "(assign result = (call classify text))\n"
    );
    assert_eq!(ok("classify(x)\n"), "(expr (call classify x))\n");
    assert_eq!(ok("type(x)\n"), "(expr (call type x))\n");
    assert_eq!(
        ok("plan = 1\nplan.x = 2\nplan[0] = 3\ncost += 1\nmemory: list = []\n"),
        "(assign plan = 1)\n(assign (attr plan x) = 2)\n(assign (index plan 0) = 3)\n\
         (augassign cost += 1)\n(annassign memory : list = (list))\n"
    );
    assert_eq!(
        ok("send, receive = 1, 2\ncost + 1\nstream if x else trace\n"),
        "(assign (tuple send receive) = (tuple 1 2))\n(expr (+ cost 1))\n\
         (expr (ifexp stream if x else trace))\n"
    );
    assert_eq!(
        ok("def plan(memory, swarm=1, *channel, **edge):\n    return memory\n"),
        "(def plan\n  (params memory (swarm = 1) *channel **edge)\n  (body\n    (return memory)))\n"
    );
    assert_eq!(
        ok("for stream in streams: f(trace=stream)\n"),
        "(for stream in streams\n  (body\n    (expr (call f (kw trace stream)))))\n"
    );
    // Names keep the user's spelling in every language.
    assert_eq!(
        ok_in("fr", "soit r = classer(planifier)\nenvoyer(r)\n"),
        "(let r = (call classer planifier))\n(expr (call envoyer r))\n"
    );
}

#[test]
fn english_soft_keywords_are_names_outside_their_statement() {
    assert_eq!(
        ok("default = 1\nlocal = 2\nlet = 3\ncase = 4\nprint(default, local, let, case)\n"),
        "(assign default = 1)\n(assign local = 2)\n(assign let = 3)\n(assign case = 4)\n\
         (expr (call print default local let case))\n"
    );
    assert_eq!(ok("let x = 1\n"), "(let x = 1)\n");
    assert_eq!(ok("let (a, b) = p\n"), "(let (tuple a b) = p)\n");
    assert_eq!(ok("const(x)\n"), "(expr (call const x))\n");
    assert_eq!(
        ok("def f():\n    x = 1\n    def g():\n        local x\n"),
        "(def f\n  (params)\n  (body\n    (assign x = 1)\n    (def g\n      (params)\n      (body\n        (nonlocal x)))))\n"
    );
    // The English spellings are soft in other languages too.
    assert_eq!(
        ok_in("de", "default = 1\nlocal = default\n"),
        "(assign default = 1)\n(assign local = default)\n"
    );
    assert_eq!(codes("case 1:\n    pass\n"), [Code::UnexpectedToken]);
}

#[test]
fn found_quotes_the_users_text() {
    let (_, diagnostics) = parse("fr", "x = sinon\n");
    assert_eq!(diagnostics[0].code, Code::ExpectedExpression);
    assert_eq!(diagnostics[0].arg("found"), Some("sinon"));
}

/// Runs `test` on a thread with a large stack: unoptimized builds use several times the stack
/// of release builds, for which `MAX_NESTING` is sized.
fn with_big_stack(test: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(test)
        .expect("thread")
        .join()
        .expect("test thread");
}

#[test]
fn deep_nesting_is_reported_not_overflowed() {
    with_big_stack(deep_nesting);
}

fn deep_nesting() {
    let deep = format!("x = {}1{}\ny = 2\n", "(".repeat(5000), ")".repeat(5000));
    let (dump, diagnostics) = parse("en", &deep);
    assert_eq!(
        diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        vec![Code::NestingTooDeep]
    );
    assert!(dump.ends_with("(assign y = 2)\n"), "{dump}");
    let unary = format!("x = {}1\n", "-".repeat(5000));
    assert_eq!(codes(&unary), vec![Code::NestingTooDeep]);
    let chain = format!("x = 1{}\n", " + 1".repeat(5000));
    assert_eq!(codes(&chain), vec![Code::NestingTooDeep]);
    let mut blocks = String::new();
    for level in 0..300 {
        blocks.push_str(&" ".repeat(level));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(300));
    blocks.push_str("pass\n");
    assert_eq!(codes(&blocks), vec![Code::NestingTooDeep]);
}

#[test]
fn never_panics_on_token_soup() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", "if", "else", "for", "in", "def", "class", "x",
        "1", "\"s\"", "=", "+", "*", "**", "\n", "    ", "lambda", "match", "case", "@", ".",
        "not", "is", "yield", "async", "await", "f\"{x}\"", ";", "|>", ":=", "->", "...",
    ];
    let mut seed = 0x2545_f491_u64;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            text.push(' ');
        }
        let _ = parse("en", &text);
    }
}

/// `(language, source)` of the golden files `tests/golden/ast/NAME.LANG.ml` of one program.
macro_rules! twins {
    ($name:literal: $($lang:literal),+) => {
        [$(($lang, include_str!(concat!(
            "../../../../tests/golden/ast/", $name, ".", $lang, ".ml"
        )))),+]
    };
}

#[test]
fn translated_twins_parse_to_the_same_tree() {
    let groups: [&[(&str, &str)]; 3] = [
        &twins!("fizzbuzz": "en", "fr", "de", "es", "zh"),
        &twins!("surface": "en", "hi", "ja", "ar", "bn", "ta", "es", "pt"),
        &twins!("match": "en", "fr"),
    ];
    for group in groups {
        let (first_lang, first_text) = group[0];
        let expected = ok_in(first_lang, first_text);
        for &(lang, text) in &group[1..] {
            assert_eq!(
                ok_in(lang, text),
                expected,
                "{lang} twin differs from {first_lang}"
            );
        }
    }
}

#[test]
fn surface_forms_work_first_in_a_block_and_after_a_dedent() {
    let reordered = ok_in(
        "hi",
        "अगर x:\n    xs में n के_लिए:\n        n > 1 अगर:\n            छोड़ो\n    y जबतक:\n        छोड़ो\n",
    );
    let canonical = ok(
        "if x:\n    for n in xs:\n        if n > 1:\n            pass\n    while y:\n        pass\n",
    );
    assert_eq!(reordered, canonical);
    // A one-line suite after a reordered header, and a target list in the canonical order.
    assert_eq!(ok_in("hi", "x अगर: y = 1\n"), ok("if x: y = 1\n"));
    assert_eq!(
        ok_in("hi", "के_लिए a, b में pairs:\n    छोड़ो\n"),
        ok("for a, b in pairs:\n    pass\n")
    );
    // Not a reordered form: a conditional expression without `:` after its `if`.
    assert_eq!(
        ok_in("hi", "z = a अगर b वरना c\n"),
        ok("z = a if b else c\n")
    );
}

#[test]
fn ten_thousand_lines_parse_quickly() {
    let block = "def f(a, b=1):\n    if a > b and not a in [1, 2, 3]:\n        return {k: v for k, v in a.items()}\n    x = a[1:2] + b * (3 - a) ** 2\n    print(f\"{x!r}\", sep=\"\")\n";
    let text = block.repeat(2000);
    let lexicon = lexicon::by_code("en").expect("en");
    let file = SourceFile::new("big.ml", text);
    let (tokens, _) = lexer::lex(&file, lexicon);
    let start = std::time::Instant::now();
    let (module, diagnostics) = parser::parse(&file, &tokens, lexicon);
    let elapsed = start.elapsed();
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(module.body.len(), 2000);
    // Generous bound: unoptimized test builds on a loaded machine; release is ~100x faster.
    assert!(
        elapsed.as_secs() < 5,
        "parsing 10,000 lines took {elapsed:?}"
    );
}

/// Lex and parse timings of a 10,000-line program (`cargo test --release -p mlc --lib
/// front_end_speed -- --ignored --nocapture`); a measurement, not a test.
#[test]
#[ignore]
fn front_end_speed() {
    let block = "class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.history = []\n\n    def deposit(self, amount):\n        if amount <= 0:\n            raise ValueError(f\"bad amount: {amount!r:>8}\")\n        self.history.append((\"deposit\", amount))\n        return self.balance\n\n\ndef f(a, b=1, *rest, **options):\n    if a > b and not a in [1, 2, 3]:\n        return {k: v for k, v in a.items() if k not in options}\n    x = a[1:2] + b * (3 - a) ** 2 // len(rest)\n    while x > 1000 or x is None:\n        x //= 2\n    print(f\"{x!r}\", \"done\", sep=\"\")\n";
    let lines = block.lines().count();
    let text = block.repeat(10_000 / lines + 1);
    let lexicon = lexicon::by_code("en").expect("en");
    let file = SourceFile::new("big.ml", text);
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(31);
    // CPU time of this thread (the machine may be loaded: wall time would count waiting).
    let cpu_time = || {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
        let nanos: u64 = stat
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        std::time::Duration::from_nanos(nanos)
    };
    // The mean over all runs: the CPU time is only updated at scheduler ticks.
    let mean = |work: &mut dyn FnMut()| {
        let start = cpu_time();
        for _ in 0..runs {
            work();
        }
        (cpu_time() - start) / runs as u32
    };
    let (tokens, _) = lexer::lex(&file, lexicon);
    let lex = mean(&mut || drop(std::hint::black_box(lexer::lex(&file, lexicon))));
    let parse = mean(&mut || {
        drop(std::hint::black_box(parser::parse(&file, &tokens, lexicon)));
    });
    // As in one compilation: the tree is built but not freed in between (fresh memory).
    let mut kept = Vec::with_capacity(runs);
    let parse_kept = mean(&mut || kept.push(parser::parse(&file, &tokens, lexicon)));
    drop(kept);
    let both = mean(&mut || {
        let (tokens, _) = lexer::lex(&file, lexicon);
        drop(std::hint::black_box(parser::parse(&file, &tokens, lexicon)));
    });
    println!(
        "{} lines, {} tokens: lex {lex:?}, parse+free {parse:?}, parse (kept) {parse_kept:?}, \
         lex+parse+free {both:?} (mean CPU times)",
        file.text.lines().count(),
        tokens.len()
    );
}
