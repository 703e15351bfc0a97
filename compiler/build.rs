//! Build steps of the compiler, each in its own file under `build/`:
//! - `lexicons.rs`: `lexicons/*.toml` -> `$OUT_DIR/lexicons.rs` (static tables, no parsing at run time)
//! - `runtime.rs`: the `no_std` guest runtime (`runtime/`) built for wasm32 -> `$OUT_DIR/mlrt.wasm`

#[path = "build/lexicons.rs"]
mod lexicons;
#[path = "build/runtime.rs"]
mod runtime;

fn main() {
    lexicons::generate();
    runtime::build();
}
