//! Parameters and calls by value: the signature tuple `mlrt_bind_args` reads, the uniform entry
//! `(closure, args, kwargs) -> v` of every function object, calls through `mlrt_call` (with
//! `*args`/`**kwargs` at the call site), and builtins used as values (`key=len`).
use super::body::{Body, builtin_target};
use super::closure::bound_params;
use super::runtime_api::{GENERIC_BUILTINS, Rt, word};
use super::{CompiledFunction, FunctionGen, Gen, Place, TABLE_BASE_GLOBAL};
use crate::syntax::ast::{Expr, ExprKind, Keyword, Parameters};
use wasm_encoder::{BlockType, Instruction};

/// Bits of the signature's flags (`runtime/src/bind.rs`).
const HAS_VARARGS: i64 = 1;
const HAS_VARKW: i64 = 2;

/// Builtin types usable as values, by `mlrt_builtin_class` kind (ABI.md "Builtins").
const BUILTIN_TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "NoneType",
    "type",
    "slice",
    "object",
    "bytes",
];
const FIRST_TYPE_KIND: i32 = 64;

fn small_int(n: usize) -> i64 {
    word::small_int(n as i64).unwrap_or(word::NONE)
}

impl FunctionGen<'_, '_, '_> {
    /// Pushes `(qualname, names, posonly, positional, kwonly, flags)` for `params`.
    pub fn signature_tuple(&mut self, qualname: &str, params: &Parameters) {
        let positional: Vec<&str> = params
            .posonly
            .iter()
            .chain(&params.args)
            .map(|p| p.name.id.as_str())
            .collect();
        let kwonly: Vec<&str> = params.kwonly.iter().map(|p| p.name.id.as_str()).collect();
        let flags = if params.vararg.is_some() {
            HAS_VARARGS
        } else {
            0
        } | if params.kwarg.is_some() { HAS_VARKW } else { 0 };
        let names: Vec<&str> = positional.iter().chain(&kwonly).copied().collect();
        self.constant_tuple(&names.iter().map(|n| Item::Str(n)).collect::<Vec<_>>());
        let names_tuple = self.body.alloc_temp();
        self.body.store_slot(names_tuple);
        self.constant_tuple(&[
            Item::Str(qualname),
            Item::Slot(names_tuple),
            Item::Word(small_int(params.posonly.len())),
            Item::Word(small_int(positional.len())),
            Item::Word(small_int(kwonly.len())),
            Item::Word(word::small_int(flags).unwrap_or(0)),
        ]);
        self.body.free_temp();
    }

    /// A tuple of items that need no user code (no collector poll while it is built).
    fn constant_tuple(&mut self, items: &[Item<'_>]) {
        let tuple = self.body.new_local(wasm_encoder::ValType::I64);
        self.body.emit(Instruction::I32Const(items.len() as i32));
        self.body.call(Rt::TupleNew);
        self.body.emit(Instruction::LocalSet(tuple));
        for (i, item) in items.iter().enumerate() {
            self.body.emit(Instruction::LocalGet(tuple));
            self.body.emit(Instruction::I32Const(i as i32));
            match item {
                Item::Str(text) => self.string_constant(text),
                Item::Slot(slot) => self.body.load_slot(*slot),
                Item::Word(w) => self.body.emit(Instruction::I64Const(*w)),
            }
            self.body.call(Rt::TupleSet);
        }
        self.body.emit(Instruction::LocalGet(tuple));
    }

    /// Compiles the uniform entry `(closure, args, kwargs)` of function `direct` (symbolic
    /// index), which takes the bound parameters of `params` (then the closure when
    /// `with_closure`); returns its function-table index. Plain positional calls of a function
    /// with only positional parameters skip `mlrt_bind_args`.
    pub fn uniform_entry(
        &mut self,
        name: &str,
        direct: u32,
        params: &Parameters,
        with_closure: bool,
    ) -> u32 {
        const CLOSURE: u32 = 0;
        const ARGS: u32 = 1;
        const KWARGS: u32 = 2;
        let count = bound_params(params).len() as u32;
        let positional_only_call =
            params.vararg.is_none() && params.kwonly.is_empty() && params.kwarg.is_none();
        let mut body = Body::new(3, 0);
        let bound = body.scratch.check;
        let call_direct = |body: &mut Body, from: u32| {
            for i in 0..count {
                body.emit(Instruction::LocalGet(from));
                body.emit(Instruction::I32Const(i as i32));
                body.call(Rt::TupleGet);
            }
            if with_closure {
                body.emit(Instruction::LocalGet(CLOSURE));
            }
            body.emit(Instruction::Call(direct));
        };
        if positional_only_call {
            // kwargs is None and len(args) == count: the arguments are the parameters.
            body.emit(Instruction::LocalGet(KWARGS));
            body.emit(Instruction::I64Const(word::NONE));
            body.emit(Instruction::I64Eq);
            body.emit(Instruction::LocalGet(ARGS));
            body.call(Rt::Len);
            body.emit(Instruction::I64Const(small_int(count as usize)));
            body.emit(Instruction::I64Eq);
            body.emit(Instruction::I32And);
            body.emit(Instruction::If(BlockType::Empty));
            call_direct(&mut body, ARGS);
            body.emit(Instruction::Return);
            body.emit(Instruction::End);
        }
        for param in [CLOSURE, ARGS, KWARGS] {
            body.emit(Instruction::LocalGet(param));
        }
        body.call(Rt::BindArgs);
        body.emit(Instruction::LocalTee(bound));
        body.emit(Instruction::I64Const(word::EXC));
        body.emit(Instruction::I64Eq);
        body.emit(Instruction::If(BlockType::Empty));
        body.emit(Instruction::I64Const(word::EXC));
        body.emit(Instruction::Return);
        body.emit(Instruction::End);
        call_direct(&mut body, bound);
        body.emit(Instruction::End);
        let entry_name = format!("{name} (entry)");
        let entry = self.push_extra(
            &entry_name,
            CompiledFunction {
                param_count: 3,
                body,
            },
        );
        self.table_entry(entry)
    }

    /// `func(*args, **kwargs)` for any callable value: `mlrt_call`.
    pub fn call_value(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Gen {
        self.expr(func)?;
        let callee = self.body.alloc_temp();
        self.body.store_slot(callee);
        self.tuple(args)?;
        let arguments = self.body.alloc_temp();
        self.body.store_slot(arguments);
        self.keywords_dict(keywords)?;
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.load_slot(callee);
        self.body.load_slot(arguments);
        self.body.emit(Instruction::LocalGet(r));
        self.body.call(Rt::Call);
        self.body.check();
        self.body.free_temp();
        self.body.free_temp();
        Ok(())
    }

    /// The keyword arguments as a dict (`**mapping` merged in order), or None when there are none.
    pub fn keywords_dict(&mut self, keywords: &[Keyword]) -> Gen {
        if keywords.is_empty() {
            self.body.emit(Instruction::I64Const(word::NONE));
            return Ok(());
        }
        self.body.call(Rt::DictNew);
        let dict = self.body.alloc_temp();
        self.body.store_slot(dict);
        for keyword in keywords {
            let Some(name) = &keyword.arg else {
                self.merge_display(dict, &keyword.value)?;
                continue;
            };
            self.expr(&keyword.value)?;
            let r = self.body.scratch.r;
            self.body.emit(Instruction::LocalSet(r));
            self.body.load_slot(dict);
            self.string_constant(&name.id);
            self.body.emit(Instruction::LocalGet(r));
            self.body.call(Rt::DictSet);
            self.body.check_drop();
        }
        self.body.load_slot(dict);
        self.body.free_temp();
        Ok(())
    }

    /// Calls with `*iterable` or `**mapping` arguments: builtins and methods take the built
    /// tuple and dict; anything else is called by value.
    pub fn call_with_unpacking(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Gen {
        match &func.kind {
            ExprKind::Name(name) if self.place(&name.id) == Place::Builtin => {
                let builtin = self.builtin_name(&name.id).to_owned();
                let Some(index) = GENERIC_BUILTINS.iter().position(|b| *b == builtin) else {
                    let what = format!("unpacking arguments of the builtin {builtin}");
                    return Err(self.unsupported(func.span, &what));
                };
                self.call_builtin_with(index, args, keywords)
            }
            ExprKind::Attribute { value, attr } if !self.is_sys(value) => {
                self.expr(value)?;
                let object = self.body.alloc_temp();
                self.body.store_slot(object);
                self.tuple(args)?;
                let arguments = self.body.alloc_temp();
                self.body.store_slot(arguments);
                self.keywords_dict(keywords)?;
                let r = self.body.scratch.r;
                self.body.emit(Instruction::LocalSet(r));
                self.body.load_slot(object);
                self.string_constant(&attr.id);
                self.body.load_slot(arguments);
                self.body.emit(Instruction::LocalGet(r));
                self.body.call(Rt::CallMethod);
                self.body.check();
                self.body.free_temp();
                self.body.free_temp();
                Ok(())
            }
            _ => self.call_value(func, args, keywords),
        }
    }

    /// A builtin name used as a value: its class (`int`, `str`, ...) or a builtin function
    /// object (`len`); `None` when it is neither.
    pub fn builtin_value(&mut self, id: &str) -> Option<Gen> {
        let name = self.builtin_name(id).to_owned();
        if let Some(kind) = BUILTIN_TYPES.iter().position(|t| *t == name) {
            self.body
                .emit(Instruction::I32Const(FIRST_TYPE_KIND + kind as i32));
            self.body.call(Rt::BuiltinClass);
            return Some(Ok(()));
        }
        let index = GENERIC_BUILTINS.iter().position(|b| *b == name)?;
        let entry = self.table_entry(builtin_target(index));
        self.body.emit(Instruction::GlobalGet(TABLE_BASE_GLOBAL));
        self.body.emit(Instruction::I32Const(entry as i32));
        self.body.emit(Instruction::I32Add);
        self.string_constant(&name);
        self.body.call(Rt::BuiltinFunctionNew);
        self.body.check();
        Some(Ok(()))
    }
}

/// Does a call unpack arguments (`f(*xs)`, `f(**kw)`)?
pub fn has_unpacking(args: &[Expr], keywords: &[Keyword]) -> bool {
    args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
        || keywords.iter().any(|k| k.arg.is_none())
}

enum Item<'t> {
    Str(&'t str),
    Slot(u32),
    Word(i64),
}
