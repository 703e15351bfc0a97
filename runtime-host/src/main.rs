//! `mlc`: compile and run multilingual programs natively (the compiler runs as embedded
//! WebAssembly under wasmtime). See `mlc --help`.

mod cli;

use std::io::Write;

fn main() {
    // A host bug must not print a Rust backtrace to users of the language.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("mlc: internal error: {info}");
    }));
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect()
    {
        Ok(args) => args,
        Err(arg) => {
            eprintln!("mlc: argument {arg:?} is not valid UTF-8");
            std::process::exit(2);
        }
    };
    let status = cli::main(&args);
    let _ = std::io::stdout().flush();
    std::process::exit(status);
}
