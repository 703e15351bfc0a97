//! Operators and delimiters, with their Unicode and full-width alternatives.
use crate::syntax::token::{AugOp, Op};

/// The ASCII operator character a one-to-one alternative stands for (`×` -> `*`, `（` -> `(`).
/// ASCII operator characters map to themselves.
pub(super) fn ascii_equivalent(c: char) -> Option<u8> {
    let ascii = match c {
        '+' | '-' | '*' | '/' | '%' | '<' | '>' | '=' | '!' | '&' | '|' | '^' | '~' | '?' | '('
        | ')' | '[' | ']' | '{' | '}' | ',' | ':' | ';' | '.' | '@' => return Some(c as u8),
        '×' | '⋅' | '＊' => '*',
        '÷' | '／' => '/',
        '−' | '－' => '-',
        '＋' => '+',
        '％' => '%',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        '（' => '(',
        '）' => ')',
        '［' => '[',
        '］' => ']',
        '｛' => '{',
        '｝' => '}',
        // The ideographic comma `、` is how Japanese writes a comma.
        '，' | '،' | '、' => ',',
        '：' => ':',
        '；' | '؛' => ';',
        '．' => '.',
        _ => return None,
    };
    Some(ascii as u8)
}

/// Single characters that stand for a two-character operator (`≤` is `<=`).
pub(super) fn composite(c: char) -> Option<Op> {
    Some(match c {
        '≠' => Op::NotEq,
        '≤' => Op::LtEq,
        '≥' => Op::GtEq,
        '≪' => Op::LShift,
        '≫' => Op::RShift,
        '→' => Op::Arrow,
        _ => return None,
    })
}

/// The longest operator at the start of `s` (ASCII equivalents), and its length in characters.
pub(super) fn longest(s: &[u8]) -> Option<(Op, usize)> {
    let three = match s {
        [b'*', b'*', b'=', ..] => Some(Op::AugAssign(AugOp::Pow)),
        [b'/', b'/', b'=', ..] => Some(Op::AugAssign(AugOp::FloorDiv)),
        [b'<', b'<', b'=', ..] => Some(Op::AugAssign(AugOp::LShift)),
        [b'>', b'>', b'=', ..] => Some(Op::AugAssign(AugOp::RShift)),
        [b'.', b'.', b'.', ..] => Some(Op::Ellipsis),
        _ => None,
    };
    if let Some(op) = three {
        return Some((op, 3));
    }
    let two = match s {
        [b'*', b'*', ..] => Some(Op::DoubleStar),
        [b'/', b'/', ..] => Some(Op::DoubleSlash),
        [b'=', b'=', ..] => Some(Op::EqEq),
        [b'!', b'=', ..] => Some(Op::NotEq),
        [b'<', b'=', ..] => Some(Op::LtEq),
        [b'>', b'=', ..] => Some(Op::GtEq),
        [b'<', b'<', ..] => Some(Op::LShift),
        [b'>', b'>', ..] => Some(Op::RShift),
        [b'-', b'>', ..] => Some(Op::Arrow),
        [b':', b'=', ..] => Some(Op::Walrus),
        [b'|', b'>', ..] => Some(Op::PipeForward),
        [b'~', b'=', ..] => Some(Op::TildeEq),
        [b'+', b'=', ..] => Some(Op::AugAssign(AugOp::Add)),
        [b'-', b'=', ..] => Some(Op::AugAssign(AugOp::Sub)),
        [b'*', b'=', ..] => Some(Op::AugAssign(AugOp::Mul)),
        [b'/', b'=', ..] => Some(Op::AugAssign(AugOp::Div)),
        [b'%', b'=', ..] => Some(Op::AugAssign(AugOp::Mod)),
        [b'&', b'=', ..] => Some(Op::AugAssign(AugOp::BitAnd)),
        [b'|', b'=', ..] => Some(Op::AugAssign(AugOp::BitOr)),
        [b'^', b'=', ..] => Some(Op::AugAssign(AugOp::BitXor)),
        _ => None,
    };
    if let Some(op) = two {
        return Some((op, 2));
    }
    let one = match s.first()? {
        b'+' => Op::Plus,
        b'-' => Op::Minus,
        b'*' => Op::Star,
        b'/' => Op::Slash,
        b'%' => Op::Percent,
        b'<' => Op::Lt,
        b'>' => Op::Gt,
        b'=' => Op::Assign,
        b'&' => Op::Amp,
        b'|' => Op::Pipe,
        b'^' => Op::Caret,
        b'~' => Op::Tilde,
        b'?' => Op::Question,
        b'(' => Op::LParen,
        b')' => Op::RParen,
        b'[' => Op::LBracket,
        b']' => Op::RBracket,
        b'{' => Op::LBrace,
        b'}' => Op::RBrace,
        b',' => Op::Comma,
        b':' => Op::Colon,
        b';' => Op::Semicolon,
        b'.' => Op::Dot,
        b'@' => Op::At,
        _ => return None,
    };
    Some((one, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match() {
        assert_eq!(longest(b"**=x"), Some((Op::AugAssign(AugOp::Pow), 3)));
        assert_eq!(longest(b"**x"), Some((Op::DoubleStar, 2)));
        assert_eq!(longest(b"->"), Some((Op::Arrow, 2)));
        assert_eq!(longest(b"!x"), None);
        assert_eq!(longest(b".5"), Some((Op::Dot, 1)));
    }

    #[test]
    fn alternatives() {
        assert_eq!(ascii_equivalent('×'), Some(b'*'));
        assert_eq!(ascii_equivalent('،'), Some(b','));
        assert_eq!(composite('≠'), Some(Op::NotEq));
        assert_eq!(ascii_equivalent('a'), None);
    }
}
