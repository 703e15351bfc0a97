//! Type inference (see `types.rs` for the types and what they promise).
mod fixpoint;
pub(super) mod walk;

pub use fixpoint::{Names, infer};
pub use walk::unbound_names;
