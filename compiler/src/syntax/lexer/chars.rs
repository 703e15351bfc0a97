//! Character classes of the lexical grammar (LANGUAGE.md §1), with an ASCII fast path.
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// May start an identifier: a letter (L*), a combining mark (Mn, Mc) or `_`.
pub(super) fn is_ident_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    use GeneralCategory::*;
    matches!(
        c.general_category(),
        UppercaseLetter
            | LowercaseLetter
            | TitlecaseLetter
            | ModifierLetter
            | OtherLetter
            | NonspacingMark
            | SpacingMark
    )
}

/// May continue an identifier: a start character, a decimal digit (Nd) or a connector (Pc).
pub(super) fn is_ident_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_ident_start(c)
        || matches!(
            c.general_category(),
            GeneralCategory::DecimalNumber | GeneralCategory::ConnectorPunctuation
        )
}

/// The value of a decimal digit of any script (Nd), e.g. `४` -> 4.
///
/// Unicode encodes every Nd digit in a contiguous run of ten starting at zero, and adjacent
/// runs (the mathematical digits) are also aligned on ten, so the value is the distance from
/// the start of the run of consecutive Nd characters, modulo ten.
pub(super) fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    if c.general_category() != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    // The longest run of consecutive Nd characters is 50 (U+1D7CE..U+1D7FF).
    for _ in 0..64 {
        match start.checked_sub(1).and_then(char::from_u32) {
            Some(prev) if prev.general_category() == GeneralCategory::DecimalNumber => start -= 1,
            _ => break,
        }
    }
    Some((c as u32 - start) % 10)
}

/// Whitespace between tokens besides space, tab and form feed: no-break and ideographic spaces
/// (typed by CJK input methods) and the other Unicode space separators (Zs).
pub(super) fn is_unicode_space(c: char) -> bool {
    !c.is_ascii() && c.general_category() == GeneralCategory::SpaceSeparator
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_several_scripts() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('४'), Some(4));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('௨'), Some(2));
        assert_eq!(digit_value('１'), Some(1));
        assert_eq!(digit_value('𝟗'), Some(9)); // U+1D7D7 MATHEMATICAL BOLD DIGIT NINE
        assert_eq!(digit_value('𝟘'), Some(0)); // U+1D7D8 MATHEMATICAL DOUBLE-STRUCK ZERO
        assert_eq!(digit_value('Ⅻ'), None);
        assert_eq!(digit_value('一'), None);
    }

    #[test]
    fn identifier_classes() {
        assert!(is_ident_start('é'));
        assert!(is_ident_start('如'));
        assert!(is_ident_start('ा')); // Devanagari vowel sign (Mc)
        assert!(!is_ident_start('٣'));
        assert!(is_ident_continue('٣'));
        assert!(!is_ident_start('Ⅻ'));
        assert!(!is_ident_continue('\u{200d}'));
        assert!(is_unicode_space('\u{3000}'));
    }
}
