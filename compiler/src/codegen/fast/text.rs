//! Inline comparisons with a one-character ASCII str literal (`c == " "`, `c >= "0"`): when the
//! other operand is a str, the result follows from its length and first byte (UTF-8 byte order
//! is code point order); any other operand goes through the runtime's comparison. When that
//! operand is `s[i]` of an ASCII str, the byte is compared without making the character.
use super::super::body::Label;
use super::super::runtime_api::Rt;
use super::super::{FunctionGen, Gen};
use super::layout::{self, field};
use crate::syntax::ast::{CmpOp, Expr, ExprKind};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// The byte of a one-character ASCII str literal.
fn ascii_char(e: &Expr) -> Option<u8> {
    match &e.kind {
        ExprKind::Str(text) if text.len() == 1 && text.is_ascii() => Some(text.as_bytes()[0]),
        _ => None,
    }
}

/// `op` with its operands swapped (`a < b` is `b > a`).
fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

/// The unsigned i32 comparison and the runtime comparison of `op`.
fn comparison(op: CmpOp) -> Option<(I<'static>, Rt)> {
    Some(match op {
        CmpOp::Eq => (I::I32Eq, Rt::Eq),
        CmpOp::NotEq => (I::I32Ne, Rt::Ne),
        CmpOp::Lt => (I::I32LtU, Rt::Lt),
        CmpOp::LtE => (I::I32LeU, Rt::Le),
        CmpOp::Gt => (I::I32GtU, Rt::Gt),
        CmpOp::GtE => (I::I32GeU, Rt::Ge),
        _ => return None,
    })
}

/// `other op "c"` (written `"c" op other` when `literal_first`; `op` is then already swapped).
struct CharComparison {
    op: CmpOp,
    c: u8,
    literal_first: bool,
}

impl FunctionGen<'_, '_, '_> {
    /// Hook of `condition()`: `x op "c"` or `"c" op x` as an i32; false (emitting nothing) for
    /// other comparisons.
    pub fn text_condition(&mut self, e: &Expr) -> Gen<bool> {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        else {
            return Ok(false);
        };
        let ([op], [right]) = (ops.as_slice(), comparators.as_slice()) else {
            return Ok(false);
        };
        let (other, cmp) = match (ascii_char(left), ascii_char(right)) {
            (_, Some(c)) => (
                &**left,
                CharComparison {
                    op: *op,
                    c,
                    literal_first: false,
                },
            ),
            (Some(c), None) => (
                right,
                CharComparison {
                    op: swapped(*op),
                    c,
                    literal_first: true,
                },
            ),
            (None, None) => return Ok(false),
        };
        if comparison(cmp.op).is_none() {
            return Ok(false);
        }
        let done = self.body.block(BlockType::Result(ValType::I32));
        let value = self.body.new_local(ValType::I64);
        if let ExprKind::Subscript { value: text, index } = &other.kind {
            let (object, key) = (
                self.body.new_local(ValType::I64),
                self.body.new_local(ValType::I64),
            );
            self.operands(&[&**text, &**index])?;
            self.body.emit(I::LocalSet(key));
            self.body.emit(I::LocalSet(object));
            let not_ascii = self.body.block(BlockType::Empty);
            self.ascii_byte_at(object, key, not_ascii);
            self.rank_of_byte();
            self.compare_rank(&cmp);
            self.body.br(done);
            self.body.end();
            self.item_get(object, key);
        } else {
            self.expr(other)?;
        }
        self.body.emit(I::LocalSet(value));
        self.compare_with_char(value, &cmp, done);
        self.body.end();
        Ok(true)
    }

    /// The i32 comparison of the word in `value` with the character, then `br done`.
    fn compare_with_char(&mut self, value: u32, cmp: &CharComparison, done: Label) {
        let ptr = self.body.fast_local("text.ptr", ValType::I32);
        let length = self.body.fast_local("text.length", ValType::I32);
        let slow = self.body.block(BlockType::Empty);
        self.body.emit(I::LocalGet(value));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::LocalTee(ptr));
        self.body.emit(I::I32Const(7));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load8U(field(layout::HEADER_TAG, 0)));
        self.body.emit(I::I32Const(layout::TAG_STR));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        // The rank of a str against "c" (whose rank is 2c+1): 0 when empty, else 2 * its first
        // byte + 1, plus 1 when longer than one byte.
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::STR_BLEN, 2)));
        self.body.emit(I::LocalTee(length));
        self.body.if_(BlockType::Result(ValType::I32));
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load8U(field(layout::STR_BYTES, 0)));
        self.rank_of_byte();
        self.body.emit(I::LocalGet(length));
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32GtU);
        self.body.emit(I::I32Add);
        self.body.else_();
        self.body.emit(I::I32Const(0));
        self.body.end();
        self.compare_rank(cmp);
        self.body.br(done);
        self.body.end();
        // The runtime compares in source order (a user `__eq__`/`__lt__` sees its operands so).
        let literal = self.body.new_local(ValType::I64);
        self.string_constant(&char::from(cmp.c).to_string());
        self.body.emit(I::LocalSet(literal));
        let (first, second, op) = if cmp.literal_first {
            (literal, value, swapped(cmp.op))
        } else {
            (value, literal, cmp.op)
        };
        let generic = comparison(op).map_or(Rt::Eq, |(_, rt)| rt);
        self.body.emit(I::LocalGet(first));
        self.body.emit(I::LocalGet(second));
        self.body.call(generic);
        self.body.check();
        self.truthy();
        self.body.br(done);
    }

    /// The byte on the stack (a one-character str) -> its rank.
    fn rank_of_byte(&mut self) {
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Shl);
        self.body.emit(I::I32Const(1));
        self.body.emit(I::I32Add);
    }

    /// The rank on the stack compared with the character's.
    fn compare_rank(&mut self, cmp: &CharComparison) {
        let Some((native, _)) = comparison(cmp.op) else {
            return;
        };
        self.body.emit(I::I32Const(2 * i32::from(cmp.c) + 1));
        self.body.emit(native);
    }

    /// Pushes byte `key` (an index within range, negative from the end) of the ASCII str
    /// `object`, or branches to `slow`.
    pub fn ascii_byte_at(&mut self, object: u32, key: u32, slow: Label) {
        let ptr = self.body.fast_local("text.ptr", ValType::I32);
        let length = self.body.fast_local("text.length", ValType::I32);
        let index = self.body.fast_local("text.index", ValType::I64);
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
        self.body.emit(I::I32Const(layout::TAG_STR));
        self.body.emit(I::I32Ne);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body
            .emit(I::I32Load16U(field(layout::HEADER_FLAGS, 1)));
        self.body.emit(I::I32Const(layout::STR_ASCII));
        self.body.emit(I::I32And);
        self.body.emit(I::I32Eqz);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::I32Load(field(layout::STR_BLEN, 2)));
        self.body.emit(I::LocalSet(length));
        // index = key >> 1, plus the length when negative; then 0 <= index < length.
        self.body.emit(I::LocalGet(key));
        self.body.emit(I::I64Const(1));
        self.body.emit(I::I64ShrS);
        self.body.emit(I::LocalTee(index));
        self.body.emit(I::LocalGet(length));
        self.body.emit(I::I64ExtendI32U);
        self.body.emit(I::I64Add);
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I64Const(0));
        self.body.emit(I::I64LtS);
        self.body.emit(I::Select);
        self.body.emit(I::LocalTee(index));
        self.body.emit(I::LocalGet(length));
        self.body.emit(I::I64ExtendI32U);
        self.body.emit(I::I64GeU);
        self.body.br_if(slow);
        self.body.emit(I::LocalGet(ptr));
        self.body.emit(I::LocalGet(index));
        self.body.emit(I::I32WrapI64);
        self.body.emit(I::I32Add);
        self.body.emit(I::I32Load8U(field(layout::STR_BYTES, 0)));
    }
}
