//! Link settings of the wasm runtime module: export the end of its static data so the mlc linker
//! knows where the program's data and the heap may start, leave its function table growable, and
//! keep the relocations.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg=--export=__heap_base");
        println!("cargo:rustc-link-arg=--export=__data_end");
        // Addresses of the collector's and the allocator's state, for inline fast paths.
        println!("cargo:rustc-link-arg=--export=mlrt_gc_state");
        println!("cargo:rustc-link-arg=--export=mlrt_heap_state");
        // The mlc linker appends user functions to table 0 (ABI.md: callables).
        println!("cargo:rustc-link-arg=--growable-table");
        // Keep the relocations (`linking`, `reloc.CODE`, `reloc.DATA` sections): the mlc linker
        // reads them to drop the data and function-table entries a program cannot reach.
        println!("cargo:rustc-link-arg=--emit-relocs");
    }
}
