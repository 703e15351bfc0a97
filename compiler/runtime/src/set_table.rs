//! CPython's set table (Objects/setobject.c, 3.12): open addressing with 9 linear probes then
//! perturbed jumps, growth at 60% fill, dummies for deleted keys. A set's `Dict::entries` IS this
//! slot table, so iterating a set visits its elements in the same order as CPython.
//!
//! Slot states: empty = key `UNBOUND`, value `UNBOUND`; dummy (deleted) = key `UNBOUND`,
//! value `NONE`; active = any key, value `NONE`.

use crate::dict::{Dict, Entry};
use crate::value::*;
use alloc::vec;
use alloc::vec::Vec;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: u64 = 9;
const PERTURB_SHIFT: u32 = 5;

/// Bookkeeping of a set-mode `Dict` besides its slots (`live` counts active entries).
#[derive(Clone, Copy, Default)]
pub struct SlotState {
    /// Active + dummy slots.
    pub fill: usize,
    /// Where `pop` starts looking.
    pub finger: usize,
}

fn empty_slot() -> Entry {
    Entry {
        hash: 0,
        key: UNBOUND,
        value: UNBOUND,
    }
}

#[inline]
fn is_empty(e: &Entry) -> bool {
    e.key == UNBOUND && e.value == UNBOUND
}

#[inline]
fn is_dummy(e: &Entry) -> bool {
    e.key == UNBOUND && e.value != UNBOUND
}

/// The slot indices CPython visits for `hash` in a table of `mask + 1` slots, in order (endless).
struct Probe {
    mask: u64,
    i: u64,
    j: u64,
    probes: u64,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let mask = mask as u64;
        let i = hash as u64 & mask;
        Probe {
            mask,
            i,
            j: 0,
            probes: if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
        }
    }

    fn next_slot(&mut self) -> usize {
        if self.j > self.probes {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb))
                & self.mask;
            self.j = 0;
            self.probes = if self.i + LINEAR_PROBES <= self.mask {
                LINEAR_PROBES
            } else {
                0
            };
        }
        let slot = self.i + self.j;
        self.j += 1;
        slot as usize
    }
}

fn insert_clean(table: &mut [Entry], hash: i64, key: Word) {
    let mut probe = Probe::new(hash, table.len() - 1);
    loop {
        let s = probe.next_slot();
        if table[s].key == UNBOUND {
            table[s] = Entry {
                hash,
                key,
                value: NONE,
            };
            return;
        }
    }
}

impl Dict {
    /// An empty set table (8 slots).
    pub fn new_set() -> Dict {
        let mut d = Dict::new();
        d.entries = vec![];
        d.entries.resize_with(MIN_SIZE, empty_slot);
        d.slots = Some(SlotState::default());
        d
    }

    pub fn is_set_table(&self) -> bool {
        self.slots.is_some()
    }

    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    fn state(&mut self) -> &mut SlotState {
        self.slots.get_or_insert_with(SlotState::default)
    }

    /// `set_lookkey`: the slot holding a key equal to `key`, if any.
    pub fn slot_find(&self, hash: i64, mut matches: impl FnMut(&Entry) -> bool) -> Option<usize> {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let s = probe.next_slot();
            let e = &self.entries[s];
            if is_empty(e) {
                return None;
            }
            if e.key != UNBOUND && e.hash == hash && matches(e) {
                return Some(s);
            }
        }
    }

    /// `set_add_entry`.
    pub fn slot_add(&mut self, key: Word, hash: i64) {
        let mut probe = Probe::new(hash, self.mask());
        let mut freeslot = None;
        let s = loop {
            let s = probe.next_slot();
            let e = &self.entries[s];
            if is_empty(e) {
                break s;
            }
            if is_dummy(e) {
                freeslot = Some(s);
            } else if e.hash == hash && crate::dict::same_key(e.key, key) {
                return;
            }
        };
        self.live += 1;
        let entry = Entry {
            hash,
            key,
            value: NONE,
        };
        if let Some(f) = freeslot {
            self.entries[f] = entry;
            return;
        }
        self.entries[s] = entry;
        let mask = self.mask();
        let st = self.state();
        st.fill += 1;
        if st.fill * 5 >= mask * 3 {
            let used = self.live;
            self.slot_resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    /// `set_table_resize`: the smallest power-of-two table (at least 8) larger than `minused`.
    pub fn slot_resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let fill = self.state().fill;
        if size == MIN_SIZE && self.entries.len() == MIN_SIZE && fill == self.live {
            return;
        }
        let mut table = Vec::new();
        table.resize_with(size, empty_slot);
        for e in self.entries.iter().filter(|e| e.key != UNBOUND) {
            insert_clean(&mut table, e.hash, e.key);
        }
        self.entries = table;
        let live = self.live;
        self.state().fill = live;
    }

    /// `set_discard_entry`: removes the key in slot `s`, leaving a dummy.
    pub fn slot_discard(&mut self, s: usize) -> Word {
        let key = self.entries[s].key;
        self.entries[s] = Entry {
            hash: -1,
            key: UNBOUND,
            value: NONE,
        };
        self.live -= 1;
        key
    }

    /// `set_pop`: the first active slot from the finger on (wrapping), removed.
    pub fn slot_pop(&mut self) -> Option<Word> {
        if self.live == 0 {
            return None;
        }
        let mask = self.mask();
        let mut s = self.state().finger & mask;
        while self.entries[s].key == UNBOUND {
            s = if s == mask { 0 } else { s + 1 };
        }
        self.state().finger = s + 1;
        Some(self.slot_discard(s))
    }

    /// `set_clear_internal` (the finger survives, as in CPython).
    pub fn slot_clear(&mut self) {
        self.entries.clear();
        self.entries.resize_with(MIN_SIZE, empty_slot);
        self.live = 0;
        self.state().fill = 0;
    }

    /// `set_merge`: add every element of the set table `other` (not `self`).
    pub fn slot_merge(&mut self, other: &Dict) {
        if other.live == 0 {
            return;
        }
        let other_fill = other.slots.map_or(other.live, |s| s.fill);
        if (self.state().fill + other.live) * 5 >= self.mask() * 3 {
            self.slot_resize((self.live + other.live) * 2);
        }
        let fill = self.state().fill;
        if fill == 0 && self.mask() == other.mask() && other_fill == other.live {
            for (mine, theirs) in self.entries.iter_mut().zip(other.entries.iter()) {
                if theirs.key != UNBOUND {
                    *mine = Entry {
                        hash: theirs.hash,
                        key: theirs.key,
                        value: NONE,
                    };
                }
            }
        } else if fill == 0 {
            for e in other.entries.iter().filter(|e| e.key != UNBOUND) {
                insert_clean(&mut self.entries, e.hash, e.key);
            }
        } else {
            for e in other.entries.iter().filter(|e| e.key != UNBOUND) {
                self.slot_add(e.key, e.hash);
            }
            return;
        }
        self.live = other.live;
        self.state().fill = other.live;
    }

    /// `set_update_internal` for an exact dict (or a dict view): one resize, then adds in order.
    pub fn slot_merge_dict(&mut self, other: &Dict) {
        if (self.state().fill + other.live) * 5 >= self.mask() * 3 {
            self.slot_resize((self.live + other.live) * 2);
        }
        let keys: Vec<(Word, i64)> = other.live().map(|e| (e.key, e.hash)).collect();
        for (k, h) in keys {
            self.slot_add(k, h);
        }
    }
}
