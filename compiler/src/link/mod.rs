//! The linker: merges generated code with the guest runtime, drops unreachable functions.
//!
//! The generated ("user") module imports runtime functions and the memory from module `mlrt`, and
//! two i32 globals the linker defines: [`DATA_BASE`] (where its data segments are placed; they are
//! written relative to 0) and [`HEAP_START`] (the first free address after all data, for
//! `mlrt_init`). It exports `_start`. The result exports only `memory` and `_start`.
mod data;
mod module;
mod reach;
mod relocs;
mod remap;
mod table;

use module::Module;
use remap::Remap;
pub use table::{TABLE, TABLE_BASE};
use wasm_encoder::reencode::Reencode;
use wasm_encoder::{
    CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection, EntityType, ExportKind,
    ExportSection, FunctionSection, GlobalSection, GlobalType, ImportSection, MemorySection,
    MemoryType, NameMap, NameSection, TableSection, TypeSection, ValType,
};
use wasmparser::{DataKind, ExternalKind, WasmFeatures};

/// The guest runtime, built by `build.rs` from `compiler/runtime/`.
pub static RUNTIME_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mlrt.wasm"));

/// Module name of everything the generated code imports.
pub const IMPORT_MODULE: &str = "mlrt";
/// Linker-defined global: address of the generated module's first data byte.
pub const DATA_BASE: &str = "__mlc_data_base";
/// Linker-defined global: first free address after all data (8-aligned).
pub const HEAP_START: &str = "__mlc_heap_start";

const PAGE_SIZE: u64 = 65536;
const DATA_ALIGN: u64 = 16;

/// The features an emitted module may use (it must run on wasmtime and node 20).
pub fn output_features() -> WasmFeatures {
    WasmFeatures::MUTABLE_GLOBAL
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::MULTI_VALUE
        | WasmFeatures::BULK_MEMORY
        | WasmFeatures::FLOATS
}

/// Merges `user` (generated code) with `runtime`; the result is validated. Errors are internal
/// errors of the compiler (a bug in codegen or in the runtime build), never user errors.
pub fn link(runtime: &[u8], user: &[u8]) -> Result<Vec<u8>, String> {
    if runtime.is_empty() {
        return Err("the guest runtime was not built (compiler/runtime missing)".into());
    }
    let runtime = Module::parse(runtime, "runtime")?;
    let user = Module::parse(user, "generated")?;
    let bytes = Linker::new(&runtime, &user)?.emit()?;
    let mut validator = wasmparser::Validator::new_with_features(output_features());
    validator
        .validate_all(&bytes)
        .map_err(|err| format!("linked module is invalid: {err}"))?;
    Ok(bytes)
}

struct Linker<'m, 'a> {
    runtime: &'m Module<'a>,
    user: &'m Module<'a>,
    runtime_remap: Remap,
    user_remap: Remap,
    /// The kept functions as `(is_user, index in its module)`, in output order.
    kept: Vec<(bool, u32)>,
    keep_elements: bool,
    /// The runtime's data reduced to what the program reaches, as active segments `(address,
    /// bytes)`; `None`: all of it (a runtime without relocations).
    runtime_data: Option<Vec<(u32, &'a [u8])>>,
    /// Linker-defined globals in output order: their i32 values.
    defined_globals: Vec<i32>,
    data_base: u32,
    heap_start: u32,
    /// Where the generated module's table entries start in table 0, and those entries.
    table_base: u32,
    user_entries: Vec<u32>,
}

impl<'m, 'a> Linker<'m, 'a> {
    fn new(runtime: &'m Module<'a>, user: &'m Module<'a>) -> Result<Self, String> {
        check_shapes(runtime, user)?;
        let resolved = resolve_function_imports(runtime, user)?;
        let (data_base, heap_start) = layout(runtime, user)?;
        let user_entries = table::user_entries(user)?;
        let table_base = table::runtime_table_end(runtime)?;
        let mut linker = Linker {
            runtime,
            user,
            runtime_remap: Remap::default(),
            user_remap: Remap::default(),
            kept: Vec::new(),
            keep_elements: false,
            runtime_data: None,
            defined_globals: Vec::new(),
            data_base,
            heap_start,
            table_base,
            user_entries,
        };
        linker.select_functions(&resolved)?;
        linker.number_functions(&resolved);
        linker.number_globals()?;
        linker.runtime_remap.data_offset = 0;
        linker.user_remap.type_offset = runtime.types.len() as u32;
        // The generated module's only table is the runtime's table 0, imported.
        linker.user_remap.table_offset = 0;
        linker.user_remap.data_offset = linker.runtime_data_count();
        linker.user_remap.element_offset = runtime.elements.len() as u32;
        Ok(linker)
    }

    /// Node of a user function index in the combined graph (runtime functions first).
    fn user_node(&self, resolved: &[u32], index: u32) -> u32 {
        let imported = self.user.imported_function_count();
        if index < imported {
            resolved[index as usize]
        } else {
            self.runtime.function_count() + (index - imported)
        }
    }

    /// Marks the functions and runtime data reachable from `_start`, and the table entries that
    /// reachable code may call: those whose slot reachable code or data materializes (every entry
    /// when the runtime has no relocations) and whose type a reachable `call_indirect` has.
    fn select_functions(&mut self, resolved: &[u32]) -> Result<(), String> {
        let runtime_count = self.runtime.function_count();
        let functions = runtime_count as usize + self.user.functions.len();
        let mut relocations = relocs::Relocations::read(self.runtime)?;
        let mut indirect_types: Vec<Vec<u32>> = vec![Vec::new(); functions];
        let mut uses_tables = vec![false; functions];
        let mut graph = reach::Graph::new(functions);
        let runtime_imported = self.runtime.imported_function_count();
        for (i, body) in self.runtime.bodies.iter().enumerate() {
            let node = (runtime_imported as usize) + i;
            let refs = reach::references(body)?;
            if refs.uses_data_segments {
                relocations = None;
            }
            graph.edges[node] = refs.functions;
            indirect_types[node] = refs.indirect_types;
            uses_tables[node] = refs.uses_tables;
        }
        for (i, body) in self.user.bodies.iter().enumerate() {
            let node = runtime_count as usize + i;
            let refs = reach::references(body)?;
            if !refs.indirect_types.is_empty() || refs.uses_tables {
                return Err("generated code must not use tables".into());
            }
            graph.edges[node] = refs
                .functions
                .iter()
                .map(|&f| self.user_node(resolved, f))
                .collect();
        }
        let start = self
            .user
            .exported("_start", ExternalKind::Func)
            .ok_or("generated module has no _start")?;
        let mut roots = vec![self.user_node(resolved, start)];
        roots.extend(
            self.user_entries
                .iter()
                .map(|&f| self.user_node(resolved, f)),
        );
        let table_functions = self.runtime_table_functions()?;
        let mut taken = vec![false; runtime_count as usize];
        match &relocations {
            Some(r) => r.add_to(&mut graph, runtime_imported, &mut roots, &mut taken),
            None => {
                for &f in &table_functions {
                    taken[f as usize] = true;
                }
            }
        }
        let mut marked = vec![false; graph.edges.len()];
        graph.mark(roots, &mut marked, &mut taken);
        loop {
            let mut any_table = false;
            let mut types = Vec::new();
            for node in (0..functions).filter(|&n| marked[n]) {
                any_table |= uses_tables[node];
                types.extend(indirect_types[node].iter().copied());
            }
            self.keep_elements |= any_table || !types.is_empty();
            let roots: Vec<u32> = table_functions
                .iter()
                .copied()
                .filter(|&f| !marked[f as usize] && taken[f as usize])
                .filter(|&f| {
                    any_table
                        || self
                            .runtime
                            .function_type_index(f)
                            .is_some_and(|t| types.contains(&t))
                })
                .collect();
            if roots.is_empty() {
                break;
            }
            graph.mark(roots, &mut marked, &mut taken);
        }
        for (node, &keep) in marked[..functions].iter().enumerate() {
            if keep {
                let node = node as u32;
                self.kept.push(if node < runtime_count {
                    (false, node)
                } else {
                    (
                        true,
                        node - runtime_count + self.user.imported_function_count(),
                    )
                });
            }
        }
        if let Some(r) = &relocations {
            let mut spans = r.uncovered.clone();
            spans.extend(
                r.symbols
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| marked[functions + i])
                    .map(|(_, span)| *span),
            );
            self.runtime_data = Some(data::kept_segments(self.runtime, &spans)?);
        }
        Ok(())
    }

    /// Every function the runtime's element segments put in tables.
    fn runtime_table_functions(&self) -> Result<Vec<u32>, String> {
        let mut functions = Vec::new();
        for element in &self.runtime.elements {
            let wasmparser::ElementItems::Functions(items) = element.items.clone() else {
                return Err("runtime element segments with expressions".into());
            };
            for f in items {
                functions.push(f.map_err(|e| e.to_string())?);
            }
        }
        Ok(functions)
    }

    /// How many data segments of the runtime the output has.
    fn runtime_data_count(&self) -> u32 {
        match &self.runtime_data {
            Some(segments) => segments.len() as u32,
            None => self.runtime.data.len() as u32,
        }
    }

    /// New indices: kept runtime imports, kept runtime functions, kept user functions (the kept
    /// list is already in that order).
    fn number_functions(&mut self, resolved: &[u32]) {
        self.runtime_remap.functions = vec![None; self.runtime.function_count() as usize];
        self.user_remap.functions = vec![None; self.user.function_count() as usize];
        for (new, &(is_user, old)) in self.kept.iter().enumerate() {
            let map = if is_user {
                &mut self.user_remap.functions
            } else {
                &mut self.runtime_remap.functions
            };
            map[old as usize] = Some(new as u32);
        }
        for (i, &target) in resolved.iter().enumerate() {
            self.user_remap.functions[i] = self.runtime_remap.functions[target as usize];
        }
    }

    /// Globals: runtime imported, runtime defined, linker-defined, user defined.
    fn number_globals(&mut self) -> Result<(), String> {
        let runtime_globals =
            self.runtime.imported_global_count() + self.runtime.globals.len() as u32;
        self.runtime_remap.globals = (0..runtime_globals).collect();
        let mut next = runtime_globals;
        for import in &self.user.imported_globals {
            let value = match import.name {
                DATA_BASE => Some(self.data_base as i32),
                HEAP_START => Some(self.heap_start as i32),
                TABLE_BASE => Some(self.table_base as i32),
                _ => None,
            };
            if let Some(value) = value {
                self.defined_globals.push(value);
                self.user_remap.globals.push(next);
                next += 1;
            } else {
                let index = self
                    .runtime
                    .exported(import.name, ExternalKind::Global)
                    .ok_or_else(|| format!("unresolved global import {}", import.name))?;
                self.user_remap.globals.push(index);
            }
        }
        for _ in &self.user.globals {
            self.user_remap.globals.push(next);
            next += 1;
        }
        Ok(())
    }

    fn emit(mut self) -> Result<Vec<u8>, String> {
        let mut module = wasm_encoder::Module::new();
        module.section(&self.types()?);
        module.section(&self.imports()?);
        module.section(&self.function_section());
        module.section(&self.tables()?);
        module.section(&self.memory());
        module.section(&self.globals()?);
        module.section(&self.exports()?);
        if self.keep_elements || !self.user_entries.is_empty() {
            module.section(&self.elements()?);
        }
        if self.runtime.has_data_count || self.user.has_data_count {
            let count = self.runtime_data_count() + self.user.data.len() as u32;
            module.section(&DataCountSection { count });
        }
        module.section(&self.code()?);
        module.section(&self.data()?);
        module.section(&self.names());
        Ok(module.finish())
    }

    /// The runtime's element segments. An entry whose function was dropped can never be called
    /// (no reachable `call_indirect` has its type, or nothing reachable materializes its slot), so
    /// it points at a kept function instead.
    fn elements(&mut self) -> Result<ElementSection, String> {
        let mut section = ElementSection::new();
        let placeholder = self
            .runtime_remap
            .functions
            .iter()
            .flatten()
            .next()
            .copied();
        let runtime_elements = if self.keep_elements {
            self.runtime.elements.clone()
        } else {
            Vec::new()
        };
        for element in runtime_elements {
            let wasmparser::ElementItems::Functions(items) = element.items else {
                return Err("runtime element segments with expressions".into());
            };
            let mut functions = Vec::new();
            for f in items {
                let f = f.map_err(|e| e.to_string())?;
                let new = self
                    .runtime_remap
                    .functions
                    .get(f as usize)
                    .copied()
                    .flatten();
                functions.push(new.or(placeholder).ok_or("no function kept")?);
            }
            let items = wasm_encoder::Elements::Functions(functions.into());
            match element.kind {
                wasmparser::ElementKind::Active {
                    table_index,
                    offset_expr,
                } => {
                    let offset = self
                        .runtime_remap
                        .const_expr(offset_expr)
                        .map_err(|e| e.to_string())?;
                    section.active(table_index, &offset, items);
                }
                wasmparser::ElementKind::Passive => {
                    section.passive(items);
                }
                wasmparser::ElementKind::Declared => {
                    section.declared(items);
                }
            }
        }
        if !self.user_entries.is_empty() {
            let functions = self
                .user_entries
                .iter()
                .map(|&f| self.user_remap.functions[f as usize].ok_or("table entry dropped"))
                .collect::<Result<Vec<u32>, _>>()?;
            section.active(
                Some(0),
                &ConstExpr::i32_const(self.table_base as i32),
                wasm_encoder::Elements::Functions(functions.into()),
            );
        }
        Ok(section)
    }

    fn types(&mut self) -> Result<TypeSection, String> {
        let mut types = TypeSection::new();
        for ty in self.runtime.types.iter().chain(&self.user.types) {
            let ty = self
                .runtime_remap
                .func_type(ty.clone())
                .map_err(|e| e.to_string())?;
            types.ty().func_type(&ty);
        }
        Ok(types)
    }

    fn imports(&mut self) -> Result<ImportSection, String> {
        let mut imports = ImportSection::new();
        for (i, import) in self.runtime.imported_functions.iter().enumerate() {
            if self.runtime_remap.functions[i].is_some() {
                imports.import(import.module, import.name, EntityType::Function(import.ty));
            }
        }
        for import in &self.runtime.imported_globals {
            let ty = self
                .runtime_remap
                .global_type(import.ty)
                .map_err(|e| e.to_string())?;
            imports.import(import.module, import.name, ty);
        }
        Ok(imports)
    }

    fn function_section(&self) -> FunctionSection {
        let mut functions = FunctionSection::new();
        for &(is_user, old) in &self.kept {
            let (module, type_offset) = if is_user {
                (self.user, self.user_remap.type_offset)
            } else {
                (self.runtime, 0)
            };
            if let Some(defined) = old.checked_sub(module.imported_function_count()) {
                functions.function(module.functions[defined as usize] + type_offset);
            }
        }
        functions
    }

    fn tables(&mut self) -> Result<TableSection, String> {
        let mut tables = TableSection::new();
        for (i, table) in self.runtime.tables.clone().into_iter().enumerate() {
            if i == 0 && !self.user_entries.is_empty() {
                let mut ty = self
                    .runtime_remap
                    .table_type(table.ty)
                    .map_err(|e| e.to_string())?;
                ty.minimum = u64::from(self.table_base) + self.user_entries.len() as u64;
                if ty.maximum.is_some_and(|max| max < ty.minimum) {
                    return Err("the runtime's function table cannot grow".into());
                }
                tables.table(ty);
                continue;
            }
            self.runtime_remap
                .parse_table(&mut tables, table)
                .map_err(|e| e.to_string())?;
        }
        for table in self.user.tables.clone() {
            self.user_remap
                .parse_table(&mut tables, table)
                .map_err(|e| e.to_string())?;
        }
        Ok(tables)
    }

    fn memory(&self) -> MemorySection {
        let memory = &self.runtime.memories[0];
        let needed_pages = (u64::from(self.heap_start)).div_ceil(PAGE_SIZE);
        let mut section = MemorySection::new();
        section.memory(MemoryType {
            minimum: memory.initial.max(needed_pages),
            maximum: memory.maximum,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        section
    }

    fn globals(&mut self) -> Result<GlobalSection, String> {
        let mut globals = GlobalSection::new();
        for global in self.runtime.globals.clone() {
            self.runtime_remap
                .parse_global(&mut globals, global)
                .map_err(|e| e.to_string())?;
        }
        let immutable_i32 = GlobalType {
            val_type: ValType::I32,
            mutable: false,
            shared: false,
        };
        for &value in &self.defined_globals {
            globals.global(immutable_i32, &ConstExpr::i32_const(value));
        }
        for global in self.user.globals.clone() {
            self.user_remap
                .parse_global(&mut globals, global)
                .map_err(|e| e.to_string())?;
        }
        Ok(globals)
    }

    fn exports(&mut self) -> Result<ExportSection, String> {
        let mut exports = ExportSection::new();
        exports.export("memory", ExportKind::Memory, 0);
        let start = self
            .user
            .exported("_start", ExternalKind::Func)
            .ok_or("generated module has no _start")?;
        let start = self.user_remap.functions[start as usize].ok_or("_start dropped")?;
        exports.export("_start", ExportKind::Func, start);
        Ok(exports)
    }

    fn code(&mut self) -> Result<CodeSection, String> {
        let mut code = CodeSection::new();
        for &(is_user, old) in &self.kept.clone() {
            let (module, remap) = if is_user {
                (self.user, &mut self.user_remap)
            } else {
                (self.runtime, &mut self.runtime_remap)
            };
            if let Some(defined) = old.checked_sub(module.imported_function_count()) {
                remap
                    .parse_function_body(&mut code, module.bodies[defined as usize].clone())
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(code)
    }

    fn data(&mut self) -> Result<DataSection, String> {
        let mut data = DataSection::new();
        match &self.runtime_data {
            Some(segments) => {
                for &(address, bytes) in segments {
                    data.active(
                        0,
                        &ConstExpr::i32_const(address as i32),
                        bytes.iter().copied(),
                    );
                }
            }
            None => {
                for datum in self.runtime.data.clone() {
                    self.runtime_remap
                        .parse_data(&mut data, datum)
                        .map_err(|e| e.to_string())?;
                }
            }
        }
        for datum in &self.user.data {
            match &datum.kind {
                DataKind::Active { offset_expr, .. } => {
                    let offset = module::i32_const(offset_expr)
                        .ok_or("generated data offset is not an i32.const")?;
                    let address = self.data_base as i32 + offset;
                    data.active(
                        0,
                        &ConstExpr::i32_const(address),
                        datum.data.iter().copied(),
                    );
                }
                DataKind::Passive => {
                    data.passive(datum.data.iter().copied());
                }
            }
        }
        Ok(data)
    }

    /// Function names; the runtime's Rust names demangled without their hashes
    /// (`mlrt::gc::collect`), as traps and backtraces show them anyway.
    fn names(&self) -> NameSection {
        let mut named: Vec<(u32, String)> = Vec::new();
        for (module, remap) in [
            (self.runtime, &self.runtime_remap),
            (self.user, &self.user_remap),
        ] {
            let is_user = std::ptr::eq(module, self.user);
            let imported = module.imported_function_count();
            for &(old, name) in &module.function_names {
                if is_user && old < imported {
                    continue;
                }
                if let Some(Some(new)) = remap.functions.get(old as usize) {
                    let name = if is_user {
                        name.to_owned()
                    } else {
                        format!("{:#}", rustc_demangle::demangle(name))
                    };
                    named.push((*new, name));
                }
            }
        }
        named.sort_by_key(|(index, _)| *index);
        named.dedup_by_key(|(index, _)| *index);
        let mut functions = NameMap::new();
        for (index, name) in &named {
            functions.append(*index, name);
        }
        let mut names = NameSection::new();
        names.functions(&functions);
        names
    }
}

/// What the linker supports of each input.
fn check_shapes(runtime: &Module<'_>, user: &Module<'_>) -> Result<(), String> {
    if runtime.memories.len() != 1 || !runtime.imported_memories.is_empty() {
        return Err("the runtime must define exactly one memory".into());
    }
    if runtime.start.is_some() || user.start.is_some() {
        return Err("start sections are not supported".into());
    }
    if !user.memories.is_empty() {
        return Err("generated code must import its memory".into());
    }
    if !user.imported_tables.is_empty() && runtime.tables.is_empty() {
        return Err("the runtime has no function table".into());
    }
    if let Some(import) = user
        .imported_memories
        .iter()
        .find(|m| m.module != IMPORT_MODULE)
    {
        return Err(format!("memory imported from {}", import.module));
    }
    Ok(())
}

/// The runtime function each function import of the generated module resolves to.
fn resolve_function_imports(runtime: &Module<'_>, user: &Module<'_>) -> Result<Vec<u32>, String> {
    user.imported_functions
        .iter()
        .map(|import| {
            if import.module != IMPORT_MODULE {
                return Err(format!("import from unknown module {}", import.module));
            }
            let index = runtime
                .exported(import.name, ExternalKind::Func)
                .ok_or_else(|| format!("the runtime does not export {}", import.name))?;
            let expected = user.types.get(import.ty as usize);
            if runtime.function_type(index) != expected {
                return Err(format!(
                    "{} has type {:?} in the runtime but {:?} in generated code",
                    import.name,
                    runtime.function_type(index),
                    expected
                ));
            }
            Ok(index)
        })
        .collect()
}

/// `(data_base, heap_start)`: the generated data goes after the runtime's data (and stack).
fn layout(runtime: &Module<'_>, user: &Module<'_>) -> Result<(u32, u32), String> {
    let runtime_end = match runtime.exported("__heap_base", ExternalKind::Global) {
        Some(global) => runtime
            .global_i32_value(global)
            .ok_or("__heap_base is not a constant")? as u32 as u64,
        None => data_end(runtime, 0)?,
    };
    let data_base = runtime_end.next_multiple_of(DATA_ALIGN);
    let heap_start = (data_base + data_end(user, 0)?).next_multiple_of(DATA_ALIGN);
    let heap_start = u32::try_from(heap_start).map_err(|_| "data does not fit in memory")?;
    Ok((data_base as u32, heap_start))
}

/// End of the active data segments of `module` placed at `base`.
fn data_end(module: &Module<'_>, base: u64) -> Result<u64, String> {
    let mut end = 0;
    for datum in &module.data {
        if let DataKind::Active { offset_expr, .. } = &datum.kind {
            let offset = module::i32_const(offset_expr).ok_or("data offset is not an i32.const")?;
            end = end.max(base + offset as u32 as u64 + datum.data.len() as u64);
        }
    }
    Ok(end)
}
