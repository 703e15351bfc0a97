//! Build steps of the compiler, each in its own file under `build/`:
//! - `lexicons.rs`: `lexicons/*.toml` -> `$OUT_DIR/lexicons.rs` (static tables, no parsing at run time)
//! - `runtime.rs`: the `no_std` guest runtime (`runtime/`) built for wasm32 -> `$OUT_DIR/mlrt.wasm`
//! - `runtime_compact.rs`: the runtime module reduced to what the linker reads of it

#[path = "build/lexicons.rs"]
mod lexicons;
#[path = "build/runtime.rs"]
mod runtime;
#[path = "build/runtime_compact.rs"]
mod runtime_compact;

fn main() {
    lexicons::generate();
    runtime::build();
    // The parser allows 200 nested constructs; each level costs a few KB of stack in mlc.wasm,
    // whose default stack (1 MB) would be too small for the worst case.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=-zstack-size=8388608");
    }
}
