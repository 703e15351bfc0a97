//! Language detection: which lexicon a file is written in (LANGUAGE.md §2, as amended by §9).
//!
//! The keyword words and phrases of the file, outside strings and comments, vote for the
//! languages that spell a keyword that way; each distinct spelling votes once. A spelling of
//! exactly one language is a strong vote; the strong votes decide if there are any, otherwise
//! all votes do. A unique maximum wins; a file without keywords is English. A tie is English if
//! English is among the tied languages; otherwise the tied language with the most distinct
//! builtin aliases in the file wins (`sorterad` is Swedish), then the first in `lexicon::all()`
//! order, as the original's permissive mode would settle it (`skriv` alone is da or sv: sv).
//! f-string fields are code and vote; CJK keywords written against Latin names (`如果x`)
//! count as in the lexer (`lexer/cjk.rs`). A word used as a name, assigned (`y = 1`), with an
//! attribute (`e.x`) or as one (`s.add`), does not vote: it is not a keyword of the file's language.
//! Nor does a reserved experimental word that is called (`classify(x)` is an ordinary call).
use std::sync::OnceLock;

use hashbrown::HashMap;

use crate::lexicon::{self, Lexicon};
use crate::source::Span;
use crate::syntax::lexer::{self, keywords};
use crate::syntax::token::Keyword;

/// Which languages (bit = index in `lexicon::all()`) spell a keyword this way.
#[derive(Clone, Copy, Default)]
struct Owners {
    all: u64,
    /// Those where the keyword may be cut out of a mixed CJK run.
    splittable: u64,
    /// Those where it is a reserved experimental word: an ordinary name before `(`.
    reserved: u64,
}

#[derive(Default)]
struct OwnersTable {
    words: HashMap<&'static str, Owners>,
    /// Phrases with their words joined by one space.
    phrases: HashMap<String, u64>,
    /// Builtin aliases (`intervalle`): tie-breakers only.
    aliases: HashMap<&'static str, u64>,
}

fn owners_table() -> &'static OwnersTable {
    static TABLE: OnceLock<OwnersTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = OwnersTable::default();
        for (index, language) in lexicon::all().iter().enumerate().take(64) {
            let bit = 1u64 << index;
            for (concept, spellings) in language.keywords {
                let keyword = keywords::keyword_for_concept(concept);
                let splittable = keywords::is_splittable(keyword);
                let reserved = matches!(keyword, Keyword::Reserved(_));
                for spelling in *spellings {
                    let words: Vec<&str> = spelling.split_whitespace().collect();
                    if let [word] = words.as_slice() {
                        let owners = table.words.entry(word).or_default();
                        owners.all |= bit;
                        if splittable {
                            owners.splittable |= bit;
                        }
                        if reserved {
                            owners.reserved |= bit;
                        }
                    } else if words.len() <= keywords::MAX_PHRASE_WORDS {
                        *table.phrases.entry(words.join(" ")).or_default() |= bit;
                    }
                }
            }
            for (_, aliases) in language.builtins {
                for alias in *aliases {
                    *table.aliases.entry(alias).or_default() |= bit;
                }
            }
        }
        table
    })
}

pub fn detect_language(source: &str) -> &'static Lexicon {
    let languages = lexicon::all();
    let Some(english) = languages.iter().find(|l| l.code == "en") else {
        return languages.first().unwrap_or(&NO_LANGUAGE);
    };
    let table = owners_table();
    let words = lexer::words(source);
    let votes = spelling_votes(source, &words, table);
    let strong = tally(votes.values().filter(|owners| owners.count_ones() == 1));
    let counts = if strong.iter().any(|&n| n > 0) {
        strong
    } else {
        tally(votes.values())
    };
    let max = counts.iter().copied().max().unwrap_or(0);
    let tied: Vec<usize> = (0..counts.len().min(64))
        .filter(|&i| max > 0 && counts[i] == max)
        .collect();
    let winner = match tied.as_slice() {
        [] => None,
        [only] => Some(*only),
        _ if tied
            .iter()
            .any(|&i| languages.get(i).is_some_and(|l| l.code == "en")) =>
        {
            None
        }
        _ => Some(break_tie(source, &words, table, &tied)),
    };
    winner.and_then(|i| languages.get(i)).unwrap_or(english)
}

/// How many of the votes each language (by index) received.
fn tally<'v>(votes: impl Iterator<Item = &'v u64>) -> Vec<u32> {
    let mut counts = vec![0u32; lexicon::all().len()];
    for owners in votes {
        for (index, count) in counts.iter_mut().enumerate().take(64) {
            if owners & (1 << index) != 0 {
                *count += 1;
            }
        }
    }
    counts
}

/// Among tied languages: the most distinct builtin aliases used, then list order.
fn break_tie(source: &str, words: &[Span], table: &OwnersTable, tied: &[usize]) -> usize {
    let mut seen = hashbrown::HashSet::new();
    let mut aliases = vec![0u32; tied.len()];
    for &span in words {
        let word = slice(source, span);
        let Some(owners) = table.aliases.get(word) else {
            continue;
        };
        if seen.insert(word) {
            for (count, &index) in aliases.iter_mut().zip(tied) {
                if owners & (1 << index) != 0 {
                    *count += 1;
                }
            }
        }
    }
    let best = aliases.iter().copied().max().unwrap_or(0);
    let position = aliases.iter().position(|&n| n == best).unwrap_or(0);
    tied[position]
}

/// Every distinct keyword spelling of the file with the languages that own it.
fn spelling_votes(source: &str, words: &[Span], table: &OwnersTable) -> HashMap<String, u64> {
    let mut votes = HashMap::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((phrase, owners, count)) = phrase_at(source, &words[i..], table) {
            votes.insert(phrase, owners);
            i += count;
            continue;
        }
        let word = slice(source, words[i]);
        if used_as_name(source, words[i]) {
            i += 1;
            continue;
        }
        if let Some(owners) = table.words.get(word) {
            let owners = if called(source, words[i]) {
                owners.all & !owners.reserved
            } else {
                owners.all
            };
            if owners != 0 && !votes.contains_key(word) {
                votes.insert(word.to_string(), owners);
            }
        } else {
            let pieces = lexer::split_mixed_cjk(word, |piece| {
                table
                    .words
                    .get(piece)
                    .map(|o| o.splittable)
                    .filter(|&m| m != 0)
            });
            for (range, owners) in pieces.into_iter().flatten() {
                if let Some(owners) = owners {
                    votes.insert(word[range].to_string(), owners);
                }
            }
        }
        i += 1;
    }
    votes
}

/// The longest phrase starting at `words[0]`: words separated only by spaces or tabs.
fn phrase_at(source: &str, words: &[Span], table: &OwnersTable) -> Option<(String, u64, usize)> {
    let mut count = 1;
    while count < words.len().min(keywords::MAX_PHRASE_WORDS) {
        let gap = source
            .get(words[count - 1].end as usize..words[count].start as usize)
            .unwrap_or("");
        if gap.is_empty() || !gap.bytes().all(|b| b == b' ' || b == b'\t') {
            break;
        }
        count += 1;
    }
    (2..=count).rev().find_map(|n| {
        let phrase: Vec<&str> = words[..n].iter().map(|&w| slice(source, w)).collect();
        let phrase = phrase.join(" ");
        table
            .phrases
            .get(&phrase)
            .map(|&owners| (phrase, owners, n))
    })
}

/// `word = ...` (not `==`), `x.word` or `word.x`.
fn used_as_name(source: &str, span: Span) -> bool {
    let is_blank = |b: &u8| *b == b' ' || *b == b'\t';
    let before = source.as_bytes().get(..span.start as usize).unwrap_or(&[]);
    let after = source.as_bytes().get(span.end as usize..).unwrap_or(&[]);
    let before = before.iter().rev().find(|b| !is_blank(b));
    let mut after = after.iter().skip_while(|b| is_blank(b));
    match after.next() {
        Some(b'.') => true,
        Some(b'=') => after.next() != Some(&b'='),
        _ => before == Some(&b'.'),
    }
}

/// `word(`: a reserved word called is an ordinary name.
fn called(source: &str, span: Span) -> bool {
    let after = source.as_bytes().get(span.end as usize..).unwrap_or(&[]);
    after.iter().find(|b| !matches!(b, b' ' | b'\t')) == Some(&b'(')
}

fn slice(source: &str, span: Span) -> &str {
    source
        .get(span.start as usize..span.end as usize)
        .unwrap_or("")
}

/// Only used if no lexicon is compiled in at all.
static NO_LANGUAGE: Lexicon = Lexicon {
    code: "en",
    name: "English",
    right_to_left: false,
    keywords: &[],
    builtins: &[],
    messages: &[],
    surface_forms: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(source: &str) -> &'static str {
        detect_language(source).code
    }

    #[test]
    fn languages_by_their_keywords() {
        assert_eq!(detect("soit x = 5\nsi x > 3:\n    afficher(x)\n"), "fr");
        assert_eq!(
            detect("wenn x > 3:\n    drucke(x)\nsonst:\n    pass\n"),
            "de"
        );
        assert_eq!(detect("如果x>0:\n    打印(x)\n"), "zh");
        assert_eq!(detect("もし x > 0:\n    表示(x)\n"), "ja");
        assert_eq!(detect("tant que x < 3:\n    x = x + 1\n"), "fr");
    }

    #[test]
    fn strings_and_comments_do_not_vote() {
        assert_eq!(
            detect("# if and or not while for\nsoit s = \"if and or not\"\nafficher(s)\n"),
            "fr"
        );
    }

    #[test]
    fn ties_between_other_languages() {
        // `skriv` and `i` are Swedish and Danish; `sorterad` is a Swedish builtin alias.
        assert_eq!(detect("skriv(sorterad(x), 1 i x)\n"), "sv");
        assert_eq!(detect("skriv(1 i x)\n"), "sv");
        // Called reserved words are names: `classify` (en) does not tie with `tant que` (fr).
        assert_eq!(detect("tant que classify(x):\n    classify(y)\n"), "fr");
        // f-string fields are code: `Nada` is Spanish only.
        assert_eq!(detect("imprimir(f\"{Nada}\")\n"), "es");
    }

    #[test]
    fn ties_and_keywordless_files_are_english() {
        assert_eq!(detect(""), "en");
        assert_eq!(detect("x = 1\n"), "en");
        // Assigned names do not vote (`e` is it/pt AND, `y` es AND, `i` sv/da IN).
        assert_eq!(detect("e = 1\ny = 2\ni = e.i\n"), "en");
        assert_eq!(detect("if x:\n    print(x)\n"), "en");
    }
}
