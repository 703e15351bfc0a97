//! `mlc build|check|dump ...`: the compiler's own commands, run inside its sandbox with the
//! directories of the files named on the command line granted, and nothing else.

use std::path::Path;

use mlc_host::compiler::GuestPath;
use mlc_host::{Backend, Compiler, DirGrant, HostError, ModuleCache, WasiConfig};

/// Options whose value is a file or directory the compiler writes.
const OUTPUT_OPTIONS: &[&str] = &["-o", "--output", "--out-dir", "--bundle"];
/// Options whose value is not a path.
const VALUE_OPTIONS: &[&str] = &["--lang", "--stage", "--target", "--features", "--emit"];

pub fn forward(args: &[String], backend: Option<Backend>) -> Result<i32, HostError> {
    let backend = match backend {
        Some(backend) => backend,
        None => Backend::from_env()?,
    };
    let sandbox = Sandbox::for_args(args)?;
    let cache = ModuleCache::from_env();
    let (compiler, _) = Compiler::load(backend, &cache)?;
    let mut wasi = WasiConfig::new().inherit_stdio();
    for grant in sandbox.grants {
        wasi = wasi.dir(grant);
    }
    let (status, _) = compiler.invoke(&sandbox.args, wasi)?;
    Ok(status)
}

/// The compiler's arguments (paths rewritten to their guest form) and the directories they
/// need.
#[derive(Debug, PartialEq)]
struct Sandbox {
    args: Vec<String>,
    grants: Vec<DirGrant>,
}

impl Sandbox {
    fn for_args(args: &[String]) -> Result<Sandbox, HostError> {
        let writes_next_to_source = args.first().is_some_and(|c| c == "build")
            && !args.iter().any(|a| is_option_in(a, OUTPUT_OPTIONS));
        let mut sandbox = Sandbox {
            args: Vec::with_capacity(args.len()),
            grants: Vec::new(),
        };
        let mut i = 0;
        while i < args.len() {
            let arg = &args[i];
            i += 1;
            if i == 1 || arg == "-" {
                sandbox.args.push(arg.clone());
            } else if let Some((name, value)) =
                arg.split_once('=').filter(|(n, _)| n.starts_with('-'))
            {
                let value = sandbox.value(name, value)?;
                sandbox.args.push(format!("{name}={value}"));
            } else if arg.starts_with('-') {
                sandbox.args.push(arg.clone());
                let takes_value =
                    is_option_in(arg, OUTPUT_OPTIONS) || is_option_in(arg, VALUE_OPTIONS);
                if takes_value && let Some(value) = args.get(i) {
                    let value = sandbox.value(arg, value)?;
                    sandbox.args.push(value);
                    i += 1;
                }
            } else if Path::new(arg).is_file() {
                let view = GuestPath::of(Path::new(arg))?;
                sandbox.grant(&view, writes_next_to_source);
                sandbox.args.push(view.file);
            } else {
                sandbox.args.push(arg.clone());
            }
        }
        Ok(sandbox)
    }

    /// The value of option `name`, rewritten when it is an output path.
    fn value(&mut self, name: &str, value: &str) -> Result<String, HostError> {
        if !OUTPUT_OPTIONS.contains(&name) || value == "-" {
            return Ok(value.to_string());
        }
        let view = GuestPath::of(Path::new(value))?;
        self.grant(&view, true);
        Ok(view.file)
    }

    /// Grants `view`'s directory once (writable if any use needs it).
    fn grant(&mut self, view: &GuestPath, writable: bool) {
        match self
            .grants
            .iter_mut()
            .find(|g| g.host == view.dir_host && g.guest == view.dir_guest)
        {
            Some(grant) => grant.writable |= writable,
            None => self.grants.push(DirGrant {
                host: view.dir_host.clone(),
                guest: view.dir_guest.clone(),
                writable,
            }),
        }
    }
}

fn is_option_in(arg: &str, options: &[&str]) -> bool {
    let name = arg.split_once('=').map_or(arg, |(name, _)| name);
    options.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sandbox(line: &str) -> Sandbox {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        Sandbox::for_args(&args).unwrap()
    }

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    // Cargo runs tests from the crate directory, where Cargo.toml exists.
    #[test]
    fn build_without_output_may_write_next_to_the_source() {
        let s = sandbox("build Cargo.toml --lang fr");
        assert_eq!(s.args, words("build Cargo.toml --lang fr"));
        assert_eq!(s.grants, [DirGrant::read_write(".", ".")]);
    }

    #[test]
    fn check_reads_only() {
        let s = sandbox("check src/main.rs");
        assert_eq!(s.grants, [DirGrant::read_only("src", "src")]);
    }

    #[test]
    fn output_directory_is_writable_and_source_read_only() {
        let s = sandbox("build src/main.rs -o /tmp/out.wasm");
        assert_eq!(s.args, words("build src/main.rs -o /tmp/out.wasm"));
        assert_eq!(
            s.grants,
            [
                DirGrant::read_only("src", "src"),
                DirGrant::read_write("/tmp", "/tmp")
            ]
        );
        let s = sandbox("build src/main.rs --output=/tmp/out.wasm");
        assert_eq!(s.args, words("build src/main.rs --output=/tmp/out.wasm"));
    }

    #[test]
    fn stdin_and_stdout_need_no_directory() {
        let s = sandbox("build - -o -");
        assert_eq!(s.args, words("build - -o -"));
        assert!(s.grants.is_empty());
    }
}
