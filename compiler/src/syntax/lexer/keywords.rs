//! Keyword lookup for one language: its own spellings (words and phrases of up to three words)
//! plus the English spellings of the core keywords it does not use itself. Built once per
//! lexicon and cached.
use std::sync::OnceLock;

use hashbrown::HashMap;

use crate::lexicon::{self, Lexicon};
use crate::syntax::token::Keyword;

/// The longest keyword phrase, in words.
pub(crate) const MAX_PHRASE_WORDS: usize = 3;

#[derive(Clone, Copy, Debug, Default)]
struct WordEntry {
    keyword: Option<Keyword>,
    /// Some phrase spelling starts with this word.
    starts_phrase: bool,
}

#[derive(Debug, Default)]
pub(crate) struct KeywordTable {
    words: HashMap<&'static str, WordEntry>,
    /// Phrases with their words joined by one space: `"sinon si"`.
    phrases: HashMap<String, Keyword>,
}

impl KeywordTable {
    /// The keyword a single identifier word spells, if any.
    pub(crate) fn word(&self, word: &str) -> Option<Keyword> {
        self.words.get(word).and_then(|e| e.keyword)
    }

    pub(crate) fn starts_phrase(&self, word: &str) -> bool {
        self.words.get(word).is_some_and(|e| e.starts_phrase)
    }

    /// The keyword a phrase spells; `words` are the phrase's words in order.
    pub(crate) fn phrase(&self, words: &[&str]) -> Option<Keyword> {
        let len = words.iter().map(|w| w.len() + 1).sum::<usize>();
        let mut buffer = [0u8; 128];
        if len > buffer.len() {
            return self.phrases.get(&words.join(" ")).copied();
        }
        let mut at = 0;
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                buffer[at] = b' ';
                at += 1;
            }
            buffer[at..at + word.len()].copy_from_slice(word.as_bytes());
            at += word.len();
        }
        // The words are whole `str`s joined by ASCII spaces: still UTF-8.
        let joined = std::str::from_utf8(&buffer[..at]).ok()?;
        self.phrases.get(joined).copied()
    }

    fn insert(&mut self, spelling: &'static str, keyword: Keyword) {
        let words: Vec<&'static str> = spelling.split_whitespace().collect();
        match words.as_slice() {
            [] => {}
            [word] => {
                let entry = self.words.entry(word).or_default();
                entry.keyword.get_or_insert(keyword);
            }
            [first, ..] if words.len() <= MAX_PHRASE_WORDS => {
                self.words.entry(first).or_default().starts_phrase = true;
                self.phrases.entry(words.join(" ")).or_insert(keyword);
            }
            _ => {}
        }
    }

    fn contains_spelling(&self, spelling: &str) -> bool {
        let words: Vec<&str> = spelling.split_whitespace().collect();
        match words.as_slice() {
            [word] => self.word(word).is_some(),
            _ => self.phrase(&words).is_some(),
        }
    }

    fn build(lexicon: &'static Lexicon) -> KeywordTable {
        let mut table = KeywordTable::default();
        for (concept, spellings) in lexicon.keywords {
            let keyword = keyword_for_concept(concept);
            for spelling in *spellings {
                table.insert(spelling, keyword);
            }
        }
        let english = lexicon::all().iter().find(|l| l.code == "en");
        if let Some(english) = english.filter(|e| e.code != lexicon.code) {
            table.add_english_core(english, lexicon);
        }
        table
    }

    /// English spellings of the core concepts, unless the language already gives the word a
    /// meaning (a keyword of its own or a builtin alias): then the language's meaning wins.
    fn add_english_core(&mut self, english: &'static Lexicon, lexicon: &'static Lexicon) {
        let is_alias = |word: &str| {
            lexicon
                .builtins
                .iter()
                .any(|(_, aliases)| aliases.contains(&word))
        };
        for (concept, spellings) in english.keywords {
            let keyword = keyword_for_concept(concept);
            if matches!(keyword, Keyword::Reserved(_)) {
                continue;
            }
            for spelling in *spellings {
                if !self.contains_spelling(spelling) && !is_alias(spelling) {
                    self.insert(spelling, keyword);
                }
            }
        }
    }
}

/// The cached table of a lexicon of `lexicon::all()`.
pub(crate) fn table_for(lexicon: &'static Lexicon) -> &'static KeywordTable {
    static TABLES: OnceLock<Vec<KeywordTable>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| lexicon::all().iter().map(KeywordTable::build).collect());
    match lexicon::all().iter().position(|l| l.code == lexicon.code) {
        Some(index) => &tables[index],
        // Not one of the compiled-in lexicons (only possible in tests): build it once, for good.
        None => Box::leak(Box::new(KeywordTable::build(lexicon))),
    }
}

/// A table without keywords: every word is a name (used by language detection).
pub(crate) fn no_keywords() -> &'static KeywordTable {
    static EMPTY: OnceLock<KeywordTable> = OnceLock::new();
    EMPTY.get_or_init(KeywordTable::default)
}

/// Keywords that may be cut out of a run of CJK and other characters (see `cjk.rs`): not the
/// identifier-like ones (`print`, types) nor reserved words, which often start ordinary names.
pub(crate) fn is_splittable(keyword: Keyword) -> bool {
    keyword.builtin_name().is_none() && !matches!(keyword, Keyword::Reserved(_))
}

/// The keyword of a lexicon concept id; concepts outside the core language are reserved words.
pub(crate) fn keyword_for_concept(concept: &'static str) -> Keyword {
    use Keyword::*;
    match concept {
        "COND_IF" => If,
        "COND_ELSE" => Else,
        "COND_ELIF" => Elif,
        "LOOP_WHILE" => While,
        "LOOP_FOR" => For,
        "LOOP_BREAK" => Break,
        "LOOP_CONTINUE" => Continue,
        "MATCH" => Match,
        "CASE" => Case,
        "DEFAULT" => Default,
        "PASS" => Pass,
        "WITH" => With,
        "IN" => In,
        "ASSERT" => Assert,
        "FUNC_DEF" => Def,
        "CLASS_DEF" => Class,
        "RETURN" => Return,
        "YIELD" => Yield,
        "IMPORT" => Import,
        "FROM" => From,
        "AS" => As,
        "LAMBDA" => Lambda,
        "ASYNC" => Async,
        "AWAIT" => Await,
        "AND" => And,
        "OR" => Or,
        "NOT" => Not,
        "NOT_IN" => NotIn,
        "TRUE" => True,
        "FALSE" => False,
        "NONE" => None,
        "IS" => Is,
        "TRY" => Try,
        "EXCEPT" => Except,
        "FINALLY" => Finally,
        "RAISE" => Raise,
        "GLOBAL" => Global,
        "LOCAL" => Local,
        "CONST" => Const,
        "LET" => Let,
        "NONLOCAL" => Nonlocal,
        "DEL" => Del,
        "PRINT" => Print,
        "INPUT" => Input,
        "TYPE_INT" => TypeInt,
        "TYPE_FLOAT" => TypeFloat,
        "TYPE_STR" => TypeStr,
        "TYPE_BOOL" => TypeBool,
        "TYPE_LIST" => TypeList,
        "TYPE_DICT" => TypeDict,
        other => Reserved(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(code: &str) -> &'static KeywordTable {
        table_for(lexicon::by_code(code).expect("lexicon compiled in"))
    }

    #[test]
    fn concept_ids_round_trip() {
        for id in ["COND_IF", "NOT_IN", "LOCAL", "TYPE_DICT", "PRINT"] {
            assert_eq!(keyword_for_concept(id).concept_id(), id);
        }
        assert_eq!(keyword_for_concept("PROMPT"), Keyword::Reserved("PROMPT"));
    }

    #[test]
    fn french_words_phrases_and_english_core() {
        let fr = table("fr");
        assert_eq!(fr.word("si"), Some(Keyword::If));
        assert_eq!(fr.phrase(&["sinon", "si"]), Some(Keyword::Elif));
        assert!(fr.starts_phrase("tant"));
        assert_eq!(fr.word("while"), Some(Keyword::While));
        assert_eq!(fr.word("print"), Some(Keyword::Print));
        // English extras (`uses`, `type`) are not accepted outside English.
        assert_eq!(fr.word("uses"), None);
        assert_eq!(fr.word("If"), None);
    }

    #[test]
    fn the_language_meaning_wins_over_english() {
        // sv `i` is IN; every language's own single-word spellings keep their own concept.
        assert_eq!(table("sv").word("i"), Some(Keyword::In));
        for l in lexicon::all() {
            let t = table_for(l);
            for (concept, spellings) in l.keywords {
                for s in spellings.iter().filter(|s| !s.contains(' ')) {
                    assert_eq!(
                        t.word(s),
                        Some(keyword_for_concept(concept)),
                        "{} {s}",
                        l.code
                    );
                }
            }
        }
    }
}
