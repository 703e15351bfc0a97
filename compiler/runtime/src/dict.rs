//! Insertion-ordered hash table for dict and set: a hashbrown table of indices into an entries
//! vector (deleted entries keep their slot as a tombstone until compaction).

use crate::exc::R;
use crate::num;
use crate::value::*;
use alloc::vec::Vec;
use hashbrown::HashTable;

pub struct Entry {
    pub hash: i64,
    /// `UNBOUND` = deleted.
    pub key: Word,
    pub value: Word,
}

pub struct Dict {
    pub entries: Vec<Entry>,
    table: HashTable<u32>,
    pub(crate) live: usize,
    /// `Some` for sets: `entries` is then CPython's slot table (set_table.rs), `table` unused.
    pub(crate) slots: Option<crate::set_table::SlotState>,
}

#[inline]
fn mix(h: i64) -> u64 {
    (h as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(26)
}

#[inline]
pub(crate) fn same_key(stored: Word, key: Word) -> bool {
    stored == key || (stored != UNBOUND && num::eq(stored, key))
}

impl Default for Dict {
    fn default() -> Self {
        Self::new()
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            entries: Vec::new(),
            table: HashTable::new(),
            live: 0,
            slots: None,
        }
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn find_hashed(&self, key: Word, hash: i64) -> Option<usize> {
        if self.slots.is_some() {
            return self.slot_find(hash, |e| same_key(e.key, key));
        }
        let entries = &self.entries;
        self.table
            .find(mix(hash), |&i| {
                let e = &entries[i as usize];
                e.hash == hash && same_key(e.key, key)
            })
            .map(|&i| i as usize)
    }

    /// A user `__eq__` run by the lookup may raise: it leaves the exception pending.
    pub fn find(&self, key: Word) -> R<Option<usize>> {
        let h = num::hash(key)?;
        let before = crate::state::state().pending;
        let found = self.find_hashed(key, h);
        if crate::state::state().pending != before {
            return Err(crate::exc::Raised);
        }
        Ok(found)
    }

    /// The entry whose key is the str with bytes `name` (attribute dicts; never runs user code).
    pub fn find_str(&self, name: &[u8]) -> Option<usize> {
        let h = crate::text::hash_bytes(name);
        let is_name = |e: &Entry| {
            e.hash == h
                && is_heap(e.key)
                && crate::object::is_tag(e.key, crate::object::tag::STR)
                && crate::object::str_bytes(e.key) == name
        };
        if self.slots.is_some() {
            return self.slot_find(h, is_name);
        }
        let entries = &self.entries;
        self.table
            .find(mix(h), |&i| is_name(&entries[i as usize]))
            .map(|&i| i as usize)
    }

    pub fn get_str(&self, name: &[u8]) -> Option<Word> {
        self.find_str(name).map(|i| self.entries[i].value)
    }

    pub fn get(&self, key: Word) -> R<Option<Word>> {
        Ok(self.find(key)?.map(|i| self.entries[i].value))
    }

    pub fn insert(&mut self, key: Word, value: Word) -> R<()> {
        let h = num::hash(key)?;
        let before = crate::state::state().pending;
        self.insert_hashed(key, h, value);
        if crate::state::state().pending != before {
            return Err(crate::exc::Raised);
        }
        Ok(())
    }

    pub fn insert_hashed(&mut self, key: Word, hash: i64, value: Word) {
        if self.slots.is_some() {
            return self.slot_add(key, hash);
        }
        if let Some(i) = self.find_hashed(key, hash) {
            self.entries[i].value = value;
            return;
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.table
            .insert_unique(mix(hash), idx, |&i| mix(entries[i as usize].hash));
        self.live += 1;
    }

    /// Remove `key`; returns the removed (key, value).
    pub fn remove(&mut self, key: Word) -> R<Option<(Word, Word)>> {
        let h = num::hash(key)?;
        if self.slots.is_some() {
            let found = self.find_hashed(key, h);
            return Ok(found.map(|s| (self.slot_discard(s), NONE)));
        }
        let entries = &self.entries;
        let found = self.table.find_entry(mix(h), |&i| {
            let e = &entries[i as usize];
            e.hash == h && same_key(e.key, key)
        });
        let Ok(occupied) = found else { return Ok(None) };
        let (i, _) = occupied.remove();
        Ok(Some(self.remove_entry(i as usize)))
    }

    fn remove_entry(&mut self, i: usize) -> (Word, Word) {
        let e = &mut self.entries[i];
        let kv = (e.key, e.value);
        e.key = UNBOUND;
        e.value = UNBOUND;
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        kv
    }

    /// Remove and return the last live entry.
    pub fn pop_last(&mut self) -> Option<(Word, Word)> {
        if self.slots.is_some() {
            return self.slot_pop().map(|k| (k, NONE));
        }
        let i = self.entries.iter().rposition(|e| e.key != UNBOUND)?;
        let h = self.entries[i].hash;
        if let Ok(o) = self.table.find_entry(mix(h), |&j| j as usize == i) {
            o.remove();
        }
        let kv = self.remove_entry(i);
        while self.entries.last().is_some_and(|e| e.key == UNBOUND) {
            self.entries.pop();
        }
        Some(kv)
    }

    pub fn compact(&mut self) {
        if self.slots.is_some() {
            return;
        }
        self.entries.retain(|e| e.key != UNBOUND);
        self.table.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.table
                .insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
        }
    }

    pub fn clear(&mut self) {
        if self.slots.is_some() {
            return self.slot_clear();
        }
        self.entries.clear();
        self.table.clear();
        self.live = 0;
    }

    pub fn live(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.key != UNBOUND)
    }

    /// Live entry at or after position `i` (for iterators): its index.
    pub fn next_live(&self, mut i: usize) -> Option<usize> {
        while i < self.entries.len() {
            if self.entries[i].key != UNBOUND {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}
