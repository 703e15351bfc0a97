//! Diagnostics as data: a stable code, a span and the arguments of the message.
//!
//! Message texts are not here: they live in `lexicons/*.toml` under `[messages]`, keyed by
//! [`Code::key`], one per language. Arguments carry the user's own spelling (`{name}` is the name
//! exactly as typed), so rendered messages quote the user's words.

use crate::source::Span;

macro_rules! codes {
    ($($variant:ident = $num:literal, $key:literal;)*) => {
        /// Every diagnostic the compiler can produce. The number is stable: tests and users refer to it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// `E0102`-style stable identifier.
            pub fn number(self) -> u16 {
                match self { $(Code::$variant => $num,)* }
            }

            /// Key of the message template in `lexicons/*.toml` `[messages]`.
            pub fn key(self) -> &'static str {
                match self { $(Code::$variant => $key,)* }
            }
        }
    };
}

codes! {
    // 01xx: lexical
    InvalidUtf8 = 101, "invalid-utf8";
    NulByte = 102, "nul-byte";
    UnexpectedCharacter = 103, "unexpected-character";
    UnterminatedString = 104, "unterminated-string";
    InvalidNumber = 105, "invalid-number";
    InvalidEscape = 106, "invalid-escape";
    InconsistentIndent = 107, "inconsistent-indent";
    TabsAndSpaces = 108, "tabs-and-spaces";
    UnmatchedBracket = 109, "unmatched-bracket";
    UnclosedBracket = 110, "unclosed-bracket";
    MismatchedBracket = 111, "mismatched-bracket";
    InvalidFString = 112, "invalid-fstring";
    // 02xx: syntax
    UnexpectedToken = 201, "unexpected-token";
    ExpectedExpression = 202, "expected-expression";
    ExpectedColon = 203, "expected-colon";
    ExpectedIndent = 204, "expected-indent";
    ExpectedIdentifier = 205, "expected-identifier";
    InvalidAssignmentTarget = 206, "invalid-assignment-target";
    NestingTooDeep = 207, "nesting-too-deep";
    UnexpectedIndent = 208, "unexpected-indent";
    PositionalAfterKeyword = 209, "positional-after-keyword";
    InvalidSyntax = 210, "invalid-syntax";
    // 03xx: names and context
    UndefinedName = 301, "undefined-name";
    DuplicateLet = 302, "duplicate-let";
    ConstReassignment = 303, "const-reassignment";
    BreakOutsideLoop = 304, "break-outside-loop";
    ContinueOutsideLoop = 305, "continue-outside-loop";
    ReturnOutsideFunction = 306, "return-outside-function";
    YieldOutsideFunction = 307, "yield-outside-function";
    AwaitOutsideAsync = 308, "await-outside-async";
    NonlocalAtModuleLevel = 309, "nonlocal-at-module-level";
    NonlocalNotFound = 310, "nonlocal-not-found";
    UsedBeforeGlobal = 311, "used-before-global";
    UnsupportedKeyword = 312, "unsupported-keyword";
    UnknownModule = 313, "unknown-module";
    // 04xx: not supported yet by the code generator
    NotSupportedYet = 401, "not-supported-yet";
    // 05xx: driver
    UnknownLanguage = 501, "unknown-language";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub span: Span,
    /// Named arguments of the message template, e.g. `("name", "soit")`.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    pub fn error(code: Code, span: Span) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            span,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Diagnostic {
        self.args.push((name, value.into()));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}
