//! Inline fast paths of subscripts (ABI.md "Inline fast paths"): `xs[i]` reads an item of a list
//! or a tuple and `xs[i] = v` writes an item of a list when `i` is a small int within range
//! (negative from the end, as in Python). Every other case (other types, slices, big ints,
//! indexes out of range) calls `mlrt_getitem` / `mlrt_setitem`, which dispatch and raise as
//! before.
use super::super::body::Label;
use super::super::runtime_api::Rt;
use super::super::{FunctionGen, Gen};
use super::layout::{self, field};
use crate::syntax::ast::Expr;
use wasm_encoder::{BlockType, Instruction as I, MemArg, MemArgTarget, ValType};

const ITEM: MemArg = MemArg {
    offset: 0,
    align: 3,
    target: MemArgTarget::Memory(0),
    ordering: None,
};

impl FunctionGen<'_, '_, '_> {
    /// `value[index]`: the item word.
    pub fn subscript(&mut self, value: &Expr, index: &Expr) -> Gen {
        self.operands(&[value, index])?;
        let object = self.body.new_local(ValType::I64);
        let key = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalSet(key));
        self.body.emit(I::LocalSet(object));
        self.item_get(object, key);
        Ok(())
    }

    /// `value[index] = item` where `item` waits in frame slot `slot`.
    pub fn subscript_store(&mut self, value: &Expr, index: &Expr, slot: u32) -> Gen {
        self.operands(&[value, index])?;
        let object = self.body.new_local(ValType::I64);
        let key = self.body.new_local(ValType::I64);
        let item = self.body.new_local(ValType::I64);
        self.body.emit(I::LocalSet(key));
        self.body.emit(I::LocalSet(object));
        self.body.load_slot(slot);
        self.body.emit(I::LocalSet(item));
        self.item_set(object, key, item);
        Ok(())
    }

    /// Pushes `object[key]` (words in locals).
    pub fn item_get(&mut self, object: u32, key: u32) {
        let done = self.body.block(BlockType::Result(ValType::I64));
        let slow = self.body.block(BlockType::Empty);
        self.item_address(object, key, true, slow);
        self.body.emit(I::I64Load(ITEM));
        self.body.br(done);
        self.body.end();
        self.body.emit(I::LocalGet(object));
        self.body.emit(I::LocalGet(key));
        self.body.call(Rt::GetItem);
        self.body.check();
        self.body.end();
    }

    /// `object[key] = item` (words in locals).
    pub fn item_set(&mut self, object: u32, key: u32, item: u32) {
        let done = self.body.block(BlockType::Empty);
        let slow = self.body.block(BlockType::Empty);
        self.item_address(object, key, false, slow);
        self.body.emit(I::LocalGet(item));
        self.body.emit(I::I64Store(ITEM));
        self.body.br(done);
        self.body.end();
        self.body.emit(I::LocalGet(object));
        self.body.emit(I::LocalGet(key));
        self.body.emit(I::LocalGet(item));
        self.body.call(Rt::SetItem);
        self.body.check_drop();
        self.body.end();
    }

    /// Pushes the address (i32) of item `key` of the list `object` (or tuple, with `tuples`),
    /// or branches to `slow`.
    fn item_address(&mut self, object: u32, key: u32, tuples: bool, slow: Label) {
        let ptr = self.body.fast_local("item.ptr", ValType::I32);
        let len = self.body.fast_local("item.len", ValType::I32);
        let base = self.body.fast_local("item.base", ValType::I32);
        let index = self.body.fast_local("item.index", ValType::I64);
        // A small int key and a heap object.
        self.body.emit(I::LocalGet(key));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32And);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(object));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::LocalTee(ptr));
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load8U(field(layout::HEADER_TAG, 0)));
        self.body.emit(I::LocalTee(len));
        self.body.emit(I::I32Const(layout::TAG_LIST));
        self.body.emit(I::I32Eq);
        self.body.if_(BlockType::Empty);
        self.load_list_bounds(ptr, len, base);
        self.body.else_();
        if tuples {
            self.body.emit(I::LocalGet(len));
            self.body.emit(I::I32Const(layout::TAG_TUPLE));
            self.body.emit(I::I32Ne);
            self.body.br_if(slow);
            self.body.emit(I::LocalGet(ptr));
            self.body.emit(I::I32Load(field(layout::TUPLE_LEN, 2)));
            self.body.emit(I::LocalSet(len));
            self.body.emit(I::LocalGet(ptr));
            self.body.emit(I::I32Const(layout::TUPLE_ITEMS as i32 - 1));
            self.body.emit(I::I32Add);
            self.body.emit(I::LocalSet(base));
        } else {
            self.body.br(slow);
        }
        self.body.end();
        // index = key >> 1, plus len when negative; then 0 <= index < len.
        self.body.emit(I::LocalGet(key));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64ShrS);
        self.body.emit(I::LocalTee(index));
        self.body.emit(I::LocalGet(len));
        self.body.emit(I::I64ExtendI32U);
        self.body.emit(I::I64Add);
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I64Const(0));
        self.body.emit(I::I64LtS);
        self.body.emit(I::Select);
        self.body.emit(I::LocalTee(index));
        self.body.emit(I::LocalGet(len));
        self.body.emit(I::I64ExtendI32U);
        self.body.emit(I::I64GeU);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(base));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(3));
        self.body.emit(I::I32Shl);
        self.body.emit(I::I32Add);
    }

    fn load_list_bounds(&mut self, ptr: u32, len: u32, base: u32) {
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::LIST_LEN, 2)));
        self.body.emit(I::LocalSet(len));
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::LIST_ITEMS, 2)));
        self.body.emit(I::LocalSet(base));
    }
}

impl FunctionGen<'_, '_, '_> {
    /// Start of `for x in v` with `v` on the stack: a list is iterated in place by index (as its
    /// iterator would: the length is read at every step), anything else through `mlrt_iter`.
    /// The list or the iterator goes to frame slot `slot`. Returns the locals (is a list, index).
    pub fn iteration_start(&mut self, slot: u32) -> (u32, u32) {
        let value = self.body.fast_local("iteration.value", ValType::I64);
        let is_list = self.body.new_local(ValType::I32);
        let index = self.body.new_local(ValType::I32);
        self.body.emit(I::I32Const(0));
        self.body.emit(I::LocalSet(index));
        self.body.emit(I::LocalTee(value));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Eq);
        self.body.if_(BlockType::Result(ValType::I32));
        self.body.emit(I::LocalGet(value));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Load8U(field(layout::HEADER_TAG, 0)));
        self.body.emit(I::I32Const(layout::TAG_LIST));
        self.body.emit(I::I32Eq);
        self.body.else_();
        self.body.emit(I::I32Const(0));
        self.body.end();
        self.body.emit(I::LocalTee(is_list));
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.emit(I::LocalGet(value));
        self.body.else_();
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::Iter);
        self.body.check();
        self.body.end();
        self.body.store_slot(slot);
        (is_list, index)
    }

    /// Pushes the next item of the loop started by `iteration_start`, or branches to
    /// `exhausted`.
    pub fn iteration_next(&mut self, slot: u32, is_list: u32, index: u32, exhausted: Label) {
        let ptr = self.body.fast_local("item.ptr", ValType::I32);
        self.body.emit(I::LocalGet(is_list));
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.load_slot(slot);
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::LocalTee(ptr));
        self.body.emit(I::I32Load(field(layout::LIST_LEN, 2)));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I32LeU);
        self.body.br_if(exhausted);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::LIST_ITEMS, 2)));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I32Const(3));
        self.body.emit(I::I32Shl);
        self.body.emit(I::I32Add);
        self.body.emit(I::I64Load(ITEM));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Add);
        self.body.emit(I::LocalSet(index));
        self.body.else_();
        self.body.load_slot(slot);
        self.body.call(Rt::Next);
        self.body.check();
        self.body.test_unbound();
        self.body.br_if(exhausted);
        self.body.emit(I::LocalGet(self.body.scratch.check));
        self.body.end();
    }
}

impl FunctionGen<'_, '_, '_> {
    /// Hook of method calls: `xs.append(v)` on a list appends directly; anything else (another
    /// type, a user class) is the generic method call. Returns false (emitting nothing) for other
    /// methods.
    pub fn fast_method_call(
        &mut self,
        object: &Expr,
        method: &str,
        args: &[Expr],
        keywords: &[crate::syntax::ast::Keyword],
    ) -> Gen<bool> {
        let [item] = args else {
            return Ok(false);
        };
        if method != "append"
            || !keywords.is_empty()
            || matches!(item.kind, crate::syntax::ast::ExprKind::Starred(_))
        {
            return Ok(false);
        }
        self.operands(&[object, item])?;
        let (list, value) = (
            self.body.new_local(ValType::I64),
            self.body.new_local(ValType::I64),
        );
        self.body.emit(I::LocalSet(value));
        self.body.emit(I::LocalSet(list));
        self.body.emit(I::LocalGet(list));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Eq);
        self.body.if_(BlockType::Result(ValType::I32));
        self.body.emit(I::LocalGet(list));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Load8U(field(layout::HEADER_TAG, 0)));
        self.body.emit(I::I32Const(layout::TAG_LIST));
        self.body.emit(I::I32Eq);
        self.body.else_();
        self.body.emit(I::I32Const(0));
        self.body.end();
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.emit(I::LocalGet(list));
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::ListAppend);
        self.body.check();
        self.body.else_();
        self.body.emit(I::I32Const(1));
        self.body.call(Rt::TupleNew);
        let tuple = self.body.fast_local("method.tuple", ValType::I64);
        self.body.emit(I::LocalSet(tuple));
        self.body.emit(I::LocalGet(tuple));
        self.body.emit(I::I32Const(0));
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::TupleSet);
        self.body.emit(I::LocalGet(list));
        self.string_constant(method);
        self.body.emit(I::LocalGet(tuple));
        self.body
            .emit(I::I64Const(super::super::runtime_api::word::NONE));
        self.body.call(Rt::CallMethod);
        self.body.check();
        self.body.end();
        Ok(true)
    }
}
