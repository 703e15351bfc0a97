//! Behaviour of the whole lexer (the per-feature golden files are in `tests/golden/tokens/`).
use super::{lex, lex_span};
use crate::diagnostics::Code;
use crate::lexicon;
use crate::source::{SourceFile, Span};
use crate::syntax::token::{FStringPart, Keyword, Op, TokenKind};

fn run(lang: &str, text: &str) -> (Vec<TokenKind>, Vec<Code>) {
    let file = SourceFile::new("t.ml", text);
    let (tokens, diagnostics) = lex(&file, lexicon::by_code(lang).expect("lexicon"));
    assert_eq!(tokens.last().map(|t| &t.kind), Some(&TokenKind::Eof));
    for t in &tokens {
        assert!(t.span.start <= t.span.end && t.span.end as usize <= text.len());
    }
    (
        tokens.into_iter().map(|t| t.kind).collect(),
        diagnostics.iter().map(|d| d.code).collect(),
    )
}

/// A compact rendering: names as written, keywords as `If`, `NL`/`IN`/`DE` for layout.
fn compact(lang: &str, text: &str) -> String {
    let (kinds, _) = run(lang, text);
    let words: Vec<String> = kinds
        .iter()
        .map(|k| match k {
            TokenKind::Name(n) => n.clone(),
            TokenKind::Keyword(k) => format!("{k:?}"),
            TokenKind::Int(n) | TokenKind::Float(n) => n.clone(),
            TokenKind::Str(s) => format!("{s:?}"),
            TokenKind::Op(op) => format!("{op:?}"),
            TokenKind::Newline => "NL".into(),
            TokenKind::Indent => "IN".into(),
            TokenKind::Dedent => "DE".into(),
            TokenKind::Eof => "EOF".into(),
            other => format!("{other:?}"),
        })
        .collect();
    words.join(" ")
}

fn codes(lang: &str, text: &str) -> Vec<Code> {
    run(lang, text).1
}

#[test]
fn layout_like_python() {
    assert_eq!(
        compact("en", "if x:\n    y\n\n  # comment\n    z\nw\n"),
        "If x Colon NL IN y NL z NL DE w NL EOF"
    );
    assert_eq!(
        compact("en", "if x:\n  if y:\n    z"),
        "If x Colon NL IN If y Colon NL IN z NL DE DE EOF"
    );
    assert_eq!(
        compact("en", "x = (1,\n      2)\ny\n"),
        "x Assign LParen 1 Comma 2 RParen NL y NL EOF"
    );
    assert_eq!(
        compact("en", "x = 1 + \\\n  2\r\n"),
        "x Assign 1 Plus 2 NL EOF"
    );
    assert_eq!(compact("en", ""), "EOF");
    assert_eq!(compact("en", "\n\n# only a comment"), "EOF");
    // Full-width spaces indent like spaces, alone or mixed with them; a line of them is blank.
    assert_eq!(
        compact("en", "if x:\n\u{3000}\u{3000}y\n\u{3000} z\n\u{3000}\nw\n"),
        "If x Colon NL IN y NL z NL DE w NL EOF"
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(
        codes("en", "if x:\n    a\n  b\n"),
        [Code::InconsistentIndent]
    );
    assert_eq!(
        codes("en", "if x:\n\ta\n        b\n"),
        [Code::TabsAndSpaces]
    );
    assert!(codes("en", "if x:\n\ta\n\tb\n").is_empty());
}

#[test]
fn bracket_errors() {
    assert_eq!(codes("en", "f(g(1)"), [Code::UnclosedBracket]);
    assert_eq!(codes("en", "x = 1)"), [Code::UnmatchedBracket]);
    assert_eq!(codes("en", "(1]"), [Code::MismatchedBracket]);
    assert!(codes("en", "（1，2）［0］").is_empty());
}

#[test]
fn phrases_and_english_core_keywords() {
    assert_eq!(compact("fr", "sinon si x:"), "Elif x Colon NL EOF");
    assert_eq!(compact("fr", "tant que x"), "While x NL EOF");
    assert_eq!(compact("fr", "x pas dans y"), "x NotIn y NL EOF");
    assert_eq!(compact("fr", "sinon  x"), "Else x NL EOF");
    assert_eq!(
        compact("fr", "while x: print(x)"),
        "While x Colon Print LParen x RParen NL EOF"
    );
    assert_eq!(compact("en", "a not in b"), "a NotIn b NL EOF");
    assert_eq!(compact("en", "a not\tin b"), "a NotIn b NL EOF");
    assert_eq!(compact("en", "not inner"), "Not inner NL EOF");
    // Keywords are case-sensitive; builtin aliases are names.
    assert_eq!(compact("fr", "Si intervalle"), "Si intervalle NL EOF");
}

#[test]
fn cjk_keywords_without_spaces() {
    assert_eq!(compact("zh", "如果x>0:"), "If x Gt 0 Colon NL EOF");
    assert_eq!(compact("zh", "返回值 = 1"), "返回值 Assign 1 NL EOF");
    assert_eq!(compact("zh", "列表1 = 打印"), "列表1 Assign Print NL EOF");
    assert_eq!(compact("ja", "もしx>0:"), "If x Gt 0 Colon NL EOF");
}

#[test]
fn strings_and_escapes() {
    assert_eq!(
        compact("en", r#"'a\nb' "it's" r'\n' '\d' '\x41\u00e9\101'"#),
        r#""a\nb" "it's" "\\n" "\\d" "Aé\u{41}" NL EOF"#.replace("\\u{41}", "A")
    );
    assert_eq!(compact("en", "'''a\nb'''"), "\"a\\nb\" NL EOF");
    assert_eq!(
        compact("en", "「a」 «b» “c” ‘d’"),
        "\"a\" \"b\" \"c\" \"d\" NL EOF"
    );
    // Named escapes are a clear "not supported yet" quoting the escape; malformed ones invalid.
    let file = SourceFile::new("t.ml", r"'\N{EM DASH}'");
    let (_, diagnostics) = lex(&file, lexicon::by_code("en").expect("lexicon"));
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, Code::NotSupportedYet);
    assert_eq!(diagnostics[0].arg("what"), Some(r"\N{EM DASH}"));
    assert_eq!(codes("en", r"'\N'"), [Code::InvalidEscape]);
    assert_eq!(codes("en", r"'\N{}'"), [Code::InvalidEscape]);
    assert_eq!(codes("en", r"'\x4'"), [Code::InvalidEscape]);
    assert_eq!(codes("en", "b'é'"), [Code::UnexpectedCharacter]);
    assert_eq!(codes("en", "x = 'abc\ny"), [Code::UnterminatedString]);
    assert_eq!(
        run("en", r"b'\xff\777'").0[0],
        TokenKind::Bytes(vec![0xff, 0xff])
    );
    assert_eq!(
        run("en", "〔2024-01-15〕").0[0],
        TokenKind::Date("2024-01-15".into())
    );
}

#[test]
fn fstring_fields() {
    let text = r#"f"a{x!r:>{w}}b{{c}}{y = }{d["k"]}""#;
    let (kinds, diagnostics) = run("en", text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let TokenKind::FString(parts) = &kinds[0] else {
        panic!("not an f-string: {kinds:?}")
    };
    let file = SourceFile::new("t.ml", text);
    let exprs: Vec<&str> = parts
        .iter()
        .filter_map(|p| match p {
            FStringPart::Field { expr, .. } => Some(file.slice(*expr)),
            FStringPart::Literal(_) => None,
        })
        .collect();
    assert_eq!(exprs, ["x", "y ", r#"d["k"]"#]);
    assert_eq!(parts[2], FStringPart::Literal("b{c}".into()));
    let FStringPart::Field {
        debug_text,
        conversion,
        ..
    } = &parts[3]
    else {
        panic!("{parts:?}")
    };
    assert_eq!(
        (debug_text.as_deref(), *conversion),
        (Some("y = "), Some('r'))
    );
    for bad in ["f'{}'", "f'}'", "f'{x!z}'", "f'{x'"] {
        assert!(codes("en", bad).contains(&Code::InvalidFString), "{bad}");
    }
}

#[test]
fn operators_and_alternatives() {
    assert_eq!(
        compact("en", "a × b ÷ c − d ≠ e ≤ f ＝＝ g"),
        "a Star b Slash c Minus d NotEq e LtEq f EqEq g NL EOF"
    );
    assert_eq!(
        compact("en", "a **= b |> c -> d := e"),
        "a AugAssign(Pow) b PipeForward c Arrow d Walrus e NL EOF"
    );
    assert_eq!(compact("ar", "f(a، b)"), "f LParen a Comma b RParen NL EOF");
}

#[test]
fn rejected_characters() {
    assert_eq!(codes("en", "a $ b"), [Code::UnexpectedCharacter]);
    assert_eq!(codes("en", "Ⅻ"), [Code::UnexpectedCharacter]);
    assert_eq!(codes("en", "a\0b"), [Code::NulByte]);
    assert_eq!(codes("en", "'a\0b' # \0"), [Code::NulByte, Code::NulByte]);
    assert_eq!(codes("en", "a ! b"), [Code::UnexpectedCharacter]);
    assert_eq!(codes("en", "x \\ y"), [Code::UnexpectedCharacter]);
    assert!(codes("en", "a \u{fffd} b").is_empty());
    let (kinds, _) = run("en", "a $ b");
    assert_eq!(kinds[1], TokenKind::Error);
}

#[test]
fn numerals_of_any_script() {
    assert_eq!(compact("hi", "x = ४२ + ३.५"), "x Assign 42 Plus 3.5 NL EOF");
    assert_eq!(codes("en", "007"), [Code::InvalidNumber]);
}

#[test]
fn embedded_expressions() {
    let text = "f'{a +\n b}'";
    let file = SourceFile::new("t.ml", text);
    let (tokens, diagnostics) = lex_span(&file, Span::new(3, 9), lexicon::english());
    assert!(diagnostics.is_empty());
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            TokenKind::Name("a".into()),
            TokenKind::Op(Op::Plus),
            TokenKind::Name("b".into()),
            TokenKind::Eof
        ]
    );
    assert_eq!(tokens[2].span, Span::new(8, 9));
    assert_eq!(tokens[3].span, Span::new(9, 9));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let long_line = "x".repeat(1 << 20);
    assert_eq!(run("en", &long_line).0.len(), 3);
    let nested = format!("{}{}", "(".repeat(12_000), ")".repeat(12_000));
    assert_eq!(codes("en", &nested), [Code::NestingTooDeep]);
    let unclosed = "[".repeat(20_000);
    assert_eq!(
        codes("en", &unclosed),
        [Code::NestingTooDeep, Code::UnclosedBracket]
    );
    let samples = [
        "if x:\n\tf'{a!r:{b:{c}}}' \\",
        "«a\n“b\n〔2024\n0x\n1e+\nr'\\",
        "sinon si\u{3000}如果x 'abc\\\r\n",
        "f\"{'\n",
        "b'\\",
    ];
    for sample in samples {
        for (end, _) in sample.char_indices() {
            for lang in ["en", "fr", "zh"] {
                run(lang, &sample[..end]);
            }
        }
    }
}

#[test]
fn keyword_tokens_carry_concepts() {
    assert_eq!(run("de", "wenn").0[0], TokenKind::Keyword(Keyword::If));
}

/// Deterministic pseudo-random sources built from fragments that stress every scanner.
#[test]
fn random_sources_do_not_panic() {
    const FRAGMENTS: &[&str] = &[
        "if",
        "x",
        " ",
        "\t",
        "\n",
        "\r\n",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "'",
        "\"",
        "'''",
        "f\"",
        "rb'",
        "\\",
        "#",
        "0x",
        "1_",
        "४२",
        ".",
        "e",
        "=",
        "!",
        "{x!r:>{w}}",
        "「",
        "」",
        "〔",
        "如果",
        "sinon",
        " si",
        "\0",
        "\u{fffd}",
        "Ⅻ",
        "×",
        "＝＝",
        "＿",
        "ा",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2_000 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(FRAGMENTS[(state % FRAGMENTS.len() as u64) as usize]);
        }
        for lang in ["en", "fr", "zh"] {
            run(lang, &text);
        }
        crate::syntax::detect::detect_language(&text);
    }
}
