//! The generic function's first move: run the clone when it is enabled and the arguments are
//! small ints, floats or bools as the clone expects, and box its result; after a bail, disable
//! the clone and fall through to the generic body (which runs the call again).
use super::{Clone, Scalar};
use crate::codegen::body::{Body, call_target};
use crate::codegen::fast::{GC_DEPTH, GC_RECURSION_LIMIT};
use crate::codegen::runtime_api::{Rt, word};
use crate::codegen::{FRAME_GLOBAL, GC_STATE_GLOBAL, Shared};
use wasm_encoder::{BlockType, Instruction, MemArg, MemArgTarget, ValType};

use Instruction as I;

fn gc_field(offset: u64) -> [Instruction<'static>; 2] {
    [
        I::GlobalGet(GC_STATE_GLOBAL),
        I::I32Load(MemArg {
            offset,
            align: 2,
            target: MemArgTarget::Memory(0),
            ordering: None,
        }),
    ]
}

/// The code to put before the generic function's prologue (its frame is not pushed yet).
/// `name` and `line` identify the function in a traceback.
pub fn entry_code(
    shared: &mut Shared<'_, '_>,
    body: &mut Body,
    clone: &Clone,
    name: &str,
    line: u32,
) -> Vec<Instruction<'static>> {
    let mut code = vec![
        I::Block(BlockType::Empty),
        I::GlobalGet(clone.disabled),
        I::BrIf(0),
    ];
    for (param, kind) in clone.params.iter().enumerate() {
        let param = param as u32;
        match kind {
            // Not a small int (a big int, or a bool the clone would print as an int).
            Scalar::Int => code.extend([
                I::LocalGet(param),
                I::I64Const(1),
                I::I64And,
                I::I32WrapI64,
                I::BrIf(0),
            ]),
            Scalar::Bool => code.extend([
                I::LocalGet(param),
                I::I64Const(word::TRUE),
                I::I64Ne,
                I::LocalGet(param),
                I::I64Const(word::FALSE),
                I::I64Ne,
                I::I32And,
                I::BrIf(0),
            ]),
            // The inferred type promises a float.
            Scalar::Float => {}
        }
    }
    // The clone may nest as many calls as frames remain below the recursion limit.
    code.extend(gc_field(GC_RECURSION_LIMIT));
    code.extend(gc_field(GC_DEPTH));
    let budget = body.new_local(ValType::I32);
    code.extend([I::I32Sub, I::LocalSet(budget)]);
    for (param, kind) in clone.params.iter().enumerate() {
        code.push(I::LocalGet(param as u32));
        match kind {
            Scalar::Int => code.extend([I::I64Const(1), I::I64ShrS]),
            Scalar::Bool => code.extend([I::I64Const(word::TRUE), I::I64Eq]),
            Scalar::Float => code.push(I::Call(call_target(Rt::FloatValue))),
        }
    }
    let result = body.new_local(clone.result.val_type());
    code.extend([
        I::LocalGet(budget),
        I::Call(clone.function),
        // The bail flag (the budget local is free again).
        I::LocalSet(budget),
        I::LocalSet(result),
        I::LocalGet(budget),
        I::If(BlockType::Empty),
        I::I32Const(1),
        I::GlobalSet(clone.disabled),
        I::Br(1),
        I::End,
    ]);
    match clone.result {
        Scalar::Int => {
            // A result beyond the small ints is left to the generic body, which makes the big
            // int (and may raise MemoryError with a proper traceback).
            let word_local = body.new_local(ValType::I64);
            code.extend([
                I::LocalGet(result),
                I::I64Const(1),
                I::I64Shl,
                I::LocalTee(word_local),
                I::I64Const(1),
                I::I64ShrS,
                I::LocalGet(result),
                I::I64Ne,
                I::If(BlockType::Empty),
                I::I32Const(1),
                I::GlobalSet(clone.disabled),
                I::Br(1),
                I::End,
                I::LocalGet(word_local),
                I::Return,
            ]);
        }
        Scalar::Bool => code.extend([
            I::I64Const(word::TRUE),
            I::I64Const(word::FALSE),
            I::LocalGet(result),
            I::Select,
            I::Return,
        ]),
        Scalar::Float => {
            // Boxing may raise MemoryError: the frame goes into the traceback.
            let boxed = body.new_local(ValType::I64);
            let name_slot = shared.slots.string(name);
            code.extend([
                I::LocalGet(result),
                I::Call(call_target(Rt::FloatNew)),
                I::LocalTee(boxed),
                I::I64Const(word::EXC),
                I::I64Eq,
                I::If(BlockType::Empty),
                I::GlobalGet(FRAME_GLOBAL),
                I::I64Load(crate::codegen::body::slot_arg(name_slot)),
                I::I32Const(line as i32),
                I::Call(call_target(Rt::TracebackPush)),
                I::End,
                I::LocalGet(boxed),
                I::Return,
            ]);
        }
    }
    code.push(I::End);
    code
}
