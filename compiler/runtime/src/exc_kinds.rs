// The builtin exception kinds: the one table shared by the runtime (`exc.rs`) and the compiler
// (`compiler/src/codegen/runtime_api.rs`), each of which defines `exception_kinds!` and includes
// this file. A kind's number is its position (append-only: it is part of the ABI, see ABI.md
// "Exceptions"). Line format: `CONSTANT = number "ClassName": PARENT_CONSTANT;`.
exception_kinds! {
    BASE_EXCEPTION = 0 "BaseException";
    EXCEPTION = 1 "Exception": BASE_EXCEPTION;
    ARITHMETIC_ERROR = 2 "ArithmeticError": EXCEPTION;
    ZERO_DIVISION_ERROR = 3 "ZeroDivisionError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = 4 "OverflowError": ARITHMETIC_ERROR;
    LOOKUP_ERROR = 5 "LookupError": EXCEPTION;
    INDEX_ERROR = 6 "IndexError": LOOKUP_ERROR;
    KEY_ERROR = 7 "KeyError": LOOKUP_ERROR;
    VALUE_ERROR = 8 "ValueError": EXCEPTION;
    TYPE_ERROR = 9 "TypeError": EXCEPTION;
    NAME_ERROR = 10 "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = 11 "UnboundLocalError": NAME_ERROR;
    ATTRIBUTE_ERROR = 12 "AttributeError": EXCEPTION;
    RUNTIME_ERROR = 13 "RuntimeError": EXCEPTION;
    RECURSION_ERROR = 14 "RecursionError": RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = 15 "NotImplementedError": RUNTIME_ERROR;
    STOP_ITERATION = 16 "StopIteration": EXCEPTION;
    ASSERTION_ERROR = 17 "AssertionError": EXCEPTION;
    MEMORY_ERROR = 18 "MemoryError": EXCEPTION;
    SYSTEM_EXIT = 19 "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = 20 "KeyboardInterrupt": BASE_EXCEPTION;
    IMPORT_ERROR = 21 "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = 22 "ModuleNotFoundError": IMPORT_ERROR;
    OS_ERROR = 23 "OSError": EXCEPTION;
    FILE_NOT_FOUND_ERROR = 24 "FileNotFoundError": OS_ERROR;
    EOF_ERROR = 25 "EOFError": EXCEPTION;
    UNICODE_ERROR = 26 "UnicodeError": VALUE_ERROR;
    GENERATOR_EXIT = 27 "GeneratorExit": BASE_EXCEPTION;
    FLOATING_POINT_ERROR = 28 "FloatingPointError": ARITHMETIC_ERROR;
    UNICODE_ENCODE_ERROR = 29 "UnicodeEncodeError": UNICODE_ERROR;
    UNICODE_DECODE_ERROR = 30 "UnicodeDecodeError": UNICODE_ERROR;
}
