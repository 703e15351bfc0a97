//! Parsing of `mlc`'s command line (hand-written: a handful of options, no dependency).

use std::path::PathBuf;

use mlc_host::{Backend, DirGrant, HostError, Limits, parse_seconds, parse_size};

/// A parsed command line.
#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Version,
    /// `mlc run [OPTIONS] FILE [--] [ARGS...]`
    Run(RunOptions),
    /// Any other command (`build`, `check`, `dump`...): handed to the compiler as is.
    Forward {
        args: Vec<String>,
        backend: Option<Backend>,
    },
}

/// Options of `mlc run`.
#[derive(Debug, Default, PartialEq)]
pub struct RunOptions {
    pub file: PathBuf,
    pub program_args: Vec<String>,
    pub dirs: Vec<DirGrant>,
    pub limits: Limits,
    pub backend: Option<Backend>,
    /// Options given to the compiler (`--lang CODE`).
    pub compiler_options: Vec<String>,
}

pub const USAGE: &str = "\
usage: mlc run [OPTIONS] FILE.ml [--] [ARGS...]   compile FILE (or run FILE.wasm) and run it
       mlc build FILE.ml [-o OUT.wasm]          compile (arguments go to the compiler)
       mlc check FILE.ml                        report diagnostics only
       mlc dump ...                             compiler internals (see `mlc dump --help`)
       mlc --help | --version

options of `run`:
  --dir HOST[::GUEST]   let the program use directory HOST (as GUEST); none by default
  --memory-limit SIZE   maximum linear memory, e.g. 64MB (K, M, G are powers of 1024)
  --fuel N              stop the program after about N wasm instructions
  --timeout SECS        stop the program after SECS seconds of wall-clock time
  --stack-size SIZE     maximum wasm stack, e.g. 8MB (default 512K)
  --backend NAME        cranelift | pulley | auto (default: $MULTILINGUAL_BACKEND, auto)
  --lang CODE           source language, skipping detection (passed to the compiler)

environment: MULTILINGUAL_BACKEND, MULTILINGUAL_DEBUG=1 (timings on stderr),
             MLC_CACHE_DIR (compiled compiler cache; default ~/.cache/mlc)
exit status: 0 success, 1 compile error / uncaught exception / trap, n for sys.exit(n),
             2 wrong usage";

fn usage(message: impl Into<String>) -> HostError {
    HostError::Usage(message.into())
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, HostError> {
    let Some((command, rest)) = args.split_first() else {
        return Err(usage("no command given"));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" | "version" => Ok(Command::Version),
        "run" => parse_run(rest).map(Command::Run),
        other if other.starts_with('-') => Err(usage(format!("unknown option `{other}`"))),
        _ => parse_forward(args),
    }
}

/// `--name VALUE` or `--name=VALUE`: returns the value and advances `i` past it.
fn option_value(args: &[String], i: &mut usize, name: &str) -> Result<Option<String>, HostError> {
    let arg = &args[*i];
    if let Some(value) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
        *i += 1;
        return Ok(Some(value.to_string()));
    }
    if arg != name {
        return Ok(None);
    }
    let value = args
        .get(*i + 1)
        .ok_or_else(|| usage(format!("`{name}` needs a value")))?;
    *i += 2;
    Ok(Some(value.clone()))
}

fn parse_run(args: &[String]) -> Result<RunOptions, HostError> {
    let mut options = RunOptions::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            i += 1;
            break;
        }
        if !arg.starts_with('-') || arg == "-" {
            break;
        }
        if let Some(spec) = option_value(args, &mut i, "--dir")? {
            options.dirs.push(DirGrant::parse(&spec));
        } else if let Some(size) = option_value(args, &mut i, "--memory-limit")? {
            options.limits.memory_bytes = Some(parse_size(&size).map_err(usage)?);
        } else if let Some(fuel) = option_value(args, &mut i, "--fuel")? {
            let fuel = fuel
                .parse()
                .map_err(|_| usage(format!("invalid fuel `{fuel}` (expected a number)")))?;
            options.limits.fuel = Some(fuel);
        } else if let Some(secs) = option_value(args, &mut i, "--timeout")? {
            options.limits.timeout = Some(parse_seconds(&secs).map_err(usage)?);
        } else if let Some(size) = option_value(args, &mut i, "--stack-size")? {
            let bytes = parse_size(&size).map_err(usage)?;
            let bytes = usize::try_from(bytes)
                .ok()
                .filter(|&b| b > 0)
                .ok_or_else(|| usage(format!("invalid stack size `{size}`")))?;
            options.limits.stack_bytes = Some(bytes);
        } else if let Some(name) = option_value(args, &mut i, "--backend")? {
            options.backend = Some(name.parse().map_err(usage)?);
        } else if let Some(lang) = option_value(args, &mut i, "--lang")? {
            options
                .compiler_options
                .extend(["--lang".to_string(), lang]);
        } else {
            return Err(usage(format!("unknown option `{arg}` for `mlc run`")));
        }
    }
    let Some(file) = args.get(i) else {
        return Err(usage("`mlc run` needs a FILE to run"));
    };
    options.file = PathBuf::from(file);
    let mut rest = &args[i + 1..];
    if rest.first().is_some_and(|a| a == "--") {
        rest = &rest[1..];
    }
    options.program_args = rest.to_vec();
    Ok(options)
}

/// Forwarded commands keep all their arguments except the host's own `--backend`.
fn parse_forward(args: &[String]) -> Result<Command, HostError> {
    let mut forwarded = Vec::with_capacity(args.len());
    let mut backend = None;
    let mut i = 0;
    while i < args.len() {
        if let Some(name) = option_value(args, &mut i, "--backend")? {
            backend = Some(name.parse().map_err(usage)?);
        } else {
            forwarded.push(args[i].clone());
            i += 1;
        }
    }
    Ok(Command::Forward {
        args: forwarded,
        backend,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn parse_words(line: &str) -> Result<Command, HostError> {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        parse(&args)
    }

    fn run_options(line: &str) -> RunOptions {
        match parse_words(line) {
            Ok(Command::Run(options)) => options,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn run_with_options_and_program_arguments() {
        let options = run_options(
            "run --dir data::/d --memory-limit 64MB --fuel=1000 --timeout 2 --stack-size 1M \
             --backend pulley --lang fr prog.ml -- --dir x y",
        );
        assert_eq!(options.file, PathBuf::from("prog.ml"));
        assert_eq!(options.program_args, ["--dir", "x", "y"]);
        assert_eq!(options.dirs, [DirGrant::read_write("data", "/d")]);
        assert_eq!(options.limits.memory_bytes, Some(64 << 20));
        assert_eq!(options.limits.fuel, Some(1000));
        assert_eq!(options.limits.timeout, Some(Duration::from_secs(2)));
        assert_eq!(options.limits.stack_bytes, Some(1 << 20));
        assert_eq!(options.backend, Some(Backend::Pulley));
        assert_eq!(options.compiler_options, ["--lang", "fr"]);
    }

    #[test]
    fn arguments_after_the_file_belong_to_the_program() {
        let options = run_options("run prog.ml a --fuel 3");
        assert_eq!(options.program_args, ["a", "--fuel", "3"]);
        assert_eq!(options.limits.fuel, None);
    }

    #[test]
    fn forwarded_commands_keep_their_arguments() {
        assert_eq!(
            parse_words("build --backend pulley x.ml -o y.wasm").unwrap(),
            Command::Forward {
                args: ["build", "x.ml", "-o", "y.wasm"].map(String::from).to_vec(),
                backend: Some(Backend::Pulley),
            }
        );
    }

    #[test]
    fn usage_errors() {
        for line in [
            "",
            "--frobnicate",
            "run",
            "run --fuel",
            "run --fuel many x.ml",
            "run --memory-limit 3XB x.ml",
            "run --timeout 0 x.ml",
            "run --backend fast x.ml",
            "run --what x.ml",
        ] {
            assert!(
                matches!(parse_words(line), Err(HostError::Usage(_))),
                "{line}"
            );
        }
    }
}
