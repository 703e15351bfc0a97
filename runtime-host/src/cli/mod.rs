//! The `mlc` command line: parse, dispatch, turn errors into messages and exit codes.

/// `debug!(...)`: a `[mlc]` line on stderr when `MULTILINGUAL_DEBUG=1`.
macro_rules! debug {
    ($($arg:tt)*) => {
        if mlc_host::debug_enabled() {
            eprintln!("[mlc] {}", format_args!($($arg)*));
        }
    };
}

mod args;
mod forward;
mod run;

use mlc_host::HostError;

use args::Command;

/// Native stack of the thread that runs everything: room for the compiler and for programs
/// with the default wasm stack. `--stack-size` adds to it.
pub const BASE_STACK: usize = 16 << 20;

/// Runs the command line `args` (without the program name) and returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let command = match args::parse(args) {
        Ok(command) => command,
        Err(err) => return report(&err),
    };
    let outcome = match &command {
        Command::Help => {
            println!("{}", args::USAGE);
            Ok(0)
        }
        Command::Version => {
            println!("mlc {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Command::Run(options) => {
            let stack = BASE_STACK + options.limits.stack_bytes.unwrap_or(0);
            on_thread_with_stack(stack, || run::run(options))
        }
        Command::Forward { args, backend } => {
            on_thread_with_stack(BASE_STACK, || forward::forward(args, *backend))
        }
    };
    match outcome {
        Ok(status) => status,
        Err(err) => report(&err),
    }
}

fn report(err: &HostError) -> i32 {
    eprintln!("mlc: {err}");
    if let HostError::Usage(_) = err {
        eprintln!("run `mlc --help` for usage");
    }
    err.exit_code()
}

/// Runs `work` on a thread whose native stack holds the wasm stack (Cranelift code runs on
/// the calling thread's stack).
fn on_thread_with_stack<T: Send>(
    stack: usize,
    work: impl FnOnce() -> Result<T, HostError> + Send,
) -> Result<T, HostError> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("mlc".into())
            .stack_size(stack)
            .spawn_scoped(scope, work)
            .map_err(|e| HostError::Io(format!("cannot start a thread: {e}")))?;
        worker
            .join()
            .unwrap_or_else(|_| Err(HostError::Internal("the host panicked (see above)".into())))
    })
}
