//! Immediate floats in generated code (ABI.md "The value word"): a float word with low bits
//! `101` carries its value inline; decoding and encoding are a few integer instructions. Floats
//! outside the immediate window are boxed by the runtime (`mlrt_float_new`) and read through it
//! (`mlrt_float_value`).
use super::super::FunctionGen;
use super::super::body::Label;
use super::super::runtime_api::Rt;
use wasm_encoder::{BlockType, Instruction as I, ValType};

pub const FLOAT_TAG: i64 = 0b101;
/// Subtracted from the float's bits rotated left by one (runtime `value.rs`).
const EXPONENT_OFFSET: i64 = 896 << 53;
/// Payloads `[2, 2^61)` are floats of the window; 0 and 1 are the two zeros.
const PAYLOAD_LIMIT: i64 = 1 << 61;
/// Flipping this bit of an immediate float negates it (the payload's lowest bit is the sign).
pub const SIGN_BIT: i64 = 1 << 3;

/// The immediate word of float `v`, when it has one (the runtime's `value::imm_float`).
pub fn immediate_float(v: f64) -> Option<i64> {
    let rotated = v.to_bits().rotate_left(1) as i64;
    let payload = rotated.wrapping_sub(EXPONENT_OFFSET);
    if (payload.wrapping_sub(2) as u64) < (PAYLOAD_LIMIT - 2) as u64 {
        return Some(payload << 3 | FLOAT_TAG);
    }
    if (rotated as u64) < 2 {
        return Some(rotated << 3 | FLOAT_TAG);
    }
    None
}

impl FunctionGen<'_, '_, '_> {
    /// i32: whether the word in `local` is an immediate float.
    pub fn is_immediate_float(&mut self, local: u32) {
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(FLOAT_TAG as i32));
        self.body.emit(I::I32Eq);
    }

    /// Pushes the f64 of the immediate float word in `local`.
    pub fn decode_immediate_float(&mut self, local: u32) {
        let payload = self.body.fast_local("float.payload", ValType::I64);
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(3));
        self.body.emit(I::I64ShrU);
        self.body.emit(I::LocalTee(payload));
        self.body.emit(I::I64Const(EXPONENT_OFFSET));
        self.body.emit(I::I64Const(0));
        self.body.emit(I::LocalGet(payload));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64GtU);
        self.body.emit(I::Select);
        self.body.emit(I::I64Add);
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64Rotr);
        self.body.emit(I::F64ReinterpretI64);
    }

    /// Pushes the f64 of the number word in `local` when it is an immediate float or a small int
    /// (converted as Python's `float()`); branches to `slow` otherwise.
    pub fn number_word_as_f64(&mut self, local: u32, slow: Label) {
        self.is_immediate_float(local);
        self.body.if_(BlockType::Result(ValType::F64));
        self.decode_immediate_float(local);
        self.body.else_();
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32And);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(local));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64ShrS);
        self.body.emit(I::F64ConvertI64S);
        self.body.end();
    }

    /// The f64 on the stack -> its float word: immediate when the value is in the window, else
    /// boxed by the runtime (which may raise MemoryError).
    pub fn encode_float(&mut self) {
        let value = self.body.fast_local("float.value", ValType::F64);
        let payload = self.body.fast_local("float.payload", ValType::I64);
        self.body.emit(I::LocalTee(value));
        self.body.emit(I::I64ReinterpretF64);
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64Rotl);
        self.body.emit(I::I64Const(EXPONENT_OFFSET));
        self.body.emit(I::I64Sub);
        self.body.emit(I::LocalTee(payload));
        self.body.emit(I::I64Const(2));
        self.body.emit(I::I64Sub);
        self.body.emit(I::I64Const(PAYLOAD_LIMIT - 2));
        self.body.emit(I::I64LtU);
        self.body.if_(BlockType::Result(ValType::I64));
        self.body.emit(I::LocalGet(payload));
        self.body.emit(I::I64Const(3));
        self.body.emit(I::I64Shl);
        self.body.emit(I::I64Const(FLOAT_TAG));
        self.body.emit(I::I64Or);
        self.body.else_();
        self.body.emit(I::LocalGet(value));
        self.body.call(Rt::FloatNew);
        self.body.check();
        self.body.end();
    }

    /// The number word on the stack -> its f64 (the caller guarantees an int, bool or float):
    /// immediate floats and small ints inline, anything else through `mlrt_float_value`.
    pub fn word_to_f64(&mut self) {
        let word = self.body.fast_local("float.word", ValType::I64);
        self.body.emit(I::LocalSet(word));
        let done = self.body.block(BlockType::Result(ValType::F64));
        let slow = self.body.block(BlockType::Empty);
        self.number_word_as_f64(word, slow);
        self.body.br(done);
        self.body.end();
        self.body.emit(I::LocalGet(word));
        self.body.call(Rt::FloatValue);
        self.body.end();
    }
}
