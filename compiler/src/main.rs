//! `mlc` command line (built natively as `mlcc`, and for wasm32-wasip1 as `mlc.wasm`).

fn main() {
    eprintln!("mlc: not implemented yet");
    std::process::exit(2);
}
