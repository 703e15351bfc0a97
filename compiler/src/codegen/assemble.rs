//! Assembles the generated functions into the module the linker consumes: imports of the
//! runtime functions actually called, `_start`, constants, the data segment and names.
use super::body::{IMPORT_BASE, call_target, slot_arg};
use super::fast::{GC_STATE, HEAP_STATE};
use super::pool::{ConstInit, ModuleSlots};
use super::runtime_api::{GENERIC_BUILTINS, Rt, word};
use super::{
    CompiledFunction, DATA_BASE_GLOBAL, FRAME_GLOBAL, GC_STATE_GLOBAL, HEAP_START_GLOBAL,
    HEAP_STATE_GLOBAL, TABLE_BASE_GLOBAL,
};
use crate::link::{DATA_BASE, HEAP_START, IMPORT_MODULE, TABLE, TABLE_BASE};
use std::collections::BTreeSet;
use wasm_encoder::{
    BlockType, CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType,
    ExportKind, ExportSection, Function, FunctionSection, GlobalSection, GlobalType, ImportSection,
    Instruction, MemoryType, Module, NameMap, NameSection, RefType, TableType, TypeSection,
    ValType,
};

/// Function types in order of first use.
#[derive(Default)]
struct Types {
    list: Vec<(Vec<ValType>, Vec<ValType>)>,
}

impl Types {
    fn index(&mut self, params: &[ValType], results: &[ValType]) -> u32 {
        if let Some(i) = self
            .list
            .iter()
            .position(|(p, r)| p == params && r == results)
        {
            return i as u32;
        }
        self.list.push((params.to_vec(), results.to_vec()));
        self.list.len() as u32 - 1
    }
}

/// Name and signature of a symbolic import target.
fn import_signature(target: u32) -> (String, &'static [ValType], &'static [ValType]) {
    let index = (target - IMPORT_BASE) as usize;
    match Rt::ALL.get(index) {
        Some(rt) => (rt.name().to_owned(), rt.params(), rt.results()),
        None => {
            let name = GENERIC_BUILTINS
                .get(index - Rt::ALL.len())
                .copied()
                .unwrap_or("unknown");
            (
                format!("mlrt_builtin_{name}"),
                &[ValType::I64, ValType::I64],
                &[ValType::I64],
            )
        }
    }
}

pub fn assemble(
    slots: &ModuleSlots,
    source_file_slot: u32,
    names: &[String],
    functions: Vec<CompiledFunction>,
    module_body: CompiledFunction,
    table: &[u32],
    scalar_globals: u32,
) -> Vec<u8> {
    let user_count = functions.len() as u32;
    let mut all = functions;
    all.push(module_body);
    all.push(CompiledFunction {
        param_count: 0,
        body: start_body(slots, source_file_slot, user_count),
    });

    let imported: BTreeSet<u32> = all
        .iter()
        .flat_map(|f| f.body.instructions.iter())
        .filter_map(|i| match i {
            Instruction::Call(t) if *t >= IMPORT_BASE => Some(*t),
            _ => None,
        })
        .chain(table.iter().copied().filter(|&t| t >= IMPORT_BASE))
        .collect();
    let imported: Vec<u32> = imported.into_iter().collect();
    let import_count = imported.len() as u32;
    let resolve = |target: u32| -> u32 {
        if target >= IMPORT_BASE {
            imported.binary_search(&target).map_or(0, |i| i as u32)
        } else {
            import_count + target
        }
    };

    let mut types = Types::default();
    let mut imports = ImportSection::new();
    imports.import(
        IMPORT_MODULE,
        "memory",
        EntityType::Memory(MemoryType {
            minimum: 0,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        }),
    );
    let address = GlobalType {
        val_type: ValType::I32,
        mutable: false,
        shared: false,
    };
    debug_assert_eq!((DATA_BASE_GLOBAL, HEAP_START_GLOBAL), (0, 1));
    imports.import(IMPORT_MODULE, DATA_BASE, EntityType::Global(address));
    imports.import(IMPORT_MODULE, HEAP_START, EntityType::Global(address));
    debug_assert_eq!((GC_STATE_GLOBAL, HEAP_STATE_GLOBAL), (2, 3));
    imports.import(IMPORT_MODULE, GC_STATE, EntityType::Global(address));
    imports.import(IMPORT_MODULE, HEAP_STATE, EntityType::Global(address));
    debug_assert_eq!(TABLE_BASE_GLOBAL, 4);
    imports.import(IMPORT_MODULE, TABLE_BASE, EntityType::Global(address));
    if !table.is_empty() {
        imports.import(
            IMPORT_MODULE,
            TABLE,
            EntityType::Table(TableType {
                element_type: RefType::FUNCREF,
                table64: false,
                minimum: 0,
                maximum: None,
                shared: false,
            }),
        );
    }
    let mut function_names = NameMap::new();
    for (i, &target) in imported.iter().enumerate() {
        let (name, params, results) = import_signature(target);
        let ty = types.index(params, results);
        imports.import(IMPORT_MODULE, &name, EntityType::Function(ty));
        function_names.append(i as u32, &name);
    }

    let mut function_section = FunctionSection::new();
    let mut code = CodeSection::new();
    let total = all.len();
    for (i, compiled) in all.into_iter().enumerate() {
        let ty = match &compiled.body.signature {
            Some((params, results)) => types.index(params, results),
            None => {
                let params = vec![ValType::I64; compiled.param_count as usize];
                let results: &[ValType] = if i + 1 == total { &[] } else { &[ValType::I64] };
                types.index(&params, results)
            }
        };
        function_section.function(ty);
        let mut function = Function::new_with_locals_types(compiled.body.locals().iter().copied());
        for instruction in &compiled.body.instructions {
            match instruction {
                Instruction::Call(target) => {
                    function.instruction(&Instruction::Call(resolve(*target)))
                }
                other => function.instruction(other),
            };
        }
        code.function(&function);
        let name = match names.get(i) {
            Some(name) => name.as_str(),
            None if i + 1 == total => "_start",
            None => "<module>",
        };
        function_names.append(import_count + i as u32, name);
    }

    let mut type_section = TypeSection::new();
    for (params, results) in &types.list {
        type_section
            .ty()
            .function(params.iter().copied(), results.iter().copied());
    }
    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(0),
    );
    for _ in 0..scalar_globals {
        globals.global(
            GlobalType {
                val_type: ValType::I32,
                mutable: true,
                shared: false,
            },
            &ConstExpr::i32_const(0),
        );
    }
    let mut exports = ExportSection::new();
    exports.export("_start", ExportKind::Func, import_count + total as u32 - 1);
    let mut elements = ElementSection::new();
    if !table.is_empty() {
        let entries: Vec<u32> = table.iter().map(|&t| resolve(t)).collect();
        elements.active(
            Some(0),
            &ConstExpr::global_get(TABLE_BASE_GLOBAL),
            Elements::Functions(entries.into()),
        );
    }
    let mut data = DataSection::new();
    if !slots.data.is_empty() {
        data.active(0, &ConstExpr::i32_const(0), slots.data.iter().copied());
    }
    let mut name_section = NameSection::new();
    name_section.functions(&function_names);

    let mut module = Module::new();
    module.section(&type_section);
    module.section(&imports);
    module.section(&function_section);
    module.section(&globals);
    module.section(&exports);
    if !table.is_empty() {
        module.section(&elements);
    }
    module.section(&code);
    module.section(&data);
    module.section(&name_section);
    module.finish()
}

/// `_start`: runtime init, the root frame, constants, the module body, exit status.
fn start_body(slots: &ModuleSlots, source_file_slot: u32, module_body: u32) -> super::body::Body {
    use Instruction as I;
    let mut body = super::body::Body::new(0, 0);
    let call = |rt: Rt| I::Call(call_target(rt));
    let report = [call(Rt::ReportUncaught), call(Rt::Finish)];
    body.emit(I::GlobalGet(HEAP_START_GLOBAL));
    body.emit(call(Rt::Init));
    body.emit(I::I32Const(slots.count() as i32));
    body.emit(call(Rt::FramePush));
    body.emit(I::GlobalSet(FRAME_GLOBAL));
    body.emit(I::GlobalGet(FRAME_GLOBAL));
    body.emit(I::I32Eqz);
    body.emit(I::If(BlockType::Empty));
    report.iter().for_each(|i| body.emit(i.clone()));
    body.emit(I::Return);
    body.emit(I::End);
    for (slot, init) in &slots.inits {
        body.emit(I::GlobalGet(FRAME_GLOBAL));
        match init {
            ConstInit::Str { offset, len }
            | ConstInit::Bytes { offset, len }
            | ConstInit::BigInt { offset, len } => {
                body.emit(I::GlobalGet(DATA_BASE_GLOBAL));
                body.emit(I::I32Const(*offset as i32));
                body.emit(I::I32Add);
                body.emit(I::I32Const(*len as i32));
                body.emit(call(match init {
                    ConstInit::Str { .. } => Rt::StrNew,
                    ConstInit::Bytes { .. } => Rt::BytesNew,
                    _ => Rt::IntFromStr,
                }));
            }
            ConstInit::Float(value) => {
                body.emit(I::F64Const((*value).into()));
                body.emit(call(Rt::FloatNew));
            }
        }
        body.emit(I::I64Store(slot_arg(*slot)));
    }
    body.emit(I::GlobalGet(FRAME_GLOBAL));
    body.emit(I::I64Load(slot_arg(source_file_slot)));
    body.emit(call(Rt::SetSourceFile));
    body.emit(I::Call(module_body));
    body.emit(I::I64Const(word::EXC));
    body.emit(I::I64Eq);
    body.emit(I::If(BlockType::Empty));
    report.iter().for_each(|i| body.emit(i.clone()));
    body.emit(I::Return);
    body.emit(I::End);
    body.emit(I::I32Const(0));
    body.emit(call(Rt::Finish));
    body.emit(I::End);
    body
}
