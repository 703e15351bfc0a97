//! `mlc` command line (built natively as `mlcc`, and for wasm32-wasip1 as `mlc.wasm`).
//!
//! All the work is done by the library (`mlc::driver`); this file only reads and writes files and
//! standard streams and chooses the exit status: 0 success, 1 compile errors, 2 wrong usage,
//! 3 internal compiler error.
use mlc::driver::{self, Compiled, Options};
use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: mlc build FILE [-o OUT.wasm] [--lang xx]   compile to a WASI module (default OUT: FILE.wasm)
       mlc check FILE [--lang xx]                 report diagnostics only
       mlc dump --stage tokens|ast FILE [--lang xx]
FILE `-` reads standard input; `-o -` writes the module to standard output.";

/// Standard input as FILE and standard output as OUT.
const STDIO: &str = "-";

enum Command {
    Build { output: Option<String> },
    Check,
    Dump { stage: Stage },
}

#[derive(Clone, Copy)]
enum Stage {
    Tokens,
    Ast,
}

struct Invocation {
    command: Command,
    input: String,
    options: Options,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let invocation = match parse_args(&args) {
        Ok(invocation) => invocation,
        Err(message) => {
            eprintln!("mlc: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(invocation) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("mlc: {message}");
            ExitCode::from(1)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Invocation, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("missing command".into());
    };
    let mut output = None;
    let mut stage = None;
    let mut input = None;
    let mut options = Options::default();
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        let mut value = |flag: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match arg.as_str() {
            "-o" | "--output" => output = Some(value(arg)?),
            "--lang" => options.lang = Some(value(arg)?),
            "--stage" => stage = Some(value(arg)?),
            "-h" | "--help" => return Err("help".into()),
            flag if flag.starts_with('-') && flag != STDIO => {
                return Err(format!("unknown option {flag}"));
            }
            file if input.is_none() => input = Some(file.to_owned()),
            extra => return Err(format!("unexpected argument {extra}")),
        }
    }
    let input = input.ok_or("missing FILE")?;
    if output.is_some() && command != "build" {
        return Err("-o is only for build".into());
    }
    let command = match command.as_str() {
        "build" => Command::Build { output },
        "check" => Command::Check,
        "dump" => Command::Dump {
            stage: match stage.as_deref() {
                Some("tokens") => Stage::Tokens,
                Some("ast") => Stage::Ast,
                _ => return Err("dump needs --stage tokens or --stage ast".into()),
            },
        },
        other => return Err(format!("unknown command {other}")),
    };
    Ok(Invocation {
        command,
        input,
        options,
    })
}

fn run(invocation: Invocation) -> Result<ExitCode, String> {
    let source = read_input(&invocation.input)?;
    let name = if invocation.input == STDIO {
        "<stdin>"
    } else {
        invocation.input.as_str()
    };
    match invocation.command {
        // Checking includes code generation: a construct not supported yet is an error too.
        Command::Check => match driver::compile(name, &source, &invocation.options) {
            Compiled::Module(_) => Ok(ExitCode::SUCCESS),
            Compiled::Failed(checked) => {
                eprint!("{}", checked.render_diagnostics());
                Ok(ExitCode::from(1))
            }
            Compiled::InternalError(message) => {
                eprintln!("mlc: internal compiler error: {message}");
                Ok(ExitCode::from(3))
            }
        },
        Command::Dump { stage } => {
            let checked = driver::check(name, &source, &invocation.options);
            let dump = match stage {
                Stage::Tokens => mlc::syntax::dump::tokens(&checked.file, &checked.tokens),
                Stage::Ast => mlc::syntax::dump::ast(&checked.file, &checked.module),
            };
            write_stdout(dump.as_bytes())?;
            eprint!("{}", checked.render_diagnostics());
            Ok(exit_status(checked.has_errors()))
        }
        Command::Build { output } => match driver::compile(name, &source, &invocation.options) {
            Compiled::Module(bytes) => {
                let output = output.unwrap_or_else(|| default_output(&invocation.input));
                if output == STDIO {
                    write_stdout(&bytes)?;
                } else {
                    std::fs::write(&output, &bytes)
                        .map_err(|err| describe_io_error(&output, "write", &err))?;
                }
                Ok(ExitCode::SUCCESS)
            }
            Compiled::Failed(checked) => {
                eprint!("{}", checked.render_diagnostics());
                Ok(ExitCode::from(1))
            }
            Compiled::InternalError(message) => {
                eprintln!("mlc: internal compiler error: {message}");
                Ok(ExitCode::from(3))
            }
        },
    }
}

fn exit_status(has_errors: bool) -> ExitCode {
    if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `prog.fr.ml` -> `prog.fr.wasm`; standard input -> standard output.
fn default_output(input: &str) -> String {
    if input == STDIO {
        return STDIO.to_owned();
    }
    let stem = input.strip_suffix(".ml").unwrap_or(input);
    format!("{stem}.wasm")
}

fn read_input(input: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if input == STDIO {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|err| format!("cannot read standard input: {err}"))?;
        return Ok(bytes);
    }
    std::fs::read(input).map_err(|err| describe_io_error(input, "read", &err))
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|err| format!("cannot write standard output: {err}"))
}

/// Under WASI a file outside the directories the runtime granted cannot be opened at all: say
/// how to grant it instead of only "not found".
fn describe_io_error(path: &str, action: &str, err: &io::Error) -> String {
    let message = format!("cannot {action} {path}: {err}");
    if cfg!(target_os = "wasi") && is_missing_capability(path, err) {
        format!(
            "{message}\n  the WebAssembly runtime gave mlc no access to this directory: \
             run it with `--dir .` (e.g. `wasmtime --dir . mlc.wasm build {path}`)"
        )
    } else {
        message
    }
}

/// Whether `err` comes from a directory that was not preopened rather than a missing file.
fn is_missing_capability(path: &str, err: &io::Error) -> bool {
    /// WASI `errno` value for "not capable".
    const ENOTCAPABLE: i32 = 76;
    let text = err.to_string();
    if text.contains("pre-opened") || text.contains("preopen") {
        return true;
    }
    if err.raw_os_error() == Some(ENOTCAPABLE) || err.kind() == io::ErrorKind::PermissionDenied {
        return true;
    }
    // Without a preopened directory even the file's directory is "not found".
    let directory = std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    err.kind() == io::ErrorKind::NotFound && std::fs::metadata(directory).is_err()
}
