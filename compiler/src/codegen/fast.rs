//! Inline fast paths of the runtime's frame and collector protocol (ABI.md "Inline fast paths"):
//! frame push/pop and the poll test read the runtime's state through the addresses it exports
//! (`mlrt_gc_state`, `mlrt_heap_state`), and call the runtime only on the slow path.
mod builtins;
mod call;
mod float;
mod float_word;
mod int;
mod items;
mod layout;
mod number;
mod print;
mod text;
mod typed;

pub use float_word::immediate_float;
pub(crate) use int::{floored_quotient, floored_remainder};
pub use typed::{ModuleNames, Typed};

use super::body::{Body, call_target};
use super::runtime_api::{Rt, word};
use super::{GC_STATE_GLOBAL, HEAP_STATE_GLOBAL};
use wasm_encoder::{BlockType, Instruction, MemArg, MemArgTarget};

/// Names of the runtime globals holding the state addresses.
pub const GC_STATE: &str = "mlrt_gc_state";
pub const HEAP_STATE: &str = "mlrt_heap_state";

/// Byte offsets of the fields of the runtime's `Gc` (`repr(C)`, checked by the runtime).
const GC_STACK_SP: u64 = 0;
const GC_STACK_END: u64 = 4;
pub(crate) const GC_DEPTH: u64 = 8;
pub(crate) const GC_RECURSION_LIMIT: u64 = 12;
const GC_THRESHOLD: u64 = 16;
/// Byte offset of `since_gc` in the runtime's `Heap`.
const HEAP_SINCE_GC: u64 = 0;

fn mem(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset,
        align,
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

fn load_gc_field(code: &mut Vec<Instruction<'static>>, offset: u64) {
    code.push(Instruction::GlobalGet(GC_STATE_GLOBAL));
    code.push(Instruction::I32Load(mem(offset, 2)));
}

/// The poll test: `mlrt_gc_poll()` only when enough was allocated since the last collection.
pub fn poll_code() -> Vec<Instruction<'static>> {
    let mut code = vec![
        Instruction::GlobalGet(HEAP_STATE_GLOBAL),
        Instruction::I32Load(mem(HEAP_SINCE_GC, 2)),
    ];
    load_gc_field(&mut code, GC_THRESHOLD);
    code.extend([
        Instruction::I32GeU,
        Instruction::If(BlockType::Empty),
        Instruction::Call(call_target(Rt::GcPoll)),
        Instruction::End,
    ]);
    code
}

/// Function entry: pushes a frame of `nslots` slots on the shadow stack into local `fp`, as
/// `mlrt_frame_push` does; the runtime is called only to raise RecursionError/MemoryError (the
/// function then returns `EXC`). Slots from `params` on are set to `UNBOUND`; the caller stores
/// the parameters into the first `params` slots before anything may poll.
pub fn frame_push_code(fp: u32, nslots: u32, params: u32) -> Vec<Instruction<'static>> {
    use Instruction as I;
    let need = 8 * (i64::from(nslots) + 1);
    let mut code = Vec::new();
    load_gc_field(&mut code, GC_STACK_SP);
    code.push(I::LocalSet(fp));
    // depth >= limit || stack_end - base < need
    load_gc_field(&mut code, GC_DEPTH);
    load_gc_field(&mut code, GC_RECURSION_LIMIT);
    code.push(I::I32GeU);
    load_gc_field(&mut code, GC_STACK_END);
    code.extend([
        I::LocalGet(fp),
        I::I32Sub,
        I::I32Const(need as i32),
        I::I32LtU,
        I::I32Or,
        I::If(BlockType::Empty),
        I::I32Const(nslots as i32),
        I::Call(call_target(Rt::FramePush)),
        I::LocalTee(fp),
        I::I32Eqz,
        I::If(BlockType::Empty),
        I::I64Const(word::EXC),
        I::Return,
        I::End,
        I::Else,
    ]);
    // Header: the depth (as a small int) that popping this frame restores.
    code.push(I::LocalGet(fp));
    load_gc_field(&mut code, GC_DEPTH);
    code.extend([
        I::I64ExtendI32U,
        I::I64Const(1),
        I::I64Shl,
        I::I64Store(mem(0, 3)),
    ]);
    for slot in u64::from(params.min(nslots))..u64::from(nslots) {
        code.extend([
            I::LocalGet(fp),
            I::I64Const(word::UNBOUND),
            I::I64Store(mem(8 + 8 * slot, 3)),
        ]);
    }
    code.extend([
        I::GlobalGet(GC_STATE_GLOBAL),
        I::LocalGet(fp),
        I::I32Const(need as i32),
        I::I32Add,
        I::I32Store(mem(GC_STACK_SP, 2)),
        I::GlobalGet(GC_STATE_GLOBAL),
    ]);
    load_gc_field(&mut code, GC_DEPTH);
    code.extend([
        I::I32Const(1),
        I::I32Add,
        I::I32Store(mem(GC_DEPTH, 2)),
        I::LocalGet(fp),
        I::I32Const(8),
        I::I32Add,
        I::LocalSet(fp),
        I::End,
    ]);
    code
}

impl Body {
    /// Emits a runtime call, inlining the fast path of the frame protocol calls.
    /// Returns false when `rt` has no inline form.
    pub fn inline_runtime_call(&mut self, rt: Rt) -> bool {
        match rt {
            Rt::GcPoll => {
                self.emit_all(poll_code());
                true
            }
            Rt::FramePop => {
                self.frame_pop();
                true
            }
            _ => false,
        }
    }

    fn emit_all(&mut self, code: Vec<Instruction<'static>>) {
        // The code is balanced (its own `if`/`end`), so the label stack is unaffected.
        for instruction in code {
            self.emit(instruction);
        }
    }

    /// `mlrt_frame_pop(frame)` inline, the frame address on the stack: the stack pointer goes
    /// back to the frame's header and the depth to the one saved there.
    fn frame_pop(&mut self) {
        use Instruction as I;
        // `flag` is free here: nothing keeps a flag across a frame pop.
        let frame = self.scratch.flag;
        self.emit_all(vec![
            I::I32Const(8),
            I::I32Sub,
            I::LocalSet(frame),
            I::GlobalGet(GC_STATE_GLOBAL),
            I::LocalGet(frame),
            I::I32Store(mem(GC_STACK_SP, 2)),
            I::GlobalGet(GC_STATE_GLOBAL),
            I::LocalGet(frame),
            I::I64Load(mem(0, 3)),
            I::I64Const(1),
            I::I64ShrU,
            I::I32WrapI64,
            I::I32Store(mem(GC_DEPTH, 2)),
        ]);
    }
}
