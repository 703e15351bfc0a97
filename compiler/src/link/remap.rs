//! Index renumbering of one input module into the linked module's index spaces.
use wasm_encoder::reencode::{Error, Reencode};

/// Old index -> new index, for each index space of one input module.
#[derive(Default)]
pub struct Remap {
    /// `None`: the function was dropped (unreachable), so nothing may refer to it.
    pub functions: Vec<Option<u32>>,
    pub globals: Vec<u32>,
    pub type_offset: u32,
    pub table_offset: u32,
    pub data_offset: u32,
    pub element_offset: u32,
}

fn lookup<T: Copy>(map: &[T], index: u32, what: &str) -> Result<T, Error<String>> {
    map.get(index as usize)
        .copied()
        .ok_or_else(|| Error::UserError(format!("{what} {index} out of range")))
}

impl Reencode for Remap {
    type Error = String;

    fn function_index(&mut self, func: u32) -> Result<u32, Error<String>> {
        lookup(&self.functions, func, "function")?
            .ok_or_else(|| Error::UserError(format!("function {func} was dropped but is used")))
    }

    fn global_index(&mut self, global: u32) -> Result<u32, Error<String>> {
        lookup(&self.globals, global, "global")
    }

    fn type_index(&mut self, ty: u32) -> Result<u32, Error<String>> {
        Ok(ty + self.type_offset)
    }

    fn table_index(&mut self, table: u32) -> Result<u32, Error<String>> {
        Ok(table + self.table_offset)
    }

    fn memory_index(&mut self, memory: u32) -> Result<u32, Error<String>> {
        match memory {
            0 => Ok(0),
            _ => Err(Error::UserError("multiple memories".into())),
        }
    }

    fn data_index(&mut self, data: u32) -> Result<u32, Error<String>> {
        Ok(data + self.data_offset)
    }

    fn element_index(&mut self, element: u32) -> Result<u32, Error<String>> {
        Ok(element + self.element_offset)
    }
}
