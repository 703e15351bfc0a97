//! Inline fast paths of a few builtins called with plain positional arguments: `min(a, b)` and
//! `max(a, b)` of two small ints or two immediate floats, `len(x)` of a list, tuple or str,
//! `ord(c)` of a one-character ASCII str. Anything else calls the runtime's builtin, which
//! computes and raises exactly as before.
use super::super::body::Label;
use super::super::runtime_api::Rt;
use super::super::{FunctionGen, Gen};
use super::layout::{self, field};
use crate::syntax::ast::{Expr, ExprKind, Keyword};
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl FunctionGen<'_, '_, '_> {
    /// Hook of `builtin_call`: returns false (emitting nothing) when `name(args)` has no inline
    /// form here.
    pub fn fast_builtin(&mut self, name: &str, args: &[Expr], keywords: &[Keyword]) -> Gen<bool> {
        let plain =
            keywords.is_empty() && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if !plain {
            return Ok(false);
        }
        match (name, args) {
            ("min" | "max", [a, b]) => self.min_max(name == "min", a, b)?,
            ("len", [x]) => self.inline_len(x)?,
            ("ord", [x]) => self.inline_ord(x)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `min(a, b)` keeps `a` unless `b < a`; `max(a, b)` unless `b > a` (CPython's order).
    fn min_max(&mut self, min: bool, a: &Expr, b: &Expr) -> Gen {
        self.operands(&[a, b])?;
        let (x, y) = (
            self.body.new_local(ValType::I64),
            self.body.new_local(ValType::I64),
        );
        self.body.emit(I::LocalSet(y));
        self.body.emit(I::LocalSet(x));
        let done = self.body.block(BlockType::Result(ValType::I64));
        let not_ints = self.body.block(BlockType::Empty);
        self.body.emit(I::LocalGet(x));
        self.body.emit(I::LocalGet(y));
        self.body.emit(I::I64Or);
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32And);
        self.body.br_if(not_ints);
        self.body.emit(I::LocalGet(y));
        self.body.emit(I::LocalGet(x));
        self.body.emit(I::LocalGet(y));
        self.body.emit(I::LocalGet(x));
        self.body.emit(if min { I::I64LtS } else { I::I64GtS });
        self.body.emit(I::Select);
        self.body.br(done);
        self.body.end();
        let slow = self.body.block(BlockType::Empty);
        for w in [x, y] {
            self.is_immediate_float(w);
            self.body.emit(I::I32Eqz);
            self.body.br_if(slow);
        }
        self.body.emit(I::LocalGet(y));
        self.body.emit(I::LocalGet(x));
        self.decode_immediate_float(y);
        self.decode_immediate_float(x);
        self.body.emit(if min { I::F64Lt } else { I::F64Gt });
        self.body.emit(I::Select);
        self.body.br(done);
        self.body.end();
        self.body.emit(I::I32Const(2));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.fast_local("builtin.tuple", ValType::I64);
        self.body.emit(I::LocalSet(tuple));
        for (i, w) in [x, y].into_iter().enumerate() {
            self.body.emit(I::LocalGet(tuple));
            self.body.emit(I::I32Const(i as i32));
            self.body.emit(I::LocalGet(w));
            self.body.call(Rt::TupleSet);
        }
        self.body.emit(I::LocalGet(tuple));
        self.body
            .emit(I::I64Const(super::super::runtime_api::word::NONE));
        self.call_generic_builtin(if min { "min" } else { "max" });
        self.body.check();
        self.body.end();
        Ok(())
    }

    /// Branches to `slow` unless the word in `local` is a heap object; leaves its tag (i32) in
    /// `tag` and its address plus one in `ptr`.
    fn object_tag(&mut self, local: u32, ptr: u32, tag: u32, slow: Label) {
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::LocalTee(ptr));
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load8U(field(layout::HEADER_TAG, 0)));
        self.body.emit(I::LocalSet(tag));
    }

    fn inline_len(&mut self, x: &Expr) -> Gen {
        self.expr(x)?;
        let value = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalSet(value));
        let ptr = self.body.fast_local("builtin.ptr", ValType::I32);
        let tag = self.body.fast_local("builtin.tag", ValType::I32);
        let done = self.body.block(BlockType::Result(ValType::I64));
        let slow = self.body.block(BlockType::Empty);
        self.object_tag(value, ptr, tag, slow);
        for (object_tag, offset) in [
            (layout::TAG_LIST, layout::LIST_LEN),
            (layout::TAG_TUPLE, layout::TUPLE_LEN),
            (layout::TAG_STR, layout::STR_CLEN),
        ] {
            self.body.emit(I::LocalGet(tag));
            self.body.emit(I::I32Const(object_tag));
            self.body.emit(I::I32Eq);
            self.body.if_(BlockType::Empty);
            self.body.emit(I::LocalGet(ptr));
            self.body.emit(I::I32Load(field(offset, 2)));
            self.body.emit(I::I64ExtendI32U);
            self.body.emit(I::I64Const(1));
            self.body.emit(I::I64Shl);
            self.body.br(done);
            self.body.end();
        }
        self.body.end();
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::Len);
        self.body.check();
        self.body.end();
        Ok(())
    }

    fn inline_ord(&mut self, x: &Expr) -> Gen {
        let done = self.body.block(BlockType::Result(ValType::I64));
        if let ExprKind::Subscript { value: text, index } = &x.kind {
            // `ord(s[i])` of an ASCII str: the byte, without making the character.
            let (object, key) = (
                self.body.new_local(ValType::I64),
                self.body.new_local(ValType::I64),
            );
            self.operands(&[&**text, &**index])?;
            self.body.emit(I::LocalSet(key));
            self.body.emit(I::LocalSet(object));
            let not_ascii = self.body.block(BlockType::Empty);
            self.ascii_byte_at(object, key, not_ascii);
            self.body.emit(I::I64ExtendI32U);
            self.body.emit(I::I64Const(1));
            self.body.emit(I::I64Shl);
            self.body.br(done);
            self.body.end();
            self.item_get(object, key);
        } else {
            self.expr(x)?;
        }
        let value = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalSet(value));
        let ptr = self.body.fast_local("builtin.ptr", ValType::I32);
        let tag = self.body.fast_local("builtin.tag", ValType::I32);
        let slow = self.body.block(BlockType::Empty);
        self.object_tag(value, ptr, tag, slow);
        self.body.emit(I::LocalGet(tag));
        self.body.emit(I::I32Const(layout::TAG_STR));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        // One byte: one ASCII character.
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::STR_BLEN, 2)));
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load8U(field(layout::STR_BYTES, 0)));
        self.body.emit(I::I64ExtendI32U);
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64Shl);
        self.body.br(done);
        self.body.end();
        self.body.emit(I::I32Const(1));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.fast_local("builtin.tuple", ValType::I64);
        self.body.emit(I::LocalSet(tuple));
        self.body.emit(I::LocalGet(tuple));
        self.body.emit(I::I32Const(0));
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::TupleSet);
        self.body.emit(I::LocalGet(tuple));
        self.body
            .emit(I::I64Const(super::super::runtime_api::word::NONE));
        self.call_generic_builtin("ord");
        self.body.check();
        self.body.end();
        Ok(())
    }
}
