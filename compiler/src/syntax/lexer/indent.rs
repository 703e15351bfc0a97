//! Indentation levels, compared like Python 3: a tab advances to the next multiple of 8 and,
//! in a second measure, counts as one column; if the two measures disagree on how two lines
//! compare, the indentation depends on the tab width (`TabsAndSpaces`).
use crate::diagnostics::Code;

/// U+3000, typed by CJK input methods: indents like one space.
const IDEOGRAPHIC_SPACE: &[u8] = "\u{3000}".as_bytes();

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Width {
    /// Tabs to the next multiple of 8.
    col: u32,
    /// Tabs count 1.
    alt: u32,
}

impl Width {
    /// The indentation at the start of `line`: the width and the byte length of the whitespace.
    pub(super) fn measure(line: &[u8]) -> (Width, usize) {
        let mut width = Width::default();
        let mut len = 0;
        while let Some(&b) = line.get(len) {
            match b {
                b' ' => {
                    width.col += 1;
                    width.alt += 1;
                }
                b'\t' => {
                    width.col = (width.col / 8 + 1) * 8;
                    width.alt += 1;
                }
                b'\x0c' => width = Width::default(),
                _ if line[len..].starts_with(IDEOGRAPHIC_SPACE) => {
                    width.col += 1;
                    width.alt += 1;
                    len += IDEOGRAPHIC_SPACE.len();
                    continue;
                }
                _ => break,
            }
            len += 1;
        }
        (width, len)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Change {
    Same,
    Indent,
    Dedent(usize),
}

#[derive(Debug, Default)]
pub(super) struct Indents {
    /// The open levels above column 0, innermost last.
    stack: Vec<Width>,
}

impl Indents {
    /// Compares a logical line's indentation with the open levels and updates them.
    pub(super) fn line(&mut self, width: Width) -> (Change, Option<Code>) {
        let top = self.top();
        if width.col == top.col {
            let error = (width.alt != top.alt).then_some(Code::TabsAndSpaces);
            return (Change::Same, error);
        }
        if width.col > top.col {
            let error = (width.alt <= top.alt).then_some(Code::TabsAndSpaces);
            self.stack.push(width);
            return (Change::Indent, error);
        }
        let mut dedents = 0;
        while !self.stack.is_empty() && width.col < self.top().col {
            self.stack.pop();
            dedents += 1;
        }
        let top = self.top();
        let error = if width.col != top.col {
            // Between two open levels: keep this one so the following lines agree with it.
            self.stack.push(width);
            Some(Code::InconsistentIndent)
        } else {
            (width.alt != top.alt).then_some(Code::TabsAndSpaces)
        };
        (Change::Dedent(dedents), error)
    }

    /// Levels still open (DEDENTs owed at the end of the file).
    pub(super) fn open_levels(&self) -> usize {
        self.stack.len()
    }

    fn top(&self) -> Width {
        self.stack.last().copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width(s: &str) -> Width {
        Width::measure(s.as_bytes()).0
    }

    #[test]
    fn indent_and_dedent() {
        let mut i = Indents::default();
        assert_eq!(i.line(width("    ")), (Change::Indent, None));
        assert_eq!(i.line(width("        ")), (Change::Indent, None));
        assert_eq!(i.line(width("    ")), (Change::Dedent(1), None));
        assert_eq!(
            i.line(width("  ")),
            (Change::Dedent(1), Some(Code::InconsistentIndent))
        );
        assert_eq!(i.line(width("  ")), (Change::Same, None));
        assert_eq!(i.line(width("")), (Change::Dedent(1), None));
        assert_eq!(i.open_levels(), 0);
    }

    #[test]
    fn ideographic_spaces_count_as_spaces() {
        assert_eq!(
            Width::measure("\u{3000}\u{3000}x".as_bytes()),
            (width("  "), 6)
        );
        let mut i = Indents::default();
        assert_eq!(i.line(width("\u{3000}\u{3000}")), (Change::Indent, None));
        assert_eq!(i.line(width("  ")), (Change::Same, None));
        assert_eq!(i.line(width(" \u{3000}")), (Change::Same, None));
    }

    #[test]
    fn tabs_against_spaces() {
        let mut i = Indents::default();
        assert_eq!(i.line(width("\t")), (Change::Indent, None));
        // Eight spaces equal one tab only at tab width 8.
        assert_eq!(
            i.line(width("        ")),
            (Change::Same, Some(Code::TabsAndSpaces))
        );
        let mut i = Indents::default();
        assert_eq!(i.line(width("\t")), (Change::Indent, None));
        assert_eq!(i.line(width("\t    ")), (Change::Indent, None));
        assert_eq!(i.line(width("\t")), (Change::Dedent(1), None));
    }
}
