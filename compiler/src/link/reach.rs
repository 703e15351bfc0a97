//! Which functions and which data the linked program can reach.
use wasmparser::{FunctionBody, Operator};

/// What one function body refers to.
#[derive(Default)]
pub struct References {
    /// Functions called directly or taken by `ref.func` (indices of the body's own module).
    pub functions: Vec<u32>,
    /// Type indices of the body's `call_indirect`s: table entries of these types are reachable.
    pub indirect_types: Vec<u32>,
    /// The body reads or copies tables directly: every table entry is reachable.
    pub uses_tables: bool,
    /// The body names data segments (`memory.init`, `data.drop`).
    pub uses_data_segments: bool,
}

pub fn references(body: &FunctionBody<'_>) -> Result<References, String> {
    let mut refs = References::default();
    let mut reader = body.get_operators_reader().map_err(|e| e.to_string())?;
    while !reader.eof() {
        match reader.read().map_err(|e| e.to_string())? {
            Operator::Call { function_index }
            | Operator::ReturnCall { function_index }
            | Operator::RefFunc { function_index } => refs.functions.push(function_index),
            Operator::CallIndirect { type_index, .. }
            | Operator::ReturnCallIndirect { type_index, .. } => {
                refs.indirect_types.push(type_index)
            }
            Operator::TableGet { .. } | Operator::TableInit { .. } | Operator::TableCopy { .. } => {
                refs.uses_tables = true
            }
            Operator::MemoryInit { .. } | Operator::DataDrop { .. } => {
                refs.uses_data_segments = true
            }
            _ => {}
        }
    }
    Ok(refs)
}

/// What refers to what: nodes are functions and pieces of data.
pub struct Graph {
    /// Nodes each node calls or refers to.
    pub edges: Vec<Vec<u32>>,
    /// Functions whose table slot each node materializes (a function pointer).
    pub slots: Vec<Vec<u32>>,
}

impl Graph {
    pub fn new(nodes: usize) -> Graph {
        Graph {
            edges: vec![Vec::new(); nodes],
            slots: vec![Vec::new(); nodes],
        }
    }

    /// Marks every node reachable from `roots`, and in `taken` every function whose table slot a
    /// marked node materializes.
    pub fn mark(
        &self,
        roots: impl IntoIterator<Item = u32>,
        marked: &mut [bool],
        taken: &mut [bool],
    ) {
        let mut work: Vec<u32> = roots.into_iter().collect();
        while let Some(node) = work.pop() {
            let Some(seen) = marked.get_mut(node as usize) else {
                continue;
            };
            if *seen {
                continue;
            }
            *seen = true;
            if let Some(next) = self.edges.get(node as usize) {
                work.extend(next.iter().copied());
            }
            for &f in self.slots.get(node as usize).into_iter().flatten() {
                if let Some(t) = taken.get_mut(f as usize) {
                    *t = true;
                }
            }
        }
    }
}
