//! The runtime functions generated code calls (see `runtime/ABI.md`, "Runtime exports").
use wasm_encoder::ValType::{self, F64, I32, I64};

macro_rules! runtime_functions {
    ($($variant:ident = $name:literal ($($param:expr),*) -> ($($result:expr),*);)*) => {
        /// One imported runtime function.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rt { $($variant,)* }

        impl Rt {
            pub const ALL: &'static [Rt] = &[$(Rt::$variant,)*];

            pub fn name(self) -> &'static str {
                match self { $(Rt::$variant => $name,)* }
            }

            pub fn params(self) -> &'static [ValType] {
                match self { $(Rt::$variant => &[$($param),*],)* }
            }

            pub fn results(self) -> &'static [ValType] {
                match self { $(Rt::$variant => &[$($result),*],)* }
            }
        }
    };
}

runtime_functions! {
    Init = "mlrt_init" (I32) -> ();
    Finish = "mlrt_finish" (I32) -> ();
    FramePush = "mlrt_frame_push" (I32) -> (I32);
    FramePop = "mlrt_frame_pop" (I32) -> ();
    GcPoll = "mlrt_gc_poll" () -> ();
    StrNew = "mlrt_str_new" (I32, I32) -> (I64);
    BytesNew = "mlrt_bytes_new" (I32, I32) -> (I64);
    IntFromStr = "mlrt_int_from_str" (I32, I32) -> (I64);
    FloatNew = "mlrt_float_new" (F64) -> (I64);
    TupleNew = "mlrt_tuple_new" (I32) -> (I64);
    TupleSet = "mlrt_tuple_set" (I64, I32, I64) -> ();
    TupleGet = "mlrt_tuple_get" (I64, I32) -> (I64);
    ListNew = "mlrt_list_new" (I32) -> (I64);
    ListAppend = "mlrt_list_append" (I64, I64) -> (I64);
    DictNew = "mlrt_dict_new" () -> (I64);
    DictSet = "mlrt_dict_set" (I64, I64, I64) -> (I64);
    SetNew = "mlrt_set_new" () -> (I64);
    SetAdd = "mlrt_set_add" (I64, I64) -> (I64);
    SliceNew = "mlrt_slice_new" (I64, I64, I64) -> (I64);
    Add = "mlrt_add" (I64, I64) -> (I64);
    Sub = "mlrt_sub" (I64, I64) -> (I64);
    Mul = "mlrt_mul" (I64, I64) -> (I64);
    TrueDiv = "mlrt_truediv" (I64, I64) -> (I64);
    FloorDiv = "mlrt_floordiv" (I64, I64) -> (I64);
    Mod = "mlrt_mod" (I64, I64) -> (I64);
    Pow = "mlrt_pow" (I64, I64) -> (I64);
    LShift = "mlrt_lshift" (I64, I64) -> (I64);
    RShift = "mlrt_rshift" (I64, I64) -> (I64);
    BitAnd = "mlrt_and" (I64, I64) -> (I64);
    BitOr = "mlrt_or" (I64, I64) -> (I64);
    BitXor = "mlrt_xor" (I64, I64) -> (I64);
    InplaceAdd = "mlrt_iadd" (I64, I64) -> (I64);
    Eq = "mlrt_eq" (I64, I64) -> (I64);
    Ne = "mlrt_ne" (I64, I64) -> (I64);
    Lt = "mlrt_lt" (I64, I64) -> (I64);
    Le = "mlrt_le" (I64, I64) -> (I64);
    Gt = "mlrt_gt" (I64, I64) -> (I64);
    Ge = "mlrt_ge" (I64, I64) -> (I64);
    Is = "mlrt_is" (I64, I64) -> (I64);
    Contains = "mlrt_contains" (I64, I64) -> (I64);
    Neg = "mlrt_neg" (I64) -> (I64);
    Pos = "mlrt_pos" (I64) -> (I64);
    Invert = "mlrt_invert" (I64) -> (I64);
    Truthy = "mlrt_truthy" (I64) -> (I32);
    GetItem = "mlrt_getitem" (I64, I64) -> (I64);
    SetItem = "mlrt_setitem" (I64, I64, I64) -> (I64);
    DelItem = "mlrt_delitem" (I64, I64) -> (I64);
    Iter = "mlrt_iter" (I64) -> (I64);
    Next = "mlrt_next" (I64) -> (I64);
    Unpack = "mlrt_unpack" (I64, I32) -> (I64);
    Str = "mlrt_str" (I64) -> (I64);
    Repr = "mlrt_repr" (I64) -> (I64);
    Format = "mlrt_format" (I64, I64) -> (I64);
    StrJoin = "mlrt_str_join" (I64) -> (I64);
    CallMethod = "mlrt_call_method" (I64, I64, I64, I64) -> (I64);
    GetAttr = "mlrt_getattr" (I64, I64) -> (I64);
    Print = "mlrt_print" (I64, I64, I64) -> (I64);
    Input = "mlrt_input" (I64) -> (I64);
    SysArgv = "mlrt_sys_argv" () -> (I64);
    SysExit = "mlrt_sys_exit" (I64) -> (I64);
    ReportUncaught = "mlrt_report_uncaught" () -> (I32);
    TracebackPush = "mlrt_traceback_push" (I64, I32) -> ();
    SetSourceFile = "mlrt_set_source_file" (I64) -> ();
    Raise = "mlrt_raise" (I64) -> (I64);
    RaiseNew = "mlrt_raise_new" (I32, I64) -> (I64);
    RaiseNameError = "mlrt_raise_name_error" (I64) -> (I64);
    RaiseUnboundLocal = "mlrt_raise_unbound_local" (I64) -> (I64);
    RaiseTypeError = "mlrt_raise_type_error" (I64) -> (I64);
    ExcClass = "mlrt_exc_class" (I32) -> (I64);
    ExcMatches = "mlrt_exc_matches" (I64) -> (I32);
    ExcCurrent = "mlrt_exc_current" () -> (I64);
    ExcClear = "mlrt_exc_clear" () -> ();
    ExcNew = "mlrt_exc_new" (I64, I64) -> (I64);
    // H15: statements (try/finally, with, match, starred targets).
    RaiseFrom = "mlrt_raise_from" (I64, I64) -> (I64);
    Reraise = "mlrt_reraise" (I64) -> (I64);
    ExcEnterHandler = "mlrt_exc_enter_handler" (I64, I32) -> (I64);
    ExcLeaveHandler = "mlrt_exc_leave_handler" () -> ();
    WithEnter = "mlrt_with_enter" (I64) -> (I64);
    WithExit = "mlrt_with_exit" (I64, I64) -> (I32);
    UnpackEx = "mlrt_unpack_ex" (I64, I32, I32) -> (I64);
    MatchSequence = "mlrt_match_sequence" (I64, I32, I32) -> (I64);
    MatchMapping = "mlrt_match_mapping" (I64, I64, I32) -> (I64);
    MatchClass = "mlrt_match_class" (I64, I64, I32, I64) -> (I64);
    BuiltinClass = "mlrt_builtin_class" (I32) -> (I64);
    Import = "mlrt_import" (I64) -> (I64);
    // H12: typed fast paths.
    FloatValue = "mlrt_float_value" (I64) -> (F64);
    WriteStr = "mlrt_write_str" (I64) -> ();
    // H14: classes and attributes.
    ClassNew = "mlrt_class_new" (I64, I64, I64) -> (I64);
    Super = "mlrt_super" (I64, I64) -> (I64);
    SetAttr = "mlrt_setattr" (I64, I64, I64) -> (I64);
    DelAttr = "mlrt_delattr" (I64, I64) -> (I64);
    // H13: functions as values, closures.
    Call = "mlrt_call" (I64, I64, I64) -> (I64);
    FunctionNew = "mlrt_function_new" (I32, I64, I64) -> (I64);
    BuiltinFunctionNew = "mlrt_builtin_function_new" (I32, I64) -> (I64);
    BindArgs = "mlrt_bind_args" (I64, I64, I64) -> (I64);
    CellNew = "mlrt_cell_new" (I64) -> (I64);
    CellGet = "mlrt_cell_get" (I64) -> (I64);
    CellSet = "mlrt_cell_set" (I64, I64) -> ();
    Len = "mlrt_len" (I64) -> (I64);
    // Inline fast paths of numbers.
    PowF64 = "mlrt_pow_f64" (F64, F64) -> (F64);
    // Generator expressions (generator.rs).
    GeneratorNew = "mlrt_generator_new" (I32, I32, I64) -> (I64);
    GeneratorFrame = "mlrt_generator_frame" (I64) -> (I32);
    GeneratorEscape = "mlrt_generator_escape" () -> (I64);
}

/// `mlrt_builtin_<name>(args: tuple, kwargs: dict|None) -> i64` exists for these builtins.
pub const GENERIC_BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "chr",
    "dict",
    "divmod",
    "enumerate",
    "float",
    "hash",
    "hex",
    "bin",
    "oct",
    "int",
    "iter",
    "len",
    "list",
    "max",
    "min",
    "next",
    "ord",
    "pow",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "sorted",
    "str",
    "sum",
    "tuple",
    "zip",
    "input",
    // H14: method decorators, attribute and class builtins.
    "staticmethod",
    "classmethod",
    "property",
    "issubclass",
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "callable",
    "isinstance",
    "type",
    // H13: builtins taking functions.
    "map",
    "filter",
    "id",
    "frozenset",
    "format",
    "slice",
    "ascii",
    "bytes",
];

/// Builtin exception kinds, the numbers `mlrt_exc_class`/`mlrt_raise_new` take: the table is
/// shared with the runtime (`runtime/src/exc_kinds.rs`).
pub mod exc_kind {
    macro_rules! exception_kinds {
        ($($kind:ident = $number:literal $name:literal $(: $parent:ident)?;)*) => {
            $(pub const $kind: i32 = $number;)*
            /// Class names by kind number.
            pub const NAMES: &[&str] = &[$($name),*];
        };
    }
    include!("../../runtime/src/exc_kinds.rs");
}

/// Builtin exception classes by their kind number.
pub const EXCEPTION_KINDS: &[&str] = exc_kind::NAMES;

pub const ASSERTION_ERROR: i32 = exc_kind::ASSERTION_ERROR;

pub fn exception_kind(name: &str) -> Option<i32> {
    EXCEPTION_KINDS
        .iter()
        .position(|k| *k == name)
        .map(|k| k as i32)
}

/// Value words (ABI.md "The value word").
pub mod word {
    pub const NONE: i64 = 0x03;
    pub const FALSE: i64 = 0x0B;
    pub const TRUE: i64 = 0x13;
    pub const EXC: i64 = 0x07;
    pub const UNBOUND: i64 = 0x0F;
    /// Small ints are `n << 1` for `n` in `[-2^62, 2^62)`.
    pub const SMALL_INT_MIN: i64 = -(1 << 62);
    pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

    pub fn small_int(n: i64) -> Option<i64> {
        (SMALL_INT_MIN..=SMALL_INT_MAX)
            .contains(&n)
            .then_some(n << 1)
    }

    pub fn bool(b: bool) -> i64 {
        if b { TRUE } else { FALSE }
    }
}
