//! The runtime module as the compiler embeds it: what wasm-ld built, reduced to what `src/link`
//! reads of its custom sections. The linker reads function names (`name`), which it demangles,
//! and, through `src/link/relocs.rs`, the defined data symbols and the relocations that
//! materialize a data address or a function's table slot. So this demangles the function names as
//! the linker would and drops the other names, drops symbol names, the symbols no kept relocation
//! refers to (other than data), the relocations of anything else (function, type and global
//! indices, ...), and the other custom sections (`producers`, `target_features`, ...).
//!
//! Every other section is copied byte for byte, so the kept relocations' offsets stay valid. The
//! result is still in the standard `linking`/`reloc.*` format; `src/link/relocs.rs` checks that it
//! reads the same relocations from it as from the full module.
use wasm_encoder::{
    CustomSection, DataSymbolDefinition, Encode, LinkingSection, NameMap, NameSection, RawSection,
};
use wasmparser::{
    KnownCustom, Linking, Name, NameSectionReader, Parser, Payload, RelocAddendKind,
    RelocationEntry, RelocationType, SymbolFlags, SymbolInfo,
};

/// A section of the output, in the order of the input.
enum Section<'a> {
    Copied(u8, &'a [u8]),
    Names(NameSection),
    Linking,
    Relocations(usize),
}

struct Relocations<'a> {
    name: &'a str,
    section: u32,
    entries: Vec<RelocationEntry>,
}

/// The compact form of `full`, or why it cannot be made (the full module then stays usable).
pub fn compact(full: &[u8]) -> Result<Vec<u8>, String> {
    let mut sections = Vec::new();
    let mut symbols: Vec<SymbolInfo<'_>> = Vec::new();
    let mut relocations: Vec<Relocations<'_>> = Vec::new();
    let mut has_linking = false;
    for payload in Parser::new(0).parse_all(full) {
        let payload = payload.map_err(|e| e.to_string())?;
        let Some((id, range)) = payload.as_section() else {
            continue;
        };
        let Payload::CustomSection(custom) = &payload else {
            sections.push(Section::Copied(id, slice(full, range)?));
            continue;
        };
        match (custom.name(), custom.as_known()) {
            ("name", KnownCustom::Name(reader)) => sections.push(Section::Names(names(reader)?)),
            (_, KnownCustom::Linking(reader)) if !has_linking => {
                has_linking = true;
                sections.push(Section::Linking);
                for subsection in reader.subsections() {
                    if let Linking::SymbolTable(map) = subsection.map_err(|e| e.to_string())? {
                        for symbol in map {
                            symbols.push(symbol.map_err(|e| e.to_string())?);
                        }
                    }
                }
            }
            (name @ ("reloc.CODE" | "reloc.DATA"), KnownCustom::Reloc(reader)) => {
                sections.push(Section::Relocations(relocations.len()));
                let entries = reader
                    .entries()
                    .into_iter()
                    .collect::<Result<_, _>>()
                    .map_err(|e| e.to_string())?;
                relocations.push(Relocations {
                    name,
                    section: reader.section_index(),
                    entries,
                });
            }
            _ => {}
        }
    }
    if !has_linking {
        return Err("the runtime has no `linking` section".into());
    }
    for section in &mut relocations {
        section
            .entries
            .retain(|entry| read_by_linker(entry, &symbols));
    }
    let renumbered = renumber(&symbols, &relocations)?;
    let mut module = wasm_encoder::Module::new();
    for section in &sections {
        match section {
            Section::Copied(id, data) => module.section(&RawSection { id: *id, data }),
            Section::Names(names) => module.section(names),
            Section::Linking => module.section(&linking(&symbols, &renumbered)?),
            Section::Relocations(i) => {
                module.section(&reloc_section(&relocations[*i], &renumbered))
            }
        };
    }
    Ok(module.finish())
}

fn slice(bytes: &[u8], range: std::ops::Range<u64>) -> Result<&[u8], String> {
    bytes
        .get(range.start as usize..range.end as usize)
        .ok_or_else(|| "section beyond the end of the module".to_owned())
}

/// The function names, demangled as the linker shows them (`src/link/mod.rs`, `names`): without
/// their hashes. A name whose demangled form the linker would change again stays as it is.
fn names(reader: NameSectionReader<'_>) -> Result<NameSection, String> {
    let mut functions = NameMap::new();
    for subsection in reader {
        if let Name::Function(map) = subsection.map_err(|e| e.to_string())? {
            for naming in map {
                let naming = naming.map_err(|e| e.to_string())?;
                let demangled = format!("{:#}", rustc_demangle::demangle(naming.name));
                let stable = format!("{:#}", rustc_demangle::demangle(&demangled)) == demangled;
                functions.append(naming.index, if stable { &demangled } else { naming.name });
            }
        }
    }
    let mut section = NameSection::new();
    section.functions(&functions);
    Ok(section)
}

/// A defined data symbol with bytes in a segment: the data the linker keeps or drops.
fn is_data(symbol: &SymbolInfo<'_>) -> bool {
    matches!(symbol, SymbolInfo::Data { flags, symbol: Some(_), .. }
        if !flags.contains(SymbolFlags::ABSOLUTE))
}

/// Whether `src/link/relocs.rs` makes something of `entry`: a table slot, or an address in data.
fn read_by_linker(entry: &RelocationEntry, symbols: &[SymbolInfo<'_>]) -> bool {
    use RelocationType::*;
    match entry.ty {
        TableIndexSleb | TableIndexI32 | TableIndexRelSleb | TableIndexSleb64 | TableIndexI64
        | TableIndexRelSleb64 => true,
        MemoryAddrLeb | MemoryAddrSleb | MemoryAddrI32 | MemoryAddrRelSleb | MemoryAddrLeb64
        | MemoryAddrSleb64 | MemoryAddrI64 | MemoryAddrRelSleb64 | MemoryAddrTlsSleb
        | MemoryAddrLocrelI32 | MemoryAddrTlsSleb64 => {
            // A missing symbol is kept so that renumbering reports it.
            symbols.get(entry.index as usize).is_none_or(is_data)
        }
        _ => false,
    }
}

/// New symbol index of each kept symbol: the data symbols and those a kept relocation refers to,
/// in their original order.
fn renumber(
    symbols: &[SymbolInfo<'_>],
    relocations: &[Relocations<'_>],
) -> Result<Vec<Option<u32>>, String> {
    let mut kept: Vec<bool> = symbols.iter().map(is_data).collect();
    for entry in relocations.iter().flat_map(|r| &r.entries) {
        let symbol = kept
            .get_mut(entry.index as usize)
            .ok_or_else(|| format!("relocation to missing symbol {}", entry.index))?;
        *symbol = true;
    }
    let mut next = 0;
    Ok(kept
        .into_iter()
        .map(|keep| {
            keep.then(|| {
                next += 1;
                next - 1
            })
        })
        .collect())
}

/// The kept symbols, without names (an empty name where the format requires one).
fn linking(
    symbols: &[SymbolInfo<'_>],
    renumbered: &[Option<u32>],
) -> Result<LinkingSection, String> {
    let mut table = wasm_encoder::SymbolTable::new();
    for (symbol, new) in symbols.iter().zip(renumbered) {
        if new.is_none() {
            continue;
        }
        match symbol {
            SymbolInfo::Func { flags, index, name } => {
                table.function(flags.bits(), *index, name.map(|_| ""));
            }
            SymbolInfo::Data { flags, symbol, .. } => {
                let definition = symbol.map(|d| DataSymbolDefinition {
                    index: d.index,
                    offset: d.offset,
                    size: d.size,
                });
                table.data(flags.bits(), "", definition);
            }
            other => return Err(format!("relocation of a table slot to {other:?}")),
        }
    }
    let mut section = LinkingSection::new();
    section.symbol_table(&table);
    Ok(section)
}

fn reloc_section(
    relocations: &Relocations<'_>,
    renumbered: &[Option<u32>],
) -> CustomSection<'static> {
    let mut data = Vec::new();
    relocations.section.encode(&mut data);
    (relocations.entries.len() as u32).encode(&mut data);
    for entry in &relocations.entries {
        data.push(entry.ty as u8);
        entry.offset.encode(&mut data);
        // Every kept relocation's symbol is kept (see `renumber`).
        renumbered[entry.index as usize]
            .unwrap_or_default()
            .encode(&mut data);
        match entry.ty.addend_kind() {
            RelocAddendKind::None => {}
            RelocAddendKind::Addend32 => (entry.addend as i32).encode(&mut data),
            RelocAddendKind::Addend64 => entry.addend.encode(&mut data),
        }
    }
    CustomSection {
        name: relocations.name.to_owned().into(),
        data: data.into(),
    }
}
