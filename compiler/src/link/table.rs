//! User function-table entries (ABI.md "Callables"): the generated module imports the runtime's
//! table 0 as `mlrt.__indirect_function_table` and fills it with one active element segment at
//! offset `global.get __mlc_table_base`; the linker places those entries after the runtime's own
//! and grows table 0 accordingly.
use super::IMPORT_MODULE;
use super::module::Module;
use wasmparser::{ElementItems, ElementKind, Operator};

/// Name of the runtime's function table, as the generated module imports it.
pub const TABLE: &str = "__indirect_function_table";
/// Linker-defined global: index in table 0 of the generated module's first entry.
pub const TABLE_BASE: &str = "__mlc_table_base";

/// The generated module's table entries (function indices of the generated module, in order).
pub fn user_entries(user: &Module<'_>) -> Result<Vec<u32>, String> {
    if !user.tables.is_empty() {
        return Err("generated code must not define tables".into());
    }
    if let Some(import) = user
        .imported_tables
        .iter()
        .find(|t| t.module != IMPORT_MODULE || t.name != TABLE)
    {
        return Err(format!(
            "table imported as {}.{}",
            import.module, import.name
        ));
    }
    let table_base = user
        .imported_globals
        .iter()
        .position(|g| g.module == IMPORT_MODULE && g.name == TABLE_BASE);
    let mut entries = Vec::new();
    for element in &user.elements {
        let ElementKind::Active {
            table_index,
            offset_expr,
        } = &element.kind
        else {
            return Err("generated element segments must be active".into());
        };
        let mut reader = offset_expr.get_operators_reader();
        let offset = reader.read().map_err(|e| e.to_string())?;
        let at_base = matches!(offset, Operator::GlobalGet { global_index }
            if Some(global_index as usize) == table_base);
        if table_index.unwrap_or(0) != 0 || !at_base || !entries.is_empty() {
            return Err("generated code must have one element segment at __mlc_table_base".into());
        }
        let ElementItems::Functions(items) = element.items.clone() else {
            return Err("generated element segments must list functions".into());
        };
        for f in items {
            entries.push(f.map_err(|e| e.to_string())?);
        }
    }
    Ok(entries)
}

/// The first free index of the runtime's table 0 (0 when it has no table).
pub fn runtime_table_end(runtime: &Module<'_>) -> Result<u32, String> {
    let mut end = runtime.tables.first().map_or(0, |t| t.ty.initial);
    for element in &runtime.elements {
        if let ElementKind::Active {
            table_index,
            offset_expr,
        } = &element.kind
        {
            if table_index.unwrap_or(0) != 0 {
                continue;
            }
            let offset = super::module::i32_const(offset_expr)
                .ok_or("runtime element offset is not an i32.const")?;
            let count = match &element.items {
                ElementItems::Functions(items) => items.count(),
                ElementItems::Expressions(_, items) => items.count(),
            };
            end = end.max(offset as u32 as u64 + u64::from(count));
        }
    }
    u32::try_from(end).map_err(|_| "runtime table too large".into())
}
