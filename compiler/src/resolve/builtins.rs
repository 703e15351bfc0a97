//! The builtin names every program sees, whatever its language: Python 3.12's `builtins` module
//! (which includes the exception classes) plus the implicit globals of a module. These are Python
//! names, not human-language data; localized aliases come from [`crate::lexicon::Lexicon::builtins`].
use crate::lexicon::Lexicon;

/// `dir(builtins)` of CPython 3.12 without the keywords `True`, `False` and `None` (sorted).
pub const PYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__build_class__",
    "__debug__",
    "__doc__",
    "__import__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Names every module namespace defines implicitly.
pub const MODULE_GLOBALS: &[&str] = &["__file__", "__builtins__", "__annotations__"];

/// The canonical builtin `name` denotes when the program does not bind it: itself for an English
/// builtin, the builtin it aliases in the file's language (`intervalle` -> `range`) otherwise.
pub fn builtin_for(name: &str, lexicon: &Lexicon) -> Option<&'static str> {
    let sorted_index = PYTHON_BUILTINS.binary_search(&name).ok();
    sorted_index
        .map(|i| PYTHON_BUILTINS[i])
        .or_else(|| MODULE_GLOBALS.iter().find(|g| **g == name).copied())
        .or_else(|| lexicon.builtin_for_alias(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    #[test]
    fn builtins_are_sorted_for_binary_search() {
        assert!(PYTHON_BUILTINS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn english_names_and_localized_aliases() {
        let fr = lexicon::by_code("fr").expect("fr lexicon");
        assert_eq!(builtin_for("len", fr), Some("len"));
        assert_eq!(builtin_for("ValueError", fr), Some("ValueError"));
        assert_eq!(builtin_for("intervalle", fr), Some("range"));
        assert_eq!(builtin_for("__file__", fr), Some("__file__"));
        assert_eq!(builtin_for("intervalle", lexicon::english()), None);
        assert_eq!(builtin_for("pas_un_builtin", fr), None);
    }
}
