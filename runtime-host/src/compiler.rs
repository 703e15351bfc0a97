//! The embedded compiler: `mlc.wasm` (crate `mlc`, binary `mlcc`, built for wasm32-wasip1 by
//! this crate's build script) and the ways to run it with only the access it needs.

use std::path::{Component, Path, PathBuf};
use std::time::Instant;

use crate::{
    Backend, CacheOutcome, DirGrant, HostError, Input, Limits, ModuleCache, Output, Runtime,
    WasiConfig, WasmInstance, WasmModule,
};

/// The compiler as a WebAssembly module (empty when the build script could not build it).
pub const MLC_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mlc.wasm"));

/// The compiler's wasm stack: generous for deep syntax trees, small enough for any thread
/// with the usual 2 MiB of native stack.
const COMPILER_STACK: usize = 1 << 20;

/// The compiler loaded into a runtime of its own (no fuel or time limits).
pub struct Compiler {
    module: WasmModule,
}

/// The result of compiling one source file.
#[derive(Debug)]
pub struct Compilation {
    /// The compiler's exit status: 0 on success, 1 for errors in the program, 2 for usage.
    pub status: i32,
    /// The compiled module (empty unless `status` is 0).
    pub wasm: Vec<u8>,
    /// The diagnostics, when they were captured rather than inherited.
    pub diagnostics: Vec<u8>,
}

impl Compiler {
    /// Loads the embedded compiler for `backend`, through `cache` (so that only the first
    /// load on a machine compiles it).
    pub fn load(
        backend: Backend,
        cache: &ModuleCache,
    ) -> Result<(Compiler, CacheOutcome), HostError> {
        if MLC_WASM.is_empty() {
            return Err(HostError::NoCompiler);
        }
        let limits = Limits {
            stack_bytes: Some(COMPILER_STACK),
            ..Limits::default()
        };
        let runtime = Runtime::new(backend, &limits)?;
        let (module, outcome) = cache.get_or_compile(&runtime, MLC_WASM)?;
        Ok((Compiler { module }, outcome))
    }

    /// Runs the compiler's command line: `args` are its arguments after the program name;
    /// `wasi` says what it may see (its `args` are replaced). Returns the exit status and the
    /// instance (for captured output).
    pub fn invoke(
        &self,
        args: &[String],
        wasi: WasiConfig,
    ) -> Result<(i32, WasmInstance), HostError> {
        let wasi = WasiConfig {
            args: std::iter::once("mlc".to_string())
                .chain(args.iter().cloned())
                .collect(),
            ..wasi
        };
        let started = Instant::now();
        let mut instance = self.module.instantiate(wasi)?;
        let status = instance.run().map_err(|err| match err {
            // The compiler never traps on any input: a trap is a compiler bug.
            trap @ HostError::Trap { .. } => {
                HostError::Internal(format!("the compiler crashed: {trap}"))
            }
            other => other,
        })?;
        debug!(
            "compiler {args:?}: status {status} in {:.1} ms",
            started.elapsed().as_secs_f64() * 1e3
        );
        Ok((status, instance))
    }

    /// Compiles the source file at `source` (a host path) with extra compiler `options`
    /// (e.g. `--lang fr`). The compiler may read the file's directory and nothing else; the
    /// module comes back on its standard output. Diagnostics go to `diagnostics`.
    pub fn compile_file(
        &self,
        source: &Path,
        options: &[String],
        diagnostics: Output,
    ) -> Result<Compilation, HostError> {
        let view = GuestPath::of(source)?;
        let mut args = vec![
            "build".to_string(),
            view.file.clone(),
            "-o".into(),
            "-".into(),
        ];
        args.extend(options.iter().cloned());
        let wasi = WasiConfig::new()
            .stdin(Input::Empty)
            .capture_stdout()
            .stderr(diagnostics)
            .dir(DirGrant::read_only(&view.dir_host, &view.dir_guest));
        let (status, instance) = self.invoke(&args, wasi)?;
        Ok(Compilation {
            status,
            wasm: if status == 0 {
                instance.stdout()
            } else {
                Vec::new()
            },
            diagnostics: instance.stderr(),
        })
    }

    /// The compiler module.
    pub fn module(&self) -> &WasmModule {
        &self.module
    }
}

/// How a host file appears inside the compiler's sandbox: its directory is granted under a
/// guest name chosen so that the guest path reads like the path the user typed (diagnostics
/// quote it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestPath {
    pub dir_host: PathBuf,
    pub dir_guest: String,
    pub file: String,
}

impl GuestPath {
    /// The view of `path`. Paths that go up (`..`) are made absolute first, because WASI
    /// guests cannot leave a granted directory.
    pub fn of(path: &Path) -> Result<GuestPath, HostError> {
        let goes_up = path.components().any(|c| matches!(c, Component::ParentDir));
        let path = if goes_up {
            absolute(path)?
        } else {
            path.to_path_buf()
        };
        let file = path
            .to_str()
            .ok_or_else(|| HostError::Usage(format!("{} is not valid UTF-8", path.display())))?
            .to_string();
        let dir_host = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let dir_guest = dir_host.to_string_lossy().into_owned();
        Ok(GuestPath {
            dir_host,
            dir_guest,
            file,
        })
    }
}

/// `path` with its directory canonicalized (the file itself need not exist).
fn absolute(path: &Path) -> Result<PathBuf, HostError> {
    let name = path
        .file_name()
        .ok_or_else(|| HostError::Usage(format!("{} names no file", path.display())))?;
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let parent = parent
        .canonicalize()
        .map_err(|e| HostError::Io(format!("cannot open directory {}: {e}", parent.display())))?;
    Ok(parent.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(path: &str) -> (String, String) {
        let view = GuestPath::of(Path::new(path)).unwrap();
        (view.dir_guest, view.file)
    }

    #[test]
    fn guest_paths_read_like_host_paths() {
        assert_eq!(view("hello.ml"), (".".into(), "hello.ml".into()));
        assert_eq!(view("./hello.ml"), (".".into(), "./hello.ml".into()));
        assert_eq!(
            view("examples/a.fr.ml"),
            ("examples".into(), "examples/a.fr.ml".into())
        );
        assert_eq!(view("/tmp/x.ml"), ("/tmp".into(), "/tmp/x.ml".into()));
    }

    #[test]
    fn paths_going_up_become_absolute() {
        let (dir, file) = view("../x.ml");
        assert!(dir.starts_with('/'), "{dir}");
        assert_eq!(file, format!("{dir}/x.ml"));
    }
}
