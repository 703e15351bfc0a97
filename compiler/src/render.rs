//! Renders diagnostics like rustc, in the language of the file:
//!
//! ```text
//! erreur[E0301]: le nom « yy » n'est pas défini
//!  --> prog.fr.ml:2:10
//!   |
//! 2 | afficher(yy)
//!   |          ^^
//! ```
//!
//! Message templates come from the lexicon (`[messages]`), falling back to English. Arguments are
//! wrapped in Unicode isolates so a terminal's bidirectional algorithm cannot reorder them; in a
//! right-to-left language the message and the source line are isolated as a whole too.
use crate::diagnostics::{Diagnostic, Severity};
use crate::lexicon::{self, Lexicon};
use crate::source::SourceFile;

const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// One diagnostic, ending with a blank line.
pub fn render(diagnostic: &Diagnostic, file: &SourceFile, lexicon: &'static Lexicon) -> String {
    let severity_key = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let severity = text_of(lexicon, severity_key).map_or(severity_key, |(text, _)| text);
    let (line, column) = file.line_col(diagnostic.span.start);
    let mut text = message(diagnostic, lexicon);
    let mut source_line = file.line_text(line).to_string();
    if lexicon.right_to_left {
        text = right_to_left_isolated(&text);
        source_line = right_to_left_isolated(&source_line);
    }
    let gutter = " ".repeat(line.to_string().len());
    let carets = caret_line(file, diagnostic);
    format!(
        "{severity}[E{number:04}]: {text}\n\
         {gutter}--> {name}:{line}:{column}\n\
         {gutter} |\n\
         {line} | {source_line}\n\
         {gutter} | {carets}\n\n",
        number = diagnostic.code.number(),
        name = file.name,
    )
}

/// The message of a diagnostic in `lexicon`'s language, arguments substituted.
pub fn message(diagnostic: &Diagnostic, lexicon: &'static Lexicon) -> String {
    let key = diagnostic.code.key();
    let variant = diagnostic
        .args
        .iter()
        .find_map(|(arg, _)| text_of(lexicon, &format!("{key}.{arg}")));
    match variant.or_else(|| text_of(lexicon, key)) {
        Some((template, owner)) => substitute(template, diagnostic, owner),
        None => key.to_string(),
    }
}

/// The text of a message key and the lexicon it was found in: `lexicon`, else English.
fn text_of(lexicon: &'static Lexicon, key: &str) -> Option<(&'static str, &'static Lexicon)> {
    lexicon
        .message(key)
        .map(|text| (text, lexicon))
        .or_else(|| {
            let english = lexicon::english();
            english.message(key).map(|text| (text, english))
        })
}

/// Replaces each `{arg}` of `template`. A user's value is isolated; a word value (`<end-of-line>`)
/// becomes `owner`'s word for it, without the quotes around the placeholder. An unknown
/// placeholder is left as written.
fn substitute(template: &str, diagnostic: &Diagnostic, owner: &'static Lexicon) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        rest = &rest[close + 1..];
        match diagnostic.arg(name) {
            Some(value) => match word_value(value, owner) {
                Some(word) => {
                    strip_suffix_in_place(&mut out, owner.message("quote-open"));
                    rest = strip_prefix(rest, owner.message("quote-close"));
                    out.push_str(word);
                }
                None => {
                    out.push(FIRST_STRONG_ISOLATE);
                    out.push_str(value);
                    out.push(POP_DIRECTIONAL_ISOLATE);
                }
            },
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
    out.push_str(rest);
    out
}

/// `<KEY>` naming a message of `owner` (or of English) -> that localized word.
fn word_value(value: &str, owner: &'static Lexicon) -> Option<&'static str> {
    let key = value.strip_prefix('<')?.strip_suffix('>')?;
    text_of(owner, key).map(|(word, _)| word)
}

fn strip_suffix_in_place(text: &mut String, suffix: Option<&str>) {
    if let Some(suffix) = suffix.filter(|s| !s.is_empty() && text.ends_with(*s)) {
        text.truncate(text.len() - suffix.len());
    }
}

fn strip_prefix<'a>(text: &'a str, prefix: Option<&str>) -> &'a str {
    prefix
        .filter(|p| !p.is_empty())
        .and_then(|p| text.strip_prefix(p))
        .unwrap_or(text)
}

fn right_to_left_isolated(text: &str) -> String {
    format!("{RIGHT_TO_LEFT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}")
}

/// Spaces up to the span's first character (tabs copied, so the carets stay aligned under a tab),
/// then one `^` per character of the span on its first line (at least one).
fn caret_line(file: &SourceFile, diagnostic: &Diagnostic) -> String {
    let (line, column) = file.line_col(diagnostic.span.start);
    let text = file.line_text(line);
    let mut carets: String = text
        .chars()
        .take(column - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let start = diagnostic.span.start as usize;
    let end = (diagnostic.span.end as usize).max(start);
    let width = file.text.get(start..end).map_or(0, |spanned| {
        spanned.chars().take_while(|&c| c != '\n').count()
    });
    carets.push_str(&"^".repeat(width.max(1)));
    carets
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;
    use crate::source::Span;

    fn at(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect("needle in text");
        Span::new(start, start + needle.len())
    }

    fn lexicon(code: &str) -> &'static Lexicon {
        lexicon::by_code(code).expect("lexicon compiled in")
    }

    #[test]
    fn french_undefined_name() {
        let file = SourceFile::new("prog.fr.ml", "soit x = 1\nafficher(yy)\n");
        let diagnostic =
            Diagnostic::error(Code::UndefinedName, at(&file.text, "yy")).with("name", "yy");
        assert_eq!(
            render(&diagnostic, &file, lexicon("fr")),
            "erreur[E0301]: le nom « \u{2068}yy\u{2069} » n'est pas défini\n \
             --> prog.fr.ml:2:10\n  |\n2 | afficher(yy)\n  |          ^^\n\n"
        );
    }

    #[test]
    fn columns_and_carets_count_characters() {
        let file = SourceFile::new("p.ja.ml", "表示(値値)\n");
        let diagnostic =
            Diagnostic::error(Code::UndefinedName, at(&file.text, "値値")).with("name", "値値");
        let rendered = render(&diagnostic, &file, lexicon("ja"));
        assert!(rendered.contains(" --> p.ja.ml:1:4\n"), "{rendered}");
        assert!(
            rendered.ends_with("1 | 表示(値値)\n  |    ^^\n\n"),
            "{rendered}"
        );
    }

    #[test]
    fn tab_keeps_the_caret_aligned() {
        let file = SourceFile::new("t.en.ml", "if x:\n\tprint(zz)\n");
        let diagnostic =
            Diagnostic::error(Code::UndefinedName, at(&file.text, "zz")).with("name", "zz");
        let rendered = render(&diagnostic, &file, lexicon("en"));
        assert!(rendered.contains(" --> t.en.ml:2:8\n"), "{rendered}");
        assert!(
            rendered.ends_with("2 | \tprint(zz)\n  | \t      ^^\n\n"),
            "{rendered}"
        );
    }

    #[test]
    fn arabic_isolates_message_and_source_line() {
        let file = SourceFile::new("p.ar.ml", "اطبع(س)\n");
        let diagnostic =
            Diagnostic::error(Code::UndefinedName, at(&file.text, "س")).with("name", "س");
        let rendered = render(&diagnostic, &file, lexicon("ar"));
        let expected = "خطأ[E0301]: \u{2067}الاسم «\u{2068}س\u{2069}» غير معرّف\u{2069}\n \
                        --> p.ar.ml:1:6\n  |\n1 | \u{2067}اطبع(س)\u{2069}\n  |      ^\n\n";
        assert_eq!(rendered, expected);
    }

    #[test]
    fn multi_line_span_is_clamped_to_its_first_line() {
        let file = SourceFile::new("m.en.ml", "x = (1,\n 2\n");
        let start = file.text.find('(').expect("open bracket");
        let diagnostic =
            Diagnostic::error(Code::UnclosedBracket, Span::new(start, file.text.len()))
                .with("bracket", "(");
        let rendered = render(&diagnostic, &file, lexicon("en"));
        assert!(
            rendered.ends_with("1 | x = (1,\n  |     ^^^\n\n"),
            "{rendered}"
        );
    }

    #[test]
    fn empty_span_gets_one_caret_and_variant_template_is_chosen() {
        let file = SourceFile::new("e.de.ml", "wenn x\n");
        let diagnostic = Diagnostic::error(Code::UnexpectedToken, Span::new(6, 6))
            .with("found", "<end-of-line>")
            .with("expected", ":");
        let rendered = render(&diagnostic, &file, lexicon("de"));
        assert!(
            rendered
                .starts_with("Fehler[E0201]: „\u{2068}:\u{2069}“ erwartet, Zeilenende gefunden\n"),
            "{rendered}"
        );
        assert!(
            rendered.ends_with("1 | wenn x\n  |       ^\n\n"),
            "{rendered}"
        );
    }

    #[test]
    fn missing_template_falls_back_to_english_and_missing_arg_stays_visible() {
        let file = SourceFile::new("n.xx.ml", "x\n");
        let no_messages: &'static Lexicon = Box::leak(Box::new(Lexicon {
            code: "xx",
            name: "Test",
            right_to_left: false,
            keywords: &[],
            builtins: &[],
            messages: &[],
            surface_forms: &[],
        }));
        let diagnostic = Diagnostic::error(Code::UndefinedName, Span::new(0, 1));
        let rendered = render(&diagnostic, &file, no_messages);
        assert!(
            rendered.starts_with("error[E0301]: name `{name}` is not defined\n"),
            "{rendered}"
        );
    }

    #[test]
    fn span_past_the_end_does_not_panic() {
        let file = SourceFile::new("s.en.ml", "");
        let diagnostic = Diagnostic::error(Code::UnterminatedString, Span::new(5, 9));
        let rendered = render(&diagnostic, &file, lexicon("en"));
        assert!(rendered.contains(" --> s.en.ml:1:1\n"), "{rendered}");
    }
}
