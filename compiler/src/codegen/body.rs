//! The instruction buffer of one generated function: structured labels, scratch locals, frame
//! slots, and the exception checks that branch to the innermost handler.
use super::runtime_api::{Rt, word};
use wasm_encoder::{BlockType, Instruction, MemArg, MemArgTarget, ValType};

/// Calls are emitted with symbolic targets, renumbered when the module is assembled.
pub const IMPORT_BASE: u32 = 1 << 30;

pub fn call_target(rt: Rt) -> u32 {
    IMPORT_BASE + rt as u32
}

/// Symbolic target of `mlrt_builtin_<GENERIC_BUILTINS[index]>`.
pub fn builtin_target(index: usize) -> u32 {
    IMPORT_BASE + Rt::ALL.len() as u32 + index as u32
}

/// Index of a label in the label stack (0 = outermost).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// Wasm locals every generated function has, after its parameters.
#[derive(Clone, Copy)]
pub struct Scratch {
    /// i32: address of the function's frame slots.
    pub fp: u32,
    /// i32: source line of the statement being executed.
    pub line: u32,
    /// i64 operands of inline fast paths.
    pub a: u32,
    pub b: u32,
    pub r: u32,
    /// i64: the value being tested for `EXC`.
    pub check: u32,
    /// i64: the value being stored into a slot.
    pub store: u32,
    /// i32: the flag being tested for -1.
    pub flag: u32,
}

pub struct Body {
    pub instructions: Vec<Instruction<'static>>,
    /// `true` for labels that are exception targets.
    labels: Vec<bool>,
    pub scratch: Scratch,
    extra_locals: Vec<ValType>,
    param_count: u32,
    /// Frame slots: `first_temp` named slots, then temporaries.
    first_temp: u32,
    temps_in_use: u32,
    pub max_temps: u32,
    /// Static types of the function being generated (`None`: nothing is typed).
    pub typed: Option<super::fast::Typed>,
    /// Parameter and result types, when not `(i64 ...) -> i64` (scalar clones).
    pub signature: Option<(Vec<ValType>, Vec<ValType>)>,
    /// Locals of inline fast paths reused by purpose (`fast/`); a purpose's local never lives
    /// across code that may use the same purpose.
    fast_locals: Vec<(&'static str, u32)>,
}

/// The memory operand addressing frame slot `slot` (8 bytes each) from a frame address.
pub fn slot_arg(slot: u32) -> MemArg {
    MemArg {
        offset: u64::from(slot) * 8,
        align: 3,
        target: MemArgTarget::Memory(0),
        ordering: None,
    }
}

impl Body {
    pub fn new(param_count: u32, named_slots: u32) -> Body {
        use ValType::{I32, I64};
        let kinds = [I32, I32, I64, I64, I64, I64, I64, I32];
        let at = |i: u32| param_count + i;
        let scratch = Scratch {
            fp: at(0),
            line: at(1),
            a: at(2),
            b: at(3),
            r: at(4),
            check: at(5),
            store: at(6),
            flag: at(7),
        };
        Body {
            instructions: Vec::new(),
            labels: Vec::new(),
            scratch,
            extra_locals: kinds.to_vec(),
            param_count,
            first_temp: named_slots,
            temps_in_use: 0,
            max_temps: 0,
            typed: None,
            signature: None,
            fast_locals: Vec::new(),
        }
    }

    pub fn frame_size(&self) -> u32 {
        self.first_temp + self.max_temps
    }

    pub fn locals(&self) -> &[ValType] {
        &self.extra_locals
    }

    pub fn new_local(&mut self, ty: ValType) -> u32 {
        self.extra_locals.push(ty);
        self.param_count + self.extra_locals.len() as u32 - 1
    }

    /// The local of type `ty` reserved for `purpose` (created on first use).
    pub fn fast_local(&mut self, purpose: &'static str, ty: ValType) -> u32 {
        if let Some(&(_, local)) = self.fast_locals.iter().find(|(p, _)| *p == purpose) {
            return local;
        }
        let local = self.new_local(ty);
        self.fast_locals.push((purpose, local));
        local
    }

    pub fn emit(&mut self, instruction: Instruction<'static>) {
        self.instructions.push(instruction);
    }

    pub fn call(&mut self, rt: Rt) {
        if self.inline_runtime_call(rt) {
            return;
        }
        self.emit(Instruction::Call(call_target(rt)));
    }

    pub fn call_builtin(&mut self, index: usize) {
        self.emit(Instruction::Call(builtin_target(index)));
    }

    pub fn label_depth(&self) -> usize {
        self.labels.len()
    }

    /// Drops labels above `depth` (after an aborted statement; the code is discarded anyway).
    pub fn truncate_labels(&mut self, depth: usize) {
        self.labels.truncate(depth);
    }

    fn open(&mut self, instruction: Instruction<'static>, is_handler: bool) -> Label {
        self.emit(instruction);
        self.labels.push(is_handler);
        Label(self.labels.len() - 1)
    }

    pub fn block(&mut self, ty: BlockType) -> Label {
        self.open(Instruction::Block(ty), false)
    }

    /// A block whose end is where raised exceptions of the code inside go.
    pub fn handler_block(&mut self) -> Label {
        self.open(Instruction::Block(BlockType::Empty), true)
    }

    pub fn loop_(&mut self, ty: BlockType) -> Label {
        self.open(Instruction::Loop(ty), false)
    }

    pub fn if_(&mut self, ty: BlockType) -> Label {
        self.open(Instruction::If(ty), false)
    }

    pub fn else_(&mut self) {
        self.emit(Instruction::Else);
    }

    pub fn end(&mut self) {
        self.labels.pop();
        self.emit(Instruction::End);
    }

    fn relative(&self, label: Label) -> u32 {
        (self.labels.len().saturating_sub(1 + label.0)) as u32
    }

    pub fn br(&mut self, label: Label) {
        let depth = self.relative(label);
        self.emit(Instruction::Br(depth));
    }

    pub fn br_if(&mut self, label: Label) {
        let depth = self.relative(label);
        self.emit(Instruction::BrIf(depth));
    }

    pub fn innermost_handler(&self) -> Label {
        Label(self.labels.iter().rposition(|h| *h).unwrap_or(0))
    }

    /// Branches to the innermost handler if the i32 on the stack is non-zero.
    pub fn raise_if(&mut self) {
        let handler = self.innermost_handler();
        self.br_if(handler);
    }

    /// Branches to the innermost handler (an exception is pending).
    pub fn raise(&mut self) {
        let handler = self.innermost_handler();
        self.br(handler);
    }

    /// The i64 on the stack stays there unless it is `EXC`, which goes to the handler.
    pub fn check(&mut self) {
        let check = self.scratch.check;
        self.emit(Instruction::LocalTee(check));
        self.emit(Instruction::I64Const(word::EXC));
        self.emit(Instruction::I64Eq);
        self.raise_if();
        self.emit(Instruction::LocalGet(check));
    }

    /// Drops the i64 result of a call that returns None or `EXC`.
    pub fn check_drop(&mut self) {
        self.emit(Instruction::I64Const(word::EXC));
        self.emit(Instruction::I64Eq);
        self.raise_if();
    }

    /// The i32 on the stack stays there unless it is -1, which goes to the handler.
    pub fn check_flag(&mut self) {
        let flag = self.scratch.flag;
        self.emit(Instruction::LocalTee(flag));
        self.emit(Instruction::I32Const(-1));
        self.emit(Instruction::I32Eq);
        self.raise_if();
        self.emit(Instruction::LocalGet(flag));
    }

    pub fn set_line(&mut self, line: u32) {
        self.emit(Instruction::I32Const(line as i32));
        self.emit(Instruction::LocalSet(self.scratch.line));
    }

    // Frame slots.

    pub fn alloc_temp(&mut self) -> u32 {
        let slot = self.first_temp + self.temps_in_use;
        self.temps_in_use += 1;
        self.max_temps = self.max_temps.max(self.temps_in_use);
        slot
    }

    pub fn free_temp(&mut self) {
        self.temps_in_use = self.temps_in_use.saturating_sub(1);
    }

    pub fn temps_in_use(&self) -> u32 {
        self.temps_in_use
    }

    pub fn reset_temps(&mut self, in_use: u32) {
        self.temps_in_use = in_use;
    }

    pub fn load_slot(&mut self, slot: u32) {
        self.emit(Instruction::LocalGet(self.scratch.fp));
        self.emit(Instruction::I64Load(slot_arg(slot)));
    }

    /// Stores the i64 on the stack into a slot of this function's frame.
    pub fn store_slot(&mut self, slot: u32) {
        self.emit(Instruction::LocalSet(self.scratch.store));
        self.emit(Instruction::LocalGet(self.scratch.fp));
        self.emit(Instruction::LocalGet(self.scratch.store));
        self.emit(Instruction::I64Store(slot_arg(slot)));
    }

    pub fn load_module_slot(&mut self, frame_global: u32, slot: u32) {
        self.emit(Instruction::GlobalGet(frame_global));
        self.emit(Instruction::I64Load(slot_arg(slot)));
    }

    pub fn store_module_slot(&mut self, frame_global: u32, slot: u32) {
        self.emit(Instruction::LocalSet(self.scratch.store));
        self.emit(Instruction::GlobalGet(frame_global));
        self.emit(Instruction::LocalGet(self.scratch.store));
        self.emit(Instruction::I64Store(slot_arg(slot)));
    }

    /// Pushes 1 if the i64 on the stack is `UNBOUND` (keeping the value in `check`).
    pub fn test_unbound(&mut self) {
        self.emit(Instruction::LocalTee(self.scratch.check));
        self.emit(Instruction::I64Const(word::UNBOUND));
        self.emit(Instruction::I64Eq);
    }
}
