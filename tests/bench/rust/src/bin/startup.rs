// Start-up baseline of Rust on wasmtime (see tests/bench/startup/README.md).
fn main() {}
