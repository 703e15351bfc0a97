//! Python's structural `match`: each case's pattern is tested against the subject held in a
//! frame slot, branching to the next case on the first mismatch. Sequence, mapping and class
//! patterns ask the runtime (`mlrt_match_*`) for the sub-subjects, or `None` when the shape does
//! not fit. Captures are bound as the test goes (CPython leaves the bindings of a failed case
//! unspecified too).
use super::body::Label;
use super::runtime_api::{Rt, word};
use super::try_stmt::name_expr;
use super::{FunctionGen, Gen, Place};
use crate::syntax::ast::{Expr, ExprKind, MatchCase, Name, Pattern, PatternKind};
use wasm_encoder::{BlockType, Instruction};

/// Nesting limit of patterns when collecting the names they bind.
const MAX_PATTERN_DEPTH: u32 = 200;

/// The names a pattern binds (captures, `as` names, `*rest`, `**rest`).
pub fn pattern_captures<'p>(pattern: &'p Pattern, out: &mut Vec<&'p Name>) {
    captures(pattern, out, 0);
}

fn captures<'p>(pattern: &'p Pattern, out: &mut Vec<&'p Name>, depth: u32) {
    if depth > MAX_PATTERN_DEPTH {
        return;
    }
    let mut visit = |p: &'p Pattern| captures(p, out, depth + 1);
    match &pattern.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => {}
        PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().for_each(visit),
        PatternKind::Star(name) => out.extend(name),
        PatternKind::Mapping { patterns, rest, .. } => {
            patterns.iter().for_each(&mut visit);
            out.extend(rest);
        }
        PatternKind::Class {
            patterns,
            kwd_patterns,
            ..
        } => patterns.iter().chain(kwd_patterns).for_each(visit),
        PatternKind::As { pattern, name } => {
            if let Some(pattern) = pattern {
                visit(pattern);
            }
            out.extend(name);
        }
    }
}

impl FunctionGen<'_, '_, '_> {
    pub fn match_statement(&mut self, subject: &Expr, cases: &[MatchCase]) -> Gen {
        self.expr(subject)?;
        let subject_slot = self.body.alloc_temp();
        self.body.store_slot(subject_slot);
        let done = self.body.block(BlockType::Empty);
        let mut result = Ok(());
        for case in cases {
            let next = self.body.block(BlockType::Empty);
            let line = self.line_of(case.span);
            self.body.set_line(line);
            let tested = self
                .pattern(&case.pattern, subject_slot, next)
                .and_then(|()| {
                    if let Some(guard) = &case.guard {
                        self.condition(guard)?;
                        self.body.emit(Instruction::I32Eqz);
                        self.body.br_if(next);
                    }
                    Ok(())
                });
            if tested.is_err() {
                result = tested;
            }
            self.statements(&case.body);
            self.body.br(done);
            self.body.end();
        }
        self.body.end();
        self.body.free_temp();
        result
    }

    /// Tests the value in slot `subject` against `pattern`; branches to `fail` when it does not
    /// match.
    fn pattern(&mut self, pattern: &Pattern, subject: u32, fail: Label) -> Gen {
        self.enter(pattern.span)?;
        let temps = self.body.temps_in_use();
        let result = self.pattern_inner(pattern, subject, fail);
        self.body.reset_temps(temps);
        self.leave();
        result
    }

    fn pattern_inner(&mut self, pattern: &Pattern, subject: u32, fail: Label) -> Gen {
        match &pattern.kind {
            PatternKind::Value(value) => {
                self.body.load_slot(subject);
                self.expr(value)?;
                self.body.call(Rt::Eq);
                self.body.check();
                self.truthy();
                self.body.emit(Instruction::I32Eqz);
                self.body.br_if(fail);
            }
            PatternKind::Singleton(value) => {
                self.body.load_slot(subject);
                self.expr(value)?;
                self.body.emit(Instruction::I64Ne);
                self.body.br_if(fail);
            }
            PatternKind::As { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.pattern(pattern, subject, fail)?;
                }
                if let Some(name) = name {
                    self.body.load_slot(subject);
                    self.assign_top(&name_expr(name))?;
                }
            }
            PatternKind::Or(alternatives) => {
                let Some((last, others)) = alternatives.split_last() else {
                    self.body.br(fail);
                    return Ok(());
                };
                let matched = self.body.block(BlockType::Empty);
                for alternative in others {
                    let next = self.body.block(BlockType::Empty);
                    self.pattern(alternative, subject, next)?;
                    self.body.br(matched);
                    self.body.end();
                }
                self.pattern(last, subject, fail)?;
                self.body.end();
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, subject, fail)?,
            PatternKind::Star(_) => {
                return Err(self.unsupported(pattern.span, "a star pattern here"));
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.body.load_slot(subject);
                self.tuple(keys)?;
                self.body
                    .emit(Instruction::I32Const(i32::from(rest.is_some())));
                self.body.call(Rt::MatchMapping);
                let parts = self.shape_test(fail);
                self.sub_patterns(patterns.iter().map(Some), parts, fail)?;
                if let Some(rest) = rest {
                    self.body.load_slot(parts);
                    self.body.emit(Instruction::I32Const(patterns.len() as i32));
                    self.body.call(Rt::TupleGet);
                    self.assign_top(&name_expr(rest))?;
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_names,
                kwd_patterns,
            } => {
                self.body.load_slot(subject);
                self.class_value(cls)?;
                self.body.emit(Instruction::I32Const(patterns.len() as i32));
                let names: Vec<Expr> = kwd_names
                    .iter()
                    .map(|name| Expr {
                        kind: ExprKind::Str(name.id.clone()),
                        span: name.span,
                    })
                    .collect();
                self.tuple(&names)?;
                self.body.call(Rt::MatchClass);
                let parts = self.shape_test(fail);
                let all = patterns.iter().chain(kwd_patterns).map(Some);
                self.sub_patterns(all, parts, fail)?;
            }
        }
        Ok(())
    }

    /// `[p, *rest, q]` / `(p, q)`.
    fn sequence_pattern(&mut self, items: &[Pattern], subject: u32, fail: Label) -> Gen {
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let fixed = items.len() - usize::from(star.is_some());
        self.body.load_slot(subject);
        self.body.emit(Instruction::I32Const(fixed as i32));
        self.body
            .emit(Instruction::I32Const(star.map_or(-1, |s| s as i32)));
        self.body.call(Rt::MatchSequence);
        let parts = self.shape_test(fail);
        // The star's list is bound by name; other items are sub-patterns.
        let subs = items.iter().map(|p| match &p.kind {
            PatternKind::Star(_) => None,
            _ => Some(p),
        });
        self.sub_patterns(subs, parts, fail)?;
        if let Some((index, PatternKind::Star(Some(name)))) = star.map(|s| (s, &items[s].kind)) {
            self.body.load_slot(parts);
            self.body.emit(Instruction::I32Const(index as i32));
            self.body.call(Rt::TupleGet);
            self.assign_top(&name_expr(name))?;
        }
        Ok(())
    }

    /// The class of a class pattern (builtin types such as `int(x)` and `str()` included).
    fn class_value(&mut self, cls: &Expr) -> Gen {
        if let ExprKind::Name(name) = &cls.kind
            && self.place(&name.id) == Place::Builtin
            && let Some(kind) = builtin_type_kind(self.builtin_name(&name.id))
        {
            self.body.emit(Instruction::I32Const(kind));
            self.body.call(Rt::BuiltinClass);
            return Ok(());
        }
        self.expr(cls)
    }

    /// After a `mlrt_match_*` call: fails on `None`, else keeps the tuple of sub-subjects in a
    /// new temporary slot (returned).
    fn shape_test(&mut self, fail: Label) -> u32 {
        self.body.check();
        let check = self.body.scratch.check;
        self.body.emit(Instruction::LocalTee(check));
        self.body.emit(Instruction::I64Const(word::NONE));
        self.body.emit(Instruction::I64Eq);
        self.body.br_if(fail);
        let parts = self.body.alloc_temp();
        self.body.emit(Instruction::LocalGet(check));
        self.body.store_slot(parts);
        parts
    }

    /// Tests item `i` of the tuple in slot `parts` against the `i`-th pattern (`None`: skip).
    fn sub_patterns<'p>(
        &mut self,
        patterns: impl Iterator<Item = Option<&'p Pattern>>,
        parts: u32,
        fail: Label,
    ) -> Gen {
        let item = self.body.alloc_temp();
        for (i, pattern) in patterns.enumerate() {
            let Some(pattern) = pattern else { continue };
            if is_wildcard(pattern) {
                continue;
            }
            self.body.load_slot(parts);
            self.body.emit(Instruction::I32Const(i as i32));
            self.body.call(Rt::TupleGet);
            self.body.store_slot(item);
            self.pattern(pattern, item, fail)?;
        }
        Ok(())
    }
}

/// `mlrt_builtin_class` kinds of the builtin types (ABI.md "Builtins").
fn builtin_type_kind(name: &str) -> Option<i32> {
    const TYPES: &[&str] = &[
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
    let kind = TYPES.iter().position(|t| *t == name)?;
    Some(64 + kind as i32)
}

fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(
        pattern.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}
