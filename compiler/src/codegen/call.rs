//! Calls: user functions (direct), builtins, `sys.exit`, methods of builtin values.
use super::function::default_slot_name;
use super::runtime_api::{GENERIC_BUILTINS, Rt, exception_kind, word};
use super::{FRAME_GLOBAL, FunctionGen, Gen, Place};
use crate::source::Span;
use crate::syntax::ast::{Expr, ExprKind, FunctionDef, Keyword};
use wasm_encoder::{BlockType, Instruction};

impl FunctionGen<'_, '_, '_> {
    pub fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword], span: Span) -> Gen {
        if let Some(r) = self.genexp_call(func, args, keywords, span) {
            return r;
        }
        if super::params::has_unpacking(args, keywords) {
            return self.call_with_unpacking(func, args, keywords);
        }
        match &func.kind {
            ExprKind::Name(name) if self.is_class_local(&name.id) => {
                self.call_value(func, args, keywords)
            }
            ExprKind::Name(name) => match self.place(&name.id) {
                Place::Global(_) if self.shared.functions.get(&name.id).is_some() => {
                    self.user_call(&name.id, args, keywords)
                }
                Place::Builtin => {
                    let builtin = self.builtin_name(&name.id);
                    self.builtin_call(builtin, args, keywords, func.span)
                }
                _ => self.call_value(func, args, keywords),
            },
            ExprKind::Attribute { value, attr } if self.is_sys(value) => {
                if attr.id != "exit" || args.len() > 1 || !keywords.is_empty() {
                    return Err(self.unsupported(span, "this sys function"));
                }
                match args.first() {
                    Some(code) => self.expr(code)?,
                    None => self.body.emit(Instruction::I64Const(word::NONE)),
                }
                self.body.call(Rt::SysExit);
                self.body.emit(Instruction::Drop);
                self.body.raise();
                // Unreachable, but the expression must leave a value for validation.
                self.body.emit(Instruction::I64Const(word::NONE));
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                if self.fast_method_call(value, &attr.id, args, keywords)? {
                    return Ok(());
                }
                self.expr(value)?;
                let object = self.body.alloc_temp();
                self.body.store_slot(object);
                self.tuple(args)?;
                let arguments = self.body.alloc_temp();
                self.body.store_slot(arguments);
                self.keywords_dict(keywords)?;
                let s = self.body.scratch;
                self.body.emit(Instruction::LocalSet(s.r));
                self.body.load_slot(object);
                self.string_constant(&attr.id);
                self.body.load_slot(arguments);
                self.body.emit(Instruction::LocalGet(s.r));
                self.body.call(Rt::CallMethod);
                self.body.check();
                self.body.free_temp();
                self.body.free_temp();
                Ok(())
            }
            _ => self.call_value(func, args, keywords),
        }
    }

    fn keyword<'k>(keywords: &'k [Keyword], name: &str) -> Option<&'k Expr> {
        keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.id == name))
            .map(|k| &k.value)
    }

    fn builtin_call(&mut self, name: &str, args: &[Expr], keywords: &[Keyword], span: Span) -> Gen {
        let only_keywords = |allowed: &[&str]| {
            keywords.iter().all(|k| {
                k.arg
                    .as_ref()
                    .is_some_and(|a| allowed.contains(&a.id.as_str()))
            })
        };
        if name == "print" && self.fast_print(args, keywords)? {
            return Ok(());
        }
        if self.fast_builtin(name, args, keywords)? {
            return Ok(());
        }
        match name {
            "super" => self.super_call(args, keywords, span)?,
            "print" if only_keywords(&["sep", "end"]) => {
                self.tuple(args)?;
                let arguments = self.body.alloc_temp();
                self.body.store_slot(arguments);
                let sep = self.body.alloc_temp();
                let end = self.body.alloc_temp();
                for (slot, keyword) in [(sep, "sep"), (end, "end")] {
                    match Self::keyword(keywords, keyword) {
                        Some(value) => self.expr(value)?,
                        None => self.body.emit(Instruction::I64Const(word::UNBOUND)),
                    }
                    self.body.store_slot(slot);
                }
                self.body.load_slot(arguments);
                self.body.load_slot(sep);
                self.body.load_slot(end);
                self.body.call(Rt::Print);
                self.body.check();
                for _ in 0..3 {
                    self.body.free_temp();
                }
            }
            "input" if keywords.is_empty() && args.len() <= 1 => {
                match args.first() {
                    Some(prompt) => self.expr(prompt)?,
                    None => self.body.emit(Instruction::I64Const(word::UNBOUND)),
                }
                self.body.call(Rt::Input);
                self.body.check();
            }
            "str" | "repr" if keywords.is_empty() && args.len() == 1 => {
                self.expr(&args[0])?;
                self.body
                    .call(if name == "str" { Rt::Str } else { Rt::Repr });
                self.body.check();
            }
            _ if exception_kind(name).is_some() => {
                if !keywords.is_empty() {
                    return Err(self.unsupported(span, "keyword arguments of exceptions"));
                }
                let kind = exception_kind(name).unwrap_or(0);
                self.tuple(args)?;
                let r = self.body.scratch.r;
                self.body.emit(Instruction::LocalSet(r));
                self.body.emit(Instruction::I32Const(kind));
                self.body.call(Rt::ExcClass);
                self.body.emit(Instruction::LocalGet(r));
                self.body.call(Rt::ExcNew);
                self.body.check();
            }
            _ => {
                let Some(index) = GENERIC_BUILTINS.iter().position(|b| *b == name) else {
                    let what = format!("the builtin {name}");
                    return Err(self.unsupported(span, &what));
                };
                self.call_builtin_with(index, args, keywords)?;
            }
        }
        Ok(())
    }

    /// Calls generic builtin `index` as `mlrt_builtin_<name>(args tuple, kwargs dict|None)`;
    /// `args` may contain `*iterable` and `keywords` `**mapping`.
    pub fn call_builtin_with(&mut self, index: usize, args: &[Expr], keywords: &[Keyword]) -> Gen {
        self.tuple(args)?;
        let arguments = self.body.alloc_temp();
        self.body.store_slot(arguments);
        self.keywords_dict(keywords)?;
        let r = self.body.scratch.r;
        self.body.emit(Instruction::LocalSet(r));
        self.body.load_slot(arguments);
        self.body.emit(Instruction::LocalGet(r));
        self.body.call_builtin(index);
        self.body.check();
        self.body.free_temp();
        Ok(())
    }

    /// Calls `mlrt_builtin_<name>(args, kwargs)` with both already on the stack.
    pub fn call_generic_builtin(&mut self, name: &str) {
        if let Some(index) = GENERIC_BUILTINS.iter().position(|b| *b == name) {
            self.body.call_builtin(index);
        }
    }

    /// A direct call of a module-level function: arguments matched to parameters at compile
    /// time; a mismatch raises the TypeError CPython would.
    fn user_call(&mut self, name: &str, args: &[Expr], keywords: &[Keyword]) -> Gen {
        let Some((index, def)) = self.shared.functions.get(name) else {
            return Ok(());
        };
        if self.fast_direct_call(index, def, name, args, keywords)? {
            return Ok(());
        }
        // Evaluate every argument in source order into its own slot.
        let mut slots = Vec::new();
        for value in args.iter().chain(keywords.iter().map(|k| &k.value)) {
            self.expr(value)?;
            let slot = self.body.alloc_temp();
            self.body.store_slot(slot);
            slots.push(slot);
        }
        let binding = bind_arguments(def, args.len(), keywords);
        let release = |this: &mut Self| {
            for _ in &slots {
                this.body.free_temp();
            }
        };
        let sources = match binding {
            Ok(sources) => sources,
            Err(message) => {
                self.string_constant(&message);
                self.body.call(Rt::RaiseTypeError);
                self.body.emit(Instruction::Drop);
                self.body.raise();
                self.body.emit(Instruction::I64Const(word::NONE));
                release(self);
                return Ok(());
            }
        };
        // The `def` must have run (it has when a function calls itself).
        if let Place::Global(slot) = self.place(name)
            && !self.is_self_call(index)
        {
            self.body.load_module_slot(FRAME_GLOBAL, slot);
            self.body.test_unbound();
            self.body.if_(BlockType::Empty);
            self.string_constant(name);
            self.body.call(Rt::RaiseNameError);
            self.body.emit(Instruction::Drop);
            self.body.raise();
            self.body.end();
        }
        for (param, source) in sources.iter().enumerate() {
            match source {
                Source::Argument(i) => self.body.load_slot(slots[*i]),
                Source::Default => {
                    let slot = self.shared.slots.named(&default_slot_name(name, param));
                    self.body.load_module_slot(FRAME_GLOBAL, slot);
                }
            }
        }
        self.body.emit(Instruction::Call(index));
        self.body.check();
        release(self);
        Ok(())
    }
}

/// Where a parameter's value comes from.
enum Source {
    /// The i-th argument in source order (positional first, then keywords).
    Argument(usize),
    Default,
}

/// Matches a call's arguments to `def`'s parameters, or CPython's TypeError message.
fn bind_arguments(
    def: &FunctionDef,
    positional: usize,
    keywords: &[Keyword],
) -> Result<Vec<Source>, String> {
    let name = &def.name.id;
    let params: Vec<_> = def.params.posonly.iter().chain(&def.params.args).collect();
    if positional > params.len() {
        let required = params.iter().filter(|p| p.default.is_none()).count();
        let takes = if required == params.len() {
            plural(params.len(), "positional argument")
        } else {
            format!("from {required} to {} positional arguments", params.len())
        };
        let were = if positional == 1 { "was" } else { "were" };
        return Err(format!(
            "{name}() takes {takes} but {positional} {were} given"
        ));
    }
    let mut sources: Vec<Option<Source>> = (0..params.len())
        .map(|i| (i < positional).then_some(Source::Argument(i)))
        .collect();
    for (k, keyword) in keywords.iter().enumerate() {
        let Some(arg) = &keyword.arg else {
            return Err(format!("{name}() got an unexpected ** argument"));
        };
        let position = params
            .iter()
            .position(|p| p.name.id == arg.id)
            .filter(|&i| i >= def.params.posonly.len());
        let Some(position) = position else {
            return Err(format!(
                "{name}() got an unexpected keyword argument '{}'",
                arg.id
            ));
        };
        if sources[position].is_some() {
            return Err(format!(
                "{name}() got multiple values for argument '{}'",
                arg.id
            ));
        }
        sources[position] = Some(Source::Argument(positional + k));
    }
    let mut missing = Vec::new();
    let mut result = Vec::new();
    for (param, source) in params.iter().zip(sources) {
        match source {
            Some(source) => result.push(source),
            None if param.default.is_some() => result.push(Source::Default),
            None => missing.push(format!("'{}'", param.name.id)),
        }
    }
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        let what = plural(missing.len(), "required positional argument");
        return Err(format!("{name}() missing {what}: {list}"));
    }
    Ok(result)
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
