//! The runtime's relocations (wasm-ld `--emit-relocs`: the `linking`, `reloc.CODE` and
//! `reloc.DATA` sections): which data and which function-table slots each runtime function and each
//! piece of runtime data refers to. Code and data compiled from Rust materialize a data address or
//! a function pointer (a table slot) only through a relocated `i32.const`, load/store offset or
//! data word, so data nothing reachable refers to is never read, and a table slot nothing reachable
//! materializes is never called. A runtime without these sections keeps all its data and table.
//! The embedded runtime carries only the symbols and relocations read here
//! (`build/runtime_compact.rs`); a test checks they read the same as the full module's.
use super::module::Module;
use super::reach::Graph;
use wasmparser::{
    DataKind, ElementItems, ElementKind, Linking, RelocationType, SymbolFlags, SymbolInfo,
};

/// A byte range `start..end` of one runtime data segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub segment: u32,
    pub start: u32,
    pub end: u32,
}

/// What one function or one piece of data refers to.
#[derive(Default, Debug, PartialEq)]
pub struct Refs {
    /// Data symbols (indices into [`Relocations::symbols`]).
    pub data: Vec<u32>,
    /// Functions whose table slot it materializes (runtime function indices).
    pub slots: Vec<u32>,
}

#[derive(Debug, PartialEq)]
pub struct Relocations {
    /// The defined data symbols.
    pub symbols: Vec<Span>,
    /// References of each data symbol (parallel to `symbols`).
    pub symbol_refs: Vec<Refs>,
    /// References of each defined runtime function (by body index).
    pub function_refs: Vec<Refs>,
    /// Data symbols the program reaches without relocations: exported ones and those at the
    /// address of an exported global (generated code reads the collector's state there).
    pub root_symbols: Vec<u32>,
    /// Non-zero data bytes no symbol covers (kept), and what relocations in them refer to.
    pub uncovered: Vec<Span>,
    pub uncovered_refs: Refs,
}

/// Where a relocation points: a function's table slot or a data address.
enum Target {
    Slot(u32),
    Data { symbol: u32, address: i64 },
    Other,
}

impl Relocations {
    /// `Ok(None)` when the runtime carries no relocations; an error when they are inconsistent.
    pub fn read(runtime: &Module<'_>) -> Result<Option<Relocations>, String> {
        let (Some(linking), Some(code_start), Some(data_start)) =
            (&runtime.linking, runtime.code_start, runtime.data_start)
        else {
            return Ok(None);
        };
        let all_active = runtime.data.iter().all(|d| match &d.kind {
            DataKind::Active { offset_expr, .. } => super::module::i32_const(offset_expr).is_some(),
            DataKind::Passive => false,
        });
        if runtime.relocations.is_empty() || !all_active {
            return Ok(None);
        }
        let mut reader = Reader::new(runtime);
        for subsection in linking.subsections() {
            if let Linking::SymbolTable(map) = subsection.map_err(|e| e.to_string())? {
                for symbol in map {
                    reader.add_symbol(symbol.map_err(|e| e.to_string())?)?;
                }
            }
        }
        reader.index_symbols();
        let mut relocations = Relocations {
            symbol_refs: reader.symbols.iter().map(|_| Refs::default()).collect(),
            function_refs: runtime.bodies.iter().map(|_| Refs::default()).collect(),
            root_symbols: reader.roots(runtime),
            uncovered: reader.uncovered(),
            uncovered_refs: Refs::default(),
            symbols: Vec::new(),
        };
        for (name, section) in &runtime.relocations {
            let in_code = match *name {
                "reloc.CODE" => true,
                "reloc.DATA" => false,
                _ => continue,
            };
            let base = if in_code { code_start } else { data_start };
            for entry in section.entries() {
                let entry = entry.map_err(|e| e.to_string())?;
                let (data, slot) = match reader.target(&entry)? {
                    Target::Slot(f) => (Vec::new(), Some(f)),
                    Target::Data { symbol, address } => {
                        (reader.data_targets(symbol, address), None)
                    }
                    Target::Other => continue,
                };
                let at = base + u64::from(entry.offset);
                reader.check(&entry, at, in_code)?;
                let mut owners: Vec<&mut Refs> = Vec::new();
                if in_code {
                    let body = reader
                        .body_at(at)
                        .ok_or("code relocation outside functions")?;
                    owners.push(&mut relocations.function_refs[body]);
                } else {
                    let (segment, pos) =
                        reader.data_at(at).ok_or("data relocation outside data")?;
                    let symbols = reader.covering(segment, pos);
                    if symbols.is_empty() {
                        owners.push(&mut relocations.uncovered_refs);
                    }
                    for (i, refs) in relocations.symbol_refs.iter_mut().enumerate() {
                        if symbols.contains(&(i as u32)) {
                            owners.push(refs);
                        }
                    }
                }
                for refs in owners {
                    refs.data.extend(&data);
                    refs.slots.extend(slot);
                }
            }
        }
        relocations.symbols = reader.symbols.iter().map(|s| s.span).collect();
        Ok(Some(relocations))
    }

    /// Adds the data symbols to `graph` as nodes after its function nodes, and the references of
    /// the runtime's defined functions (from node `first_defined` on) and of its data. What data
    /// no symbol covers refers to goes to `roots` and `taken`.
    pub fn add_to(
        &self,
        graph: &mut Graph,
        first_defined: u32,
        roots: &mut Vec<u32>,
        taken: &mut [bool],
    ) {
        let first_symbol = graph.edges.len() as u32;
        let node = |symbol: &u32| first_symbol + symbol;
        for (i, refs) in self.function_refs.iter().enumerate() {
            let function = first_defined as usize + i;
            graph.edges[function].extend(refs.data.iter().map(node));
            graph.slots[function].extend(&refs.slots);
        }
        for refs in &self.symbol_refs {
            graph.edges.push(refs.data.iter().map(node).collect());
            graph.slots.push(refs.slots.clone());
        }
        roots.extend(self.root_symbols.iter().map(node));
        roots.extend(self.uncovered_refs.data.iter().map(node));
        for &f in &self.uncovered_refs.slots {
            taken[f as usize] = true;
        }
    }
}

struct DataSymbol {
    span: Span,
    /// Address of the symbol (its span may be cut short by the end of its segment).
    address: u32,
    flags: SymbolFlags,
}

struct Reader<'m, 'a> {
    runtime: &'m Module<'a>,
    /// Symbol table index -> what it names.
    table: Vec<TableSymbol>,
    symbols: Vec<DataSymbol>,
    /// Per segment: data symbols sorted by start, and the largest symbol size.
    by_start: Vec<(Vec<u32>, u32)>,
    /// Code body ranges (file offsets), in body order.
    bodies: Vec<(u64, u64)>,
    /// Data segment contents (file offsets), in segment order.
    segments: Vec<(u64, u64)>,
    /// `(function, table slot)` of the runtime's element segments, sorted.
    slots: Vec<(u32, u32)>,
}

enum TableSymbol {
    Function(u32),
    Data(u32),
    Other,
}

impl<'m, 'a> Reader<'m, 'a> {
    fn new(runtime: &'m Module<'a>) -> Self {
        let bodies = runtime
            .bodies
            .iter()
            .map(|b| (b.range().start, b.range().end))
            .collect();
        let segments = runtime
            .data
            .iter()
            .map(|d| (d.range.end - d.data.len() as u64, d.range.end))
            .collect();
        let mut slots = Vec::new();
        for element in &runtime.elements {
            let ElementKind::Active { offset_expr, .. } = &element.kind else {
                continue;
            };
            let (Some(offset), ElementItems::Functions(items)) =
                (super::module::i32_const(offset_expr), element.items.clone())
            else {
                continue;
            };
            for (i, f) in items.into_iter().enumerate() {
                if let Ok(f) = f {
                    slots.push((f, offset as u32 + i as u32));
                }
            }
        }
        slots.sort_unstable();
        Reader {
            runtime,
            table: Vec::new(),
            symbols: Vec::new(),
            by_start: Vec::new(),
            bodies,
            segments,
            slots,
        }
    }

    fn add_symbol(&mut self, symbol: SymbolInfo<'_>) -> Result<(), String> {
        let entry = match symbol {
            SymbolInfo::Func { index, .. } => TableSymbol::Function(index),
            SymbolInfo::Data {
                flags,
                symbol: Some(defined),
                ..
            } if !flags.contains(SymbolFlags::ABSOLUTE) => {
                let datum = self
                    .runtime
                    .data
                    .get(defined.index as usize)
                    .ok_or("data symbol in a missing segment")?;
                let length = datum.data.len() as u64;
                let base = match &datum.kind {
                    DataKind::Active { offset_expr, .. } => {
                        super::module::i32_const(offset_expr).unwrap_or(0) as u32
                    }
                    DataKind::Passive => 0,
                };
                // wasm-ld leaves trailing zeros out of a segment: past its end, a symbol has no
                // bytes to keep (memory there starts zeroed).
                let end = (u64::from(defined.offset) + u64::from(defined.size)).min(length);
                let start = u64::from(defined.offset).min(end);
                self.symbols.push(DataSymbol {
                    span: Span {
                        segment: defined.index,
                        start: start as u32,
                        end: end as u32,
                    },
                    address: base.wrapping_add(defined.offset),
                    flags,
                });
                TableSymbol::Data(self.symbols.len() as u32 - 1)
            }
            _ => TableSymbol::Other,
        };
        self.table.push(entry);
        Ok(())
    }

    fn index_symbols(&mut self) {
        self.by_start = (0..self.runtime.data.len())
            .map(|segment| {
                let mut ids: Vec<u32> = (0..self.symbols.len() as u32)
                    .filter(|&i| self.symbols[i as usize].span.segment == segment as u32)
                    .collect();
                ids.sort_by_key(|&i| self.symbols[i as usize].span.start);
                let largest = ids
                    .iter()
                    .map(|&i| {
                        let span = self.symbols[i as usize].span;
                        span.end - span.start
                    })
                    .max()
                    .unwrap_or(0);
                (ids, largest)
            })
            .collect();
    }

    /// The data symbols covering byte `pos` of `segment`.
    fn covering(&self, segment: u32, pos: u32) -> Vec<u32> {
        let Some((ids, largest)) = self.by_start.get(segment as usize) else {
            return Vec::new();
        };
        let after = ids.partition_point(|&i| self.symbols[i as usize].span.start <= pos);
        ids[..after]
            .iter()
            .rev()
            .take_while(|&&i| self.symbols[i as usize].span.start + largest >= pos)
            .copied()
            .filter(|&i| {
                let span = self.symbols[i as usize].span;
                span.start <= pos && pos < span.end
            })
            .collect()
    }

    /// The symbols a reference to `symbol` + addend (at `address` in its segment) reaches: the
    /// symbol itself, and the one holding the address when the addend leaves the symbol.
    fn data_targets(&self, symbol: u32, address: i64) -> Vec<u32> {
        let span = self.symbols[symbol as usize].span;
        let mut targets = vec![symbol];
        let outside = address < i64::from(span.start) || address >= i64::from(span.end);
        if let (true, Ok(pos)) = (outside, u32::try_from(address)) {
            targets.extend(self.covering(span.segment, pos));
        }
        targets
    }

    fn target(&self, entry: &wasmparser::RelocationEntry) -> Result<Target, String> {
        use RelocationType::*;
        let symbol = || {
            self.table
                .get(entry.index as usize)
                .ok_or_else(|| format!("relocation to missing symbol {}", entry.index))
        };
        Ok(match entry.ty {
            TableIndexSleb | TableIndexI32 | TableIndexRelSleb | TableIndexSleb64
            | TableIndexI64 | TableIndexRelSleb64 => match symbol()? {
                TableSymbol::Function(f) => Target::Slot(*f),
                _ => return Err("table relocation to a non-function".into()),
            },
            MemoryAddrLeb | MemoryAddrSleb | MemoryAddrI32 | MemoryAddrRelSleb
            | MemoryAddrLeb64 | MemoryAddrSleb64 | MemoryAddrI64 | MemoryAddrRelSleb64
            | MemoryAddrTlsSleb | MemoryAddrLocrelI32 | MemoryAddrTlsSleb64 => match symbol()? {
                TableSymbol::Data(s) => Target::Data {
                    symbol: *s,
                    address: i64::from(self.symbols[*s as usize].span.start) + entry.addend,
                },
                // Linker-defined addresses (`__heap_base`, `__data_end`) hold no data.
                _ => Target::Other,
            },
            _ => Target::Other,
        })
    }

    /// Checks that the relocated value in the module is what the relocation says (a table slot
    /// or an address), so that offsets and symbols are read right.
    fn check(
        &self,
        entry: &wasmparser::RelocationEntry,
        at: u64,
        in_code: bool,
    ) -> Result<(), String> {
        use RelocationType::*;
        let expected = match (entry.ty, self.table.get(entry.index as usize)) {
            (TableIndexSleb | TableIndexI32, Some(TableSymbol::Function(f))) => {
                let at = self.slots.partition_point(|&(g, _)| g < *f);
                match self.slots.get(at) {
                    Some(&(g, slot)) if g == *f => i64::from(slot),
                    _ => {
                        return Err(format!(
                            "relocation to function {f}, which has no table slot"
                        ));
                    }
                }
            }
            (MemoryAddrLeb | MemoryAddrSleb | MemoryAddrI32, Some(TableSymbol::Data(s))) => {
                i64::from(self.symbols[*s as usize].address) + entry.addend
            }
            _ => return Ok(()),
        };
        let bytes = self.runtime.bytes.get(at as usize..).unwrap_or_default();
        let found = match entry.ty {
            TableIndexI32 | MemoryAddrI32 => bytes
                .get(..4)
                .map(|b| i64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
            _ => read_leb(bytes, entry.ty != MemoryAddrLeb),
        };
        if found != Some(expected) {
            let section = if in_code { "code" } else { "data" };
            return Err(format!(
                "runtime relocation at {section} offset {} does not match the module ({found:?}, expected {expected})",
                entry.offset
            ));
        }
        Ok(())
    }

    fn body_at(&self, at: u64) -> Option<usize> {
        let after = self.bodies.partition_point(|&(start, _)| start <= at);
        let index = after.checked_sub(1)?;
        (at < self.bodies[index].1).then_some(index)
    }

    fn data_at(&self, at: u64) -> Option<(u32, u32)> {
        self.segments
            .iter()
            .position(|&(start, end)| start <= at && at < end)
            .map(|s| (s as u32, (at - self.segments[s].0) as u32))
    }

    /// Exported data symbols and those at the address of an exported global.
    fn roots(&self, runtime: &Module<'_>) -> Vec<u32> {
        let mut roots: Vec<u32> = (0..self.symbols.len() as u32)
            .filter(|&i| {
                let flags = self.symbols[i as usize].flags;
                flags.intersects(SymbolFlags::EXPORTED | SymbolFlags::NO_STRIP)
            })
            .collect();
        for export in &runtime.exports {
            if export.kind != wasmparser::ExternalKind::Global {
                continue;
            }
            let Some(address) = runtime.global_i32_value(export.index) else {
                continue;
            };
            for (segment, datum) in runtime.data.iter().enumerate() {
                let DataKind::Active { offset_expr, .. } = &datum.kind else {
                    continue;
                };
                let Some(base) = super::module::i32_const(offset_expr) else {
                    continue;
                };
                let pos = i64::from(address as u32) - i64::from(base as u32);
                if let Ok(pos) = u32::try_from(pos) {
                    roots.extend(self.covering(segment as u32, pos));
                }
            }
        }
        roots
    }

    /// Non-zero bytes of the data segments that no symbol covers.
    fn uncovered(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        for (segment, datum) in self.runtime.data.iter().enumerate() {
            let mut covered = vec![false; datum.data.len()];
            for symbol in self
                .symbols
                .iter()
                .filter(|s| s.span.segment == segment as u32)
            {
                covered[symbol.span.start as usize..symbol.span.end as usize].fill(true);
            }
            let mut pos = 0;
            while pos < datum.data.len() {
                if covered[pos] || datum.data[pos] == 0 {
                    pos += 1;
                    continue;
                }
                let start = pos;
                while pos < datum.data.len() && !covered[pos] {
                    pos += 1;
                }
                spans.push(Span {
                    segment: segment as u32,
                    start: start as u32,
                    end: pos as u32,
                });
            }
        }
        spans
    }
}

/// A LEB128 number of at most 5 bytes (relocated immediates are padded to 5), signed or not.
fn read_leb(bytes: &[u8], signed: bool) -> Option<i64> {
    let mut value: i64 = 0;
    for (i, &byte) in bytes.iter().take(5).enumerate() {
        value |= i64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            let bits = 7 * (i + 1);
            if signed && byte & 0x40 != 0 && bits < 64 {
                value -= 1 << bits;
            }
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Module, Relocations};

    #[test]
    fn the_runtime_carries_relocations_that_match_it() {
        let runtime = Module::parse(super::super::RUNTIME_WASM, "runtime").unwrap();
        let relocations = Relocations::read(&runtime)
            .unwrap()
            .expect("the runtime is linked with --emit-relocs");
        assert!(
            relocations
                .function_refs
                .iter()
                .any(|r| !r.slots.is_empty())
        );
        assert!(relocations.function_refs.iter().any(|r| !r.data.is_empty()));
        assert!(relocations.symbol_refs.iter().any(|r| !r.data.is_empty()));
        assert!(!relocations.root_symbols.is_empty());
    }

    /// The runtime as wasm-ld built it; the compiler embeds its compact form
    /// (`build/runtime_compact.rs`).
    static FULL_RUNTIME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mlrt.full.wasm"));

    #[test]
    fn the_compact_runtime_links_like_the_full_one() {
        let full = Module::parse(FULL_RUNTIME, "full runtime").unwrap();
        let compact = Module::parse(super::super::RUNTIME_WASM, "runtime").unwrap();
        assert!(compact.bytes.len() < full.bytes.len());
        // The linker shows runtime names demangled; the compact runtime has them so already.
        let shown = |module: &Module<'_>| -> Vec<(u32, String)> {
            let names = module.function_names.iter();
            names
                .map(|&(f, name)| (f, format!("{:#}", rustc_demangle::demangle(name))))
                .collect()
        };
        assert_eq!(shown(&compact), shown(&full));
        let full = Relocations::read(&full).unwrap().unwrap();
        let compact = Relocations::read(&compact).unwrap().unwrap();
        assert!(compact == full, "the compact runtime's relocations differ");
    }
}
