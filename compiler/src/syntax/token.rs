//! Tokens: the lexer's output and the parser's input.
//!
//! Tokens never carry human-language spellings the parser could depend on: keywords arrive as
//! [`Keyword`] concept ids; the text the user typed is recovered from the span.

use crate::source::Span;

/// A language-neutral keyword concept (the ids of `lexicons/*.toml` `[keywords]`).
///
/// The parser and every later stage only see these; spellings live in `lexicons/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Keyword {
    If,
    Else,
    Elif,
    While,
    For,
    Break,
    Continue,
    Match,
    Case,
    Default,
    Pass,
    With,
    In,
    Assert,
    Def,
    Class,
    Return,
    Yield,
    Import,
    From,
    As,
    Lambda,
    Async,
    Await,
    And,
    Or,
    Not,
    NotIn,
    True,
    False,
    None,
    Is,
    Try,
    Except,
    Finally,
    Raise,
    Global,
    /// `LOCAL` in the lexicon: a synonym of `nonlocal`.
    Local,
    Const,
    Let,
    Nonlocal,
    Del,
    /// Identifier-like keywords: in expression position they are names (`print`, `int`, ...).
    Print,
    Input,
    TypeInt,
    TypeFloat,
    TypeStr,
    TypeBool,
    TypeList,
    TypeDict,
    /// Experimental concepts of the original (AI, reactive, concurrency, ...): reserved words
    /// that produce a "not supported" diagnostic. The payload is the lexicon concept id.
    Reserved(&'static str),
}

impl Keyword {
    /// The concept id used in `lexicons/*.toml`, e.g. `"COND_IF"`.
    pub fn concept_id(self) -> &'static str {
        use Keyword::*;
        match self {
            If => "COND_IF",
            Else => "COND_ELSE",
            Elif => "COND_ELIF",
            While => "LOOP_WHILE",
            For => "LOOP_FOR",
            Break => "LOOP_BREAK",
            Continue => "LOOP_CONTINUE",
            Match => "MATCH",
            Case => "CASE",
            Default => "DEFAULT",
            Pass => "PASS",
            With => "WITH",
            In => "IN",
            Assert => "ASSERT",
            Def => "FUNC_DEF",
            Class => "CLASS_DEF",
            Return => "RETURN",
            Yield => "YIELD",
            Import => "IMPORT",
            From => "FROM",
            As => "AS",
            Lambda => "LAMBDA",
            Async => "ASYNC",
            Await => "AWAIT",
            And => "AND",
            Or => "OR",
            Not => "NOT",
            NotIn => "NOT_IN",
            True => "TRUE",
            False => "FALSE",
            None => "NONE",
            Is => "IS",
            Try => "TRY",
            Except => "EXCEPT",
            Finally => "FINALLY",
            Raise => "RAISE",
            Global => "GLOBAL",
            Local => "LOCAL",
            Const => "CONST",
            Let => "LET",
            Nonlocal => "NONLOCAL",
            Del => "DEL",
            Print => "PRINT",
            Input => "INPUT",
            TypeInt => "TYPE_INT",
            TypeFloat => "TYPE_FLOAT",
            TypeStr => "TYPE_STR",
            TypeBool => "TYPE_BOOL",
            TypeList => "TYPE_LIST",
            TypeDict => "TYPE_DICT",
            Reserved(id) => id,
        }
    }

    /// The Python builtin an identifier-like keyword denotes in expression position.
    pub fn builtin_name(self) -> Option<&'static str> {
        use Keyword::*;
        Some(match self {
            Print => "print",
            Input => "input",
            TypeInt => "int",
            TypeFloat => "float",
            TypeStr => "str",
            TypeBool => "bool",
            TypeList => "list",
            TypeDict => "dict",
            _ => return Option::None,
        })
    }
}

/// Operators and delimiters, after Unicode alternatives (`×`, `≠`, full-width forms) are mapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    EqEq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    Assign,
    /// `+=` and friends; the payload is the binary operator.
    AugAssign(AugOp),
    Amp,
    Pipe,
    Caret,
    Tilde,
    LShift,
    RShift,
    Arrow,
    Walrus,
    /// `|>`
    PipeForward,
    /// `~=` (semantic match of the original; parsed, reported as unsupported)
    TildeEq,
    Question,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semicolon,
    Dot,
    Ellipsis,
    At,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AugOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

/// One piece of an f-string: literal text (escapes processed) or a replacement field.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{expr!conv:spec}`: `expr` is the span of the expression text inside the source, so the
    /// parser can lex and parse it in place; `spec` may itself contain nested fields.
    Field {
        expr: Span,
        /// `=` debugging form `{x=}`: the text up to and including `=` is printed first.
        debug_text: Option<String>,
        conversion: Option<char>,
        spec: Vec<FStringPart>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// An identifier (NFC-normalisation is not applied: names compare as typed).
    Name(String),
    Keyword(Keyword),
    /// Integer literal in any decimal-digit script, already converted to ASCII decimal digits
    /// (arbitrary size: the value is kept as text so big literals are exact).
    Int(String),
    /// Float literal as ASCII text Rust's `f64::from_str` accepts (digits of any script converted).
    Float(String),
    /// String literal with escapes processed (raw strings kept verbatim).
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),
    /// `〔2024-01-15〕`: the inner text.
    Date(String),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    Eof,
    /// Input the lexer could not make sense of; a diagnostic has been reported for it.
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}
