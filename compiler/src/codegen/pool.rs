//! Module slots: the root frame `_start` pushes holds module globals, hidden per-function
//! default values and constants (strings, big ints, floats) created once at start-up.
use hashbrown::HashMap;

/// How `_start` creates a constant before the module body runs.
#[derive(Clone, Debug)]
pub enum ConstInit {
    /// `mlrt_str_new(data_base + offset, len)`
    Str { offset: u32, len: u32 },
    /// `mlrt_bytes_new(data_base + offset, len)`
    Bytes { offset: u32, len: u32 },
    /// `mlrt_int_from_str(data_base + offset, len)`
    BigInt { offset: u32, len: u32 },
    /// `mlrt_float_new(value)`
    Float(f64),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    Bytes(Vec<u8>),
    BigInt(String),
    Float(u64),
}

#[derive(Default)]
pub struct ModuleSlots {
    named: HashMap<String, u32>,
    consts: HashMap<ConstKey, u32>,
    count: u32,
    /// Bytes of the generated module's data segment (placed by the linker).
    pub data: Vec<u8>,
    /// Constants to create at start-up, in slot order of first use.
    pub inits: Vec<(u32, ConstInit)>,
}

impl ModuleSlots {
    pub fn count(&self) -> u32 {
        self.count
    }

    fn fresh(&mut self) -> u32 {
        self.count += 1;
        self.count - 1
    }

    /// The slot of a module global (or another named module-level value such as a default).
    pub fn named(&mut self, name: &str) -> u32 {
        if let Some(&slot) = self.named.get(name) {
            return slot;
        }
        let slot = self.fresh();
        self.named.insert(name.to_owned(), slot);
        slot
    }

    pub fn string(&mut self, text: &str) -> u32 {
        let key = ConstKey::Str(text.to_owned());
        if let Some(&slot) = self.consts.get(&key) {
            return slot;
        }
        let (offset, len) = self.bytes(text.as_bytes());
        self.constant(key, ConstInit::Str { offset, len })
    }

    pub fn byte_string(&mut self, value: &[u8]) -> u32 {
        let key = ConstKey::Bytes(value.to_vec());
        if let Some(&slot) = self.consts.get(&key) {
            return slot;
        }
        let (offset, len) = self.bytes(value);
        self.constant(key, ConstInit::Bytes { offset, len })
    }

    pub fn big_int(&mut self, digits: &str) -> u32 {
        let key = ConstKey::BigInt(digits.to_owned());
        if let Some(&slot) = self.consts.get(&key) {
            return slot;
        }
        let (offset, len) = self.bytes(digits.as_bytes());
        self.constant(key, ConstInit::BigInt { offset, len })
    }

    pub fn float(&mut self, value: f64) -> u32 {
        let key = ConstKey::Float(value.to_bits());
        if let Some(&slot) = self.consts.get(&key) {
            return slot;
        }
        self.constant(key, ConstInit::Float(value))
    }

    fn constant(&mut self, key: ConstKey, init: ConstInit) -> u32 {
        let slot = self.fresh();
        self.consts.insert(key, slot);
        self.inits.push((slot, init));
        slot
    }

    fn bytes(&mut self, bytes: &[u8]) -> (u32, u32) {
        let offset = self.data.len() as u32;
        self.data.extend_from_slice(bytes);
        (offset, bytes.len() as u32)
    }
}
