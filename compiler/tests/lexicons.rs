//! The compiled-in lexicons: complete in every language, and equal to the original
//! implementation's data (`shared/lexicon-data`, when that directory is present).

use mlc::diagnostics::Code;
use mlc::lexicon::{self, Lexicon, SurfaceElement};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 17] = [
    "en", "fr", "es", "de", "hi", "ar", "bn", "ta", "zh", "ja", "it", "pt", "pl", "nl", "sv", "da",
    "fi",
];

fn lexicon(code: &str) -> &'static Lexicon {
    lexicon::by_code(code).unwrap_or_else(|| panic!("lexicon {code} is compiled in"))
}

/// The `{name}` placeholders of a template, sorted, repeats kept.
fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn the_seventeen_languages_come_in_order_english_first() {
    let codes: Vec<&str> = lexicon::all().iter().map(|l| l.code).collect();
    assert_eq!(codes.first(), Some(&"en"));
    let known: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| LANGUAGES.contains(c))
        .collect();
    assert_eq!(known, LANGUAGES);
    let right_to_left: Vec<&str> = lexicon::all()
        .iter()
        .filter(|l| l.right_to_left)
        .map(|l| l.code)
        .collect();
    assert_eq!(right_to_left, ["ar"]);
}

#[test]
fn english_has_a_message_for_every_diagnostic_code() {
    let english = lexicon::english();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|code| code.key())
        .filter(|key| english.message(key).is_none())
        .collect();
    assert!(missing.is_empty(), "en.toml lacks messages {missing:?}");
    for word in ["error", "warning", "note", "quote-open", "quote-close"] {
        assert!(
            english.message(word).is_some(),
            "en.toml lacks the word {word}"
        );
    }
}

#[test]
fn every_language_has_every_message_with_the_placeholders_of_english() {
    let english = lexicon::english();
    let mut problems = Vec::new();
    for lexicon in lexicon::all() {
        for (key, template) in english.messages {
            match lexicon.message(key) {
                None => problems.push(format!("{}: no message {key}", lexicon.code)),
                Some(text) if placeholders(text) != placeholders(template) => {
                    problems.push(format!(
                        "{}: {key} uses {:?}, English {:?}",
                        lexicon.code,
                        placeholders(text),
                        placeholders(template)
                    ))
                }
                Some(text) if text.trim().is_empty() && !key.starts_with("quote-") => {
                    problems.push(format!("{}: {key} is empty", lexicon.code))
                }
                Some(_) => {}
            }
        }
        for (key, _) in lexicon.messages {
            if english.message(key).is_none() {
                problems.push(format!(
                    "{}: {key} is not an English message key",
                    lexicon.code
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_spells_every_concept() {
    let english = lexicon::english();
    let concepts: BTreeSet<&str> = english.keywords.iter().map(|(c, _)| *c).collect();
    assert_eq!(concepts.len(), 81, "keywords.json has 81 distinct concepts");
    for lexicon in lexicon::all() {
        let own: BTreeSet<&str> = lexicon.keywords.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            own, concepts,
            "{}: concept ids differ from English",
            lexicon.code
        );
        for (concept, spellings) in lexicon.keywords {
            assert!(
                !spellings.is_empty() && spellings.iter().all(|s| !s.trim().is_empty()),
                "{}: {concept} has an empty spelling",
                lexicon.code
            );
        }
    }
}

#[test]
fn surface_forms_name_known_slots_and_concepts() {
    for lexicon in lexicon::all() {
        for form in lexicon.surface_forms {
            let slots: &[&str] = match form.statement {
                "for" => &["iterable", "target"],
                "while" | "if" => &["condition"],
                "with" => &["context"],
                other => panic!("{}: unknown surface statement {other}", lexicon.code),
            };
            for element in form.pattern {
                match element {
                    SurfaceElement::Expr(slot) | SurfaceElement::Name(slot) => assert!(
                        slots.contains(slot),
                        "{}: {} form has unknown slot {slot}",
                        lexicon.code,
                        form.statement
                    ),
                    SurfaceElement::Keyword(concept) => assert!(
                        !lexicon.spellings(concept).is_empty(),
                        "{}: surface keyword {concept} has no spelling",
                        lexicon.code
                    ),
                    SurfaceElement::Word(_) | SurfaceElement::Delimiter(_) => {}
                }
            }
        }
    }
}

// ---- agreement with the original implementation's data ----

fn lexicon_data() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/lexicon-data");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} not found; skipping the comparison with the original data",
            dir.display()
        );
        None
    }
}

fn load_json(dir: &Path, name: &str) -> Value {
    let text = std::fs::read_to_string(dir.join(name)).expect("read lexicon data");
    serde_json::from_str(&text).expect("lexicon data is JSON")
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().expect("spelling is a string").to_string())
            .collect(),
        other => panic!("unexpected spelling value {other}"),
    }
}

#[test]
fn keywords_equal_keywords_json() {
    let Some(dir) = lexicon_data() else { return };
    let data = load_json(&dir, "keywords.json");
    let languages: Vec<&str> = data["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l.as_str().expect("language code"))
        .collect();
    assert_eq!(languages, LANGUAGES);
    let categories = data["categories"].as_object().expect("categories");
    for code in LANGUAGES {
        // A concept listed in two categories (LOCAL) has the spellings of both, in order.
        let mut expected: Vec<(String, Vec<String>)> = Vec::new();
        for concepts in categories.values() {
            for (concept, by_language) in concepts.as_object().expect("concepts") {
                let spellings = strings(&by_language[code]);
                match expected.iter_mut().find(|(c, _)| c == concept) {
                    Some((_, merged)) => {
                        for s in spellings {
                            if !merged.contains(&s) {
                                merged.push(s);
                            }
                        }
                    }
                    None => expected.push((concept.clone(), spellings)),
                }
            }
        }
        let lexicon = lexicon(code);
        assert_eq!(
            lexicon.keywords.len(),
            expected.len(),
            "{code}: number of concepts"
        );
        for (concept, spellings) in &expected {
            assert_eq!(
                lexicon.spellings(concept),
                spellings.as_slice(),
                "{code}: spellings of {concept}"
            );
        }
    }
}

#[test]
fn builtins_equal_builtins_aliases_json() {
    let Some(dir) = lexicon_data() else { return };
    let data = load_json(&dir, "builtins_aliases.json");
    let aliases = data["aliases"].as_object().expect("aliases");
    for code in LANGUAGES {
        let expected: Vec<(&str, Vec<String>)> = aliases
            .iter()
            .filter_map(|(canonical, by_language)| {
                let list = strings(by_language.get(code)?);
                (!list.is_empty()).then_some((canonical.as_str(), list))
            })
            .collect();
        let lexicon = lexicon(code);
        assert_eq!(
            lexicon.builtins.len(),
            expected.len(),
            "{code}: number of builtins"
        );
        for (canonical, list) in &expected {
            let actual = lexicon
                .builtins
                .iter()
                .find(|(c, _)| c == canonical)
                .map_or(&[][..], |(_, a)| *a);
            assert_eq!(actual, list.as_slice(), "{code}: aliases of {canonical}");
        }
    }
}

/// A pattern element of surface_patterns.json in the lexicon's `kind:value` notation.
fn surface_element(spec: &Value) -> String {
    let field = |name: &str| spec[name].as_str().expect("pattern field").to_string();
    match spec["kind"].as_str().expect("kind") {
        "expr" | "expr_slot" => format!("expr:{}", field("slot")),
        "identifier" | "identifier_slot" => format!("name:{}", field("slot")),
        "keyword" => format!("kw:{}", field("concept")),
        "literal" => format!("word:{}", field("value")),
        "delimiter" => format!("delim:{}", field("value")),
        other => panic!("unknown pattern kind {other}"),
    }
}

fn lexicon_element(element: &SurfaceElement) -> String {
    match element {
        SurfaceElement::Expr(slot) => format!("expr:{slot}"),
        SurfaceElement::Name(slot) => format!("name:{slot}"),
        SurfaceElement::Keyword(concept) => format!("kw:{concept}"),
        SurfaceElement::Word(word) => format!("word:{word}"),
        SurfaceElement::Delimiter(delimiter) => format!("delim:{delimiter}"),
    }
}

#[test]
fn surface_forms_equal_the_reordering_rules_of_surface_patterns_json() {
    let Some(dir) = lexicon_data() else { return };
    let data = load_json(&dir, "surface_patterns.json");
    let templates = data["templates"].as_object().expect("templates");
    let statement_of = |template: &str| match template {
        "for_iterable_first" => "for",
        "while_condition_first" => "while",
        "if_condition_first" => "if",
        "with_expr_first" => "with",
        other => panic!("unknown template {other}"),
    };
    for code in LANGUAGES {
        let mut expected: Vec<(&str, Vec<String>)> = Vec::new();
        for rule in data["patterns"].as_array().expect("patterns") {
            if rule["language"] != code {
                continue;
            }
            let template = rule["normalize_template"].as_str().expect("template");
            let pattern: Vec<String> = rule["pattern"]
                .as_array()
                .expect("pattern")
                .iter()
                .map(surface_element)
                .collect();
            let canonical: Vec<String> = templates[template]
                .as_array()
                .expect("template elements")
                .iter()
                .map(surface_element)
                .collect();
            let form = (statement_of(template), pattern);
            if form.1 != canonical && !expected.contains(&form) {
                expected.push(form);
            }
        }
        let actual: Vec<(&str, Vec<String>)> = lexicon(code)
            .surface_forms
            .iter()
            .map(|f| (f.statement, f.pattern.iter().map(lexicon_element).collect()))
            .collect();
        assert_eq!(actual, expected, "{code}: surface forms");
    }
}
