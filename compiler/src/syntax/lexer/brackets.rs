//! The stack of open brackets: implicit line joining, and bracket diagnostics.
use crate::source::Span;

/// Deeper nesting is reported once (`NestingTooDeep`) and no longer checked for matching.
pub(super) const MAX_DEPTH: usize = 10_000;

#[derive(Debug, Default)]
pub(super) struct Brackets {
    /// ASCII opening bracket and where it was written (possibly as a full-width form).
    open: Vec<(u8, Span)>,
    /// Brackets opened beyond `MAX_DEPTH`.
    overflow: usize,
}

#[derive(Debug, PartialEq)]
pub(super) enum Closing {
    Matched,
    /// Nothing is open.
    Unmatched,
    /// The innermost open bracket is of another kind; it is closed anyway.
    Mismatched {
        open: Span,
    },
}

impl Brackets {
    pub(super) fn is_empty(&self) -> bool {
        self.open.is_empty() && self.overflow == 0
    }

    /// Returns false when this bracket goes beyond `MAX_DEPTH` for the first time.
    pub(super) fn open(&mut self, bracket: u8, span: Span) -> bool {
        if self.open.len() < MAX_DEPTH {
            self.open.push((bracket, span));
            return true;
        }
        self.overflow += 1;
        self.overflow > 1
    }

    pub(super) fn close(&mut self, bracket: u8) -> Closing {
        if self.overflow > 0 {
            self.overflow -= 1;
            return Closing::Matched;
        }
        let Some(&(open, span)) = self.open.last() else {
            return Closing::Unmatched;
        };
        if opener_of(bracket) == open {
            self.open.pop();
            return Closing::Matched;
        }
        // `[(])`: if a matching bracket is open further out, close everything up to it.
        if let Some(at) = self
            .open
            .iter()
            .rposition(|&(o, _)| o == opener_of(bracket))
        {
            self.open.truncate(at);
        } else {
            self.open.pop();
        }
        Closing::Mismatched { open: span }
    }

    /// The brackets still open, outermost first.
    pub(super) fn unclosed(&self) -> impl Iterator<Item = Span> + '_ {
        self.open.iter().map(|&(_, span)| span)
    }
}

fn opener_of(closing: u8) -> u8 {
    match closing {
        b')' => b'(',
        b']' => b'[',
        _ => b'{',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_and_errors() {
        let mut b = Brackets::default();
        let s = Span::new(0, 1);
        assert!(b.open(b'(', s));
        assert!(b.open(b'[', Span::new(1, 2)));
        assert_eq!(
            b.close(b')'),
            Closing::Mismatched {
                open: Span::new(1, 2)
            }
        );
        assert!(b.is_empty());
        assert_eq!(b.close(b'}'), Closing::Unmatched);
        assert!(b.open(b'{', s));
        assert_eq!(b.close(b'}'), Closing::Matched);
    }

    #[test]
    fn too_deep_is_reported_once() {
        let mut b = Brackets::default();
        let s = Span::new(0, 1);
        let refused = (0..MAX_DEPTH + 5).filter(|_| !b.open(b'(', s)).count();
        assert_eq!(refused, 1);
        for _ in 0..MAX_DEPTH + 5 {
            assert_eq!(b.close(b')'), Closing::Matched);
        }
        assert!(b.is_empty());
    }
}
