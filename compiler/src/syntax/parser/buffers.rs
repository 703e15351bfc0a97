//! Reusable buffers for the lists of the tree (statement bodies, call arguments) while they are
//! parsed: a finished list is copied into a `Vec` of exactly its length. Growing each list in
//! its own `Vec` would leave most of a 4-element allocation unused in the common short lists
//! (a statement is ~250 bytes), and memory traffic is most of the parser's time.

pub(super) struct Buffers<T> {
    free: Vec<Vec<T>>,
}

impl<T> Default for Buffers<T> {
    fn default() -> Self {
        Buffers { free: Vec::new() }
    }
}

impl<T> Buffers<T> {
    /// An empty buffer; give it back with [`Buffers::finish`] (a buffer that is dropped
    /// instead, on an error path, is simply not reused).
    pub(super) fn take(&mut self) -> Vec<T> {
        self.free.pop().unwrap_or_default()
    }

    /// The buffer's items in a `Vec` of their exact length; the buffer is kept for reuse.
    pub(super) fn finish(&mut self, mut buffer: Vec<T>) -> Vec<T> {
        let mut items = Vec::with_capacity(buffer.len());
        items.append(&mut buffer);
        self.free.push(buffer);
        items
    }
}
