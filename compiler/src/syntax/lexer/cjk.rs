//! Keywords written without spaces next to non-CJK names in zh/ja (`如果x>0:`).
//!
//! The rule (LANGUAGE.md §9, conservative on purpose):
//! - an identifier run that mixes CJK characters (Han, Hiragana, Katakana) with other identifier
//!   characters (Latin letters, digits, `_`, ...) is cut at every CJK/non-CJK boundary;
//! - a CJK piece that is a keyword of the active language, or a sequence of such keywords
//!   (`是空` = `是` `空`, "is None"), becomes those keywords, unless one of them is an
//!   identifier-like keyword (`打印`, `列表`, ...) or a reserved word, which commonly begin
//!   ordinary names (`列表1`); a piece with any other character (`里范围`) stays a name;
//! - the other pieces are joined back into names; if one of them would start with a digit, the
//!   run is not split at all;
//! - a run made only of CJK characters is never split: `返回值` stays one name, so CJK keywords
//!   next to CJK names still need a space (`如果 年龄 > 18:`).
use std::ops::Range;

use super::chars::is_ident_start;

/// Han ideographs, kana and the marks used inside Japanese words (`々`, `ー`).
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'   // radicals
        | '\u{3005}'              // 々
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana (with ー)
        | '\u{31F0}'..='\u{31FF}' // katakana extensions
        | '\u{3400}'..='\u{4DBF}' // extension A
        | '\u{4E00}'..='\u{9FFF}' // unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{3134F}' // extensions B..H
    )
}

/// One piece of a split run: a byte range of the word and the keyword it spells, if any.
pub(super) type Piece<K> = (Range<usize>, Option<K>);

/// Splits `word` by the rule above; `keyword` looks up a splittable keyword. `None`: no split.
pub(super) fn split<K>(word: &str, keyword: impl Fn(&str) -> Option<K>) -> Option<Vec<Piece<K>>> {
    if word.is_ascii() {
        return None;
    }
    let mut pieces: Vec<Piece<K>> = Vec::new();
    let mut name_start: Option<usize> = None;
    let mut found = false;
    let mut segment_start = 0;
    let mut chars = word.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let cjk = is_cjk(c);
        let next = chars.peek().copied();
        if next.is_some_and(|(_, n)| is_cjk(n) == cjk) {
            continue;
        }
        let segment_end = next.map_or(word.len(), |(i, _)| i);
        let segment = segment_start..segment_end;
        segment_start = segment_end;
        if segment.start == 0 && segment.end == word.len() {
            return None; // one script only
        }
        let keywords = if cjk {
            keyword_sequence(&word[segment.clone()], &keyword)
        } else {
            None
        };
        match keywords {
            Some(keywords) => {
                if let Some(start) = name_start.take() {
                    pieces.push((start..segment.start, None));
                }
                pieces.extend(keywords.into_iter().map(|(range, k)| {
                    let range = segment.start + range.start..segment.start + range.end;
                    (range, Some(k))
                }));
                found = true;
            }
            None => {
                name_start.get_or_insert(segment.start);
            }
        }
    }
    if let Some(start) = name_start {
        pieces.push((start..word.len(), None));
    }
    let names_are_identifiers = pieces.iter().all(|(range, k)| {
        k.is_some()
            || word[range.clone()]
                .chars()
                .next()
                .is_some_and(is_ident_start)
    });
    (found && names_are_identifiers).then_some(pieces)
}

/// Longer CJK pieces are never cut into keywords.
const MAX_SEGMENT_CHARS: usize = 32;

/// `text` as a sequence of keywords (fewest pieces), if it is one.
fn keyword_sequence<K>(
    text: &str,
    keyword: &impl Fn(&str) -> Option<K>,
) -> Option<Vec<(Range<usize>, K)>> {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    if bounds.len() > MAX_SEGMENT_CHARS + 1 {
        return None;
    }
    // best[i]: fewest keywords covering text[bounds[i]..], and where the first one ends.
    let n = bounds.len() - 1;
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[n] = Some((0, n));
    for i in (0..n).rev() {
        for j in i + 1..=n {
            let Some((count, _)) = best[j] else { continue };
            if best[i].is_some_and(|(c, _)| c <= count + 1) {
                continue;
            }
            if keyword(&text[bounds[i]..bounds[j]]).is_some() {
                best[i] = Some((count + 1, j));
            }
        }
    }
    best[0]?;
    let mut sequence = Vec::new();
    let mut i = 0;
    while i < n {
        let (_, j) = best[i]?;
        let range = bounds[i]..bounds[j];
        sequence.push((range.clone(), keyword(&text[range])?));
        i = j;
    }
    Some(sequence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zh(word: &str) -> Option<bool> {
        ["如果", "且", "当", "否则如果", "是", "空"]
            .contains(&word)
            .then_some(true)
    }

    fn texts(word: &str) -> Option<Vec<(&str, bool)>> {
        split(word, zh).map(|p| {
            p.into_iter()
                .map(|(r, k)| (&word[r], k.is_some()))
                .collect()
        })
    }

    #[test]
    fn splits_at_cjk_boundaries_only() {
        assert_eq!(texts("如果x"), Some(vec![("如果", true), ("x", false)]));
        assert_eq!(
            texts("x且y2"),
            Some(vec![("x", false), ("且", true), ("y2", false)])
        );
        assert_eq!(
            texts("否则如果n"),
            Some(vec![("否则如果", true), ("n", false)])
        );
        assert_eq!(
            texts("x是空"),
            Some(vec![("x", false), ("是", true), ("空", true)])
        );
        assert_eq!(texts("x是空值"), None);
        // Runs of one script are never split.
        assert_eq!(texts("当前值"), None);
        assert_eq!(texts("如果"), None);
        assert_eq!(texts("abc"), None);
        // A piece that is not exactly a keyword stays in the name.
        assert_eq!(texts("当前x"), None);
        // A name piece would start with a digit: no split.
        assert_eq!(texts("如果1"), None);
    }
}
