//! One input module of the linker, split into the sections the linker works with.
use wasmparser::{
    Data, Element, Export, FuncType, FunctionBody, Global, KnownCustom, LinkingSectionReader,
    MemoryType, Name, Parser, Payload, RelocSectionReader, Table, TypeRef,
};

/// An imported function or global: where from and its type (a type index or a global type).
pub struct Imported<'a, T> {
    pub module: &'a str,
    pub name: &'a str,
    pub ty: T,
}

#[derive(Default)]
pub struct Module<'a> {
    pub types: Vec<FuncType>,
    pub imported_functions: Vec<Imported<'a, u32>>,
    pub imported_globals: Vec<Imported<'a, wasmparser::GlobalType>>,
    pub imported_memories: Vec<Imported<'a, MemoryType>>,
    pub imported_tables: Vec<Imported<'a, wasmparser::TableType>>,
    /// Type index of each defined function.
    pub functions: Vec<u32>,
    pub tables: Vec<Table<'a>>,
    pub memories: Vec<MemoryType>,
    pub globals: Vec<Global<'a>>,
    pub exports: Vec<Export<'a>>,
    pub start: Option<u32>,
    pub elements: Vec<Element<'a>>,
    pub has_data_count: bool,
    pub bodies: Vec<FunctionBody<'a>>,
    pub data: Vec<Data<'a>>,
    /// `(function index, name)` from the `name` section.
    pub function_names: Vec<(u32, &'a str)>,
    /// The module's bytes.
    pub bytes: &'a [u8],
    /// File offsets where the code and data sections' contents start.
    pub code_start: Option<u64>,
    pub data_start: Option<u64>,
    /// The `linking` section and the `reloc.*` sections by name (wasm-ld `--emit-relocs`).
    pub linking: Option<LinkingSectionReader<'a>>,
    pub relocations: Vec<(&'a str, RelocSectionReader<'a>)>,
}

impl<'a> Module<'a> {
    pub fn parse(bytes: &'a [u8], what: &str) -> Result<Module<'a>, String> {
        parse(bytes).map_err(|err| format!("{what} module: {err}"))
    }

    pub fn imported_function_count(&self) -> u32 {
        self.imported_functions.len() as u32
    }

    pub fn function_count(&self) -> u32 {
        (self.imported_functions.len() + self.functions.len()) as u32
    }

    pub fn imported_global_count(&self) -> u32 {
        self.imported_globals.len() as u32
    }

    pub fn exported(&self, name: &str, kind: wasmparser::ExternalKind) -> Option<u32> {
        self.exports
            .iter()
            .find(|e| e.name == name && e.kind == kind)
            .map(|e| e.index)
    }

    /// The type index of function `index` (imported or defined).
    pub fn function_type_index(&self, index: u32) -> Option<u32> {
        let imported = self.imported_function_count();
        if index < imported {
            Some(self.imported_functions.get(index as usize)?.ty)
        } else {
            self.functions.get((index - imported) as usize).copied()
        }
    }

    /// The type of function `index` (imported or defined).
    pub fn function_type(&self, index: u32) -> Option<&FuncType> {
        self.types.get(self.function_type_index(index)? as usize)
    }

    /// The value of a defined global initialized by a single `i32.const`.
    pub fn global_i32_value(&self, index: u32) -> Option<i32> {
        let defined = index.checked_sub(self.imported_global_count())?;
        let global = self.globals.get(defined as usize)?;
        i32_const(&global.init_expr)
    }
}

pub fn i32_const(expr: &wasmparser::ConstExpr<'_>) -> Option<i32> {
    let mut reader = expr.get_operators_reader();
    match reader.read().ok()? {
        wasmparser::Operator::I32Const { value } => Some(value),
        _ => None,
    }
}

fn parse(bytes: &[u8]) -> wasmparser::Result<Module<'_>, String> {
    let mut module = Module {
        bytes,
        ..Module::default()
    };
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    module.types.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| e.to_string())?;
                    let (module_name, name) = (import.module, import.name);
                    match import.ty {
                        TypeRef::Func(ty) => module.imported_functions.push(Imported {
                            module: module_name,
                            name,
                            ty,
                        }),
                        TypeRef::Global(ty) => module.imported_globals.push(Imported {
                            module: module_name,
                            name,
                            ty,
                        }),
                        TypeRef::Memory(ty) => module.imported_memories.push(Imported {
                            module: module_name,
                            name,
                            ty,
                        }),
                        TypeRef::Table(ty) => module.imported_tables.push(Imported {
                            module: module_name,
                            name,
                            ty,
                        }),
                        other => return Err(format!("unsupported import {name}: {other:?}")),
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    module.functions.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::TableSection(reader) => {
                for table in reader {
                    module.tables.push(table.map_err(|e| e.to_string())?);
                }
            }
            Payload::MemorySection(reader) => {
                for memory in reader {
                    module.memories.push(memory.map_err(|e| e.to_string())?);
                }
            }
            Payload::GlobalSection(reader) => {
                for global in reader {
                    module.globals.push(global.map_err(|e| e.to_string())?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    module.exports.push(export.map_err(|e| e.to_string())?);
                }
            }
            Payload::StartSection { func, .. } => module.start = Some(func),
            Payload::ElementSection(reader) => {
                for element in reader {
                    module.elements.push(element.map_err(|e| e.to_string())?);
                }
            }
            Payload::DataCountSection { .. } => module.has_data_count = true,
            Payload::CodeSectionStart {
                unchecked_range, ..
            } => module.code_start = Some(unchecked_range.start),
            Payload::CodeSectionEntry(body) => module.bodies.push(body),
            Payload::DataSection(reader) => {
                module.data_start = Some(reader.range().start);
                for data in reader {
                    module.data.push(data.map_err(|e| e.to_string())?);
                }
            }
            Payload::CustomSection(section) => match section.as_known() {
                KnownCustom::Name(reader) => {
                    read_function_names(reader, &mut module.function_names)
                }
                KnownCustom::Linking(reader) => module.linking = Some(reader),
                KnownCustom::Reloc(reader) => module.relocations.push((section.name(), reader)),
                _ => {}
            },
            Payload::TagSection(_) => return Err("exception tags are not supported".into()),
            _ => {}
        }
    }
    Ok(module)
}

/// Function names; a malformed name section is ignored (names are debugging aids).
fn read_function_names<'a>(
    reader: wasmparser::NameSectionReader<'a>,
    out: &mut Vec<(u32, &'a str)>,
) {
    for name in reader.into_iter().flatten() {
        if let Name::Function(map) = name {
            out.extend(map.into_iter().flatten().map(|n| (n.index, n.name)));
        }
    }
}
