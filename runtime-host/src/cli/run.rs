//! `mlc run FILE`: compile with the embedded compiler (unless FILE is a `.wasm` module), then
//! run the module with the granted directories and limits.

use std::path::Path;
use std::time::Instant;

use mlc_host::{Backend, Compiler, HostError, ModuleCache, Output, Runtime, WasiConfig};

use super::args::RunOptions;

pub fn run(options: &RunOptions) -> Result<i32, HostError> {
    let backend = match options.backend {
        Some(backend) => backend,
        None => Backend::from_env()?,
    };
    if !options.file.is_file() {
        return Err(HostError::Usage(format!(
            "cannot open {}: no such file",
            options.file.display()
        )));
    }
    let wasm = if is_wasm(&options.file) {
        std::fs::read(&options.file)
            .map_err(|e| HostError::Io(format!("cannot read {}: {e}", options.file.display())))?
    } else {
        match compile(&options.file, &options.compiler_options, backend)? {
            Ok(wasm) => wasm,
            Err(status) => return Ok(status),
        }
    };

    let started = Instant::now();
    let runtime = Runtime::new(backend, &options.limits)?;
    let (module, outcome) = ModuleCache::from_env().get_or_compile(&runtime, &wasm)?;
    debug!(
        "program: {} bytes, {outcome:?} ({backend}) in {:.1} ms",
        wasm.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    let program_name = options.file.to_string_lossy().into_owned();
    let mut wasi = WasiConfig::new()
        .inherit_stdio()
        .arg(program_name)
        .args(options.program_args.iter().cloned());
    for grant in &options.dirs {
        wasi = wasi.dir(grant.clone());
    }
    let started = Instant::now();
    let mut instance = module.instantiate(wasi)?;
    let status = instance.run();
    debug!(
        "program: ran in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    status
}

fn is_wasm(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "wasm")
}

/// The compiled module, or the compiler's exit status when compilation failed (its
/// diagnostics are already on stderr).
fn compile(
    source: &Path,
    options: &[String],
    backend: Backend,
) -> Result<Result<Vec<u8>, i32>, HostError> {
    let started = Instant::now();
    let cache = ModuleCache::from_env();
    let (compiler, outcome) = Compiler::load(backend, &cache)?;
    debug!(
        "compiler: {outcome:?} ({backend}, cache {}) in {:.1} ms",
        cache
            .dir()
            .map_or("in memory".into(), |d| d.display().to_string()),
        started.elapsed().as_secs_f64() * 1e3
    );
    let compilation = compiler.compile_file(source, options, Output::Inherit)?;
    if compilation.status != 0 {
        return Ok(Err(compilation.status));
    }
    if compilation.wasm.is_empty() {
        return Err(HostError::Load(format!(
            "the compiler reported success but wrote no module for {}",
            source.display()
        )));
    }
    Ok(Ok(compilation.wasm))
}
