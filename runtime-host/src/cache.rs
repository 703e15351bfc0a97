//! A cache of compiled modules (the original's `WasmModuleCache`): in memory, and on disk as
//! wasmtime's precompiled artifacts, so loading a known module does no Cranelift compilation.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use wasmtime::Module;

use crate::{HostError, Runtime, WasmModule};

/// Where a module returned by [`ModuleCache::get_or_compile`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Already loaded by this cache.
    Memory,
    /// Deserialized from a precompiled artifact on disk.
    Disk,
    /// Compiled now (and, with a cache directory, written to disk).
    Compiled,
}

/// Compiled modules keyed by a hash of their bytes and of the engine's configuration
/// (wasmtime version, backend, fuel/epoch settings...).
pub struct ModuleCache {
    dir: Option<PathBuf>,
    max_files: usize,
    loaded: Mutex<HashMap<String, Module>>,
}

/// Bump when the layout of the cache directory changes.
const LAYOUT_VERSION: &str = "v1";

/// By default at most this many precompiled modules stay on disk.
const DEFAULT_MAX_FILES: usize = 64;

impl ModuleCache {
    /// A cache kept in memory only.
    pub fn in_memory() -> ModuleCache {
        ModuleCache {
            dir: None,
            max_files: DEFAULT_MAX_FILES,
            loaded: Mutex::new(HashMap::new()),
        }
    }

    /// A cache that also stores precompiled modules in `dir` (created when first written).
    pub fn on_disk(dir: impl Into<PathBuf>) -> ModuleCache {
        ModuleCache {
            dir: Some(dir.into()),
            ..ModuleCache::in_memory()
        }
    }

    /// Keeps at most `max_files` precompiled modules on disk (default 64): writing one more
    /// removes the least recently used.
    pub fn with_max_files(self, max_files: usize) -> ModuleCache {
        ModuleCache {
            max_files: max_files.max(1),
            ..self
        }
    }

    /// The cache in the default directory ([`ModuleCache::default_dir`]), or in memory only
    /// when there is none.
    pub fn from_env() -> ModuleCache {
        match ModuleCache::default_dir() {
            Some(dir) => ModuleCache::on_disk(dir),
            None => ModuleCache::in_memory(),
        }
    }

    /// `$MLC_CACHE_DIR`, else `$XDG_CACHE_HOME/mlc`, else `$HOME/.cache/mlc`.
    pub fn default_dir() -> Option<PathBuf> {
        let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(dir) = non_empty("MLC_CACHE_DIR") {
            return Some(PathBuf::from(dir));
        }
        if let Some(dir) = non_empty("XDG_CACHE_HOME") {
            return Some(PathBuf::from(dir).join("mlc"));
        }
        non_empty("HOME").map(|home| PathBuf::from(home).join(".cache").join("mlc"))
    }

    /// The directory of precompiled modules, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The module compiled from `bytes` for `runtime`: from memory, from disk, or compiled now.
    /// A damaged or incompatible file on disk is replaced; failing to write one is not an error.
    pub fn get_or_compile(
        &self,
        runtime: &Runtime,
        bytes: &[u8],
    ) -> Result<(WasmModule, CacheOutcome), HostError> {
        let key = cache_key(runtime, bytes);
        if let Some(module) = self.lock().get(&key) {
            return Ok((
                WasmModule::from_compiled(runtime, module.clone()),
                CacheOutcome::Memory,
            ));
        }
        let path = self
            .dir
            .as_ref()
            .map(|dir| dir.join(format!("{key}.cwasm")));
        let started = Instant::now();
        let (module, outcome) = match path.as_deref().and_then(|p| load_precompiled(runtime, p)) {
            Some(module) => (module, CacheOutcome::Disk),
            None => {
                let module = WasmModule::from_bytes(runtime, bytes)?.module().clone();
                if let Some(path) = &path {
                    store_precompiled(&module, path);
                    evict_least_recently_used(path, self.max_files);
                }
                (module, CacheOutcome::Compiled)
            }
        };
        debug!(
            "module {key}: {outcome:?} in {:.1} ms",
            started.elapsed().as_secs_f64() * 1e3
        );
        self.lock().insert(key, module.clone());
        Ok((WasmModule::from_compiled(runtime, module), outcome))
    }

    /// Reads `path` and returns its module through the cache.
    pub fn get_or_load(
        &self,
        runtime: &Runtime,
        path: &Path,
    ) -> Result<(WasmModule, CacheOutcome), HostError> {
        let bytes = std::fs::read(path)
            .map_err(|e| HostError::Io(format!("cannot read {}: {e}", path.display())))?;
        self.get_or_compile(runtime, &bytes)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Module>> {
        // A panic while holding the lock cannot leave the map inconsistent.
        self.loaded
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// `LAYOUT-BYTESHASH-CONFIGHASH`: the module's content and everything about the engine that
/// changes the compiled code.
fn cache_key(runtime: &Runtime, bytes: &[u8]) -> String {
    let mut config = DefaultHasher::new();
    runtime
        .engine()
        .precompile_compatibility_hash()
        .hash(&mut config);
    runtime.backend().hash(&mut config);
    let limits = runtime.limits();
    (
        limits.fuel.is_some(),
        limits.timeout.is_some(),
        limits.stack_bytes,
    )
        .hash(&mut config);
    format!(
        "{LAYOUT_VERSION}-{:016x}{:016x}-{:016x}",
        fnv1a(bytes, 0xcbf2_9ce4_8422_2325),
        fnv1a(bytes, 0x6c62_272e_07bb_0142),
        config.finish()
    )
}

/// 64-bit FNV-1a from `seed`; two seeds give a 128-bit content hash.
fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    bytes.iter().fold(seed, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn load_precompiled(runtime: &Runtime, path: &Path) -> Option<Module> {
    if !path.is_file() {
        return None;
    }
    // SAFETY: the file was written by `store_precompiled` (`Module::serialize` of a module
    // compiled by this process's wasmtime) into the user's own cache directory; wasmtime
    // checks its header and refuses artifacts of another version or configuration.
    match unsafe { Module::deserialize_file(runtime.engine(), path) } {
        Ok(module) => {
            // The modification time records the last use, for eviction.
            let touched = std::fs::File::options()
                .append(true)
                .open(path)
                .and_then(|file| file.set_modified(std::time::SystemTime::now()));
            if let Err(e) = touched {
                debug!("cannot touch {}: {e}", path.display());
            }
            Some(module)
        }
        Err(e) => {
            debug!(
                "ignoring cached {}: {}",
                path.display(),
                crate::error::message_of(&e)
            );
            None
        }
    }
}

/// Writes atomically (temporary file + rename) so concurrent runs never see half a file.
fn store_precompiled(module: &Module, path: &Path) {
    let result = (|| -> Result<(), String> {
        let bytes = module
            .serialize()
            .map_err(|e| crate::error::message_of(&e))?;
        let dir = path.parent().ok_or("no parent directory")?;
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&temporary, bytes).map_err(|e| e.to_string())?;
        std::fs::rename(&temporary, path).map_err(|e| e.to_string())
    })();
    match result {
        Ok(()) => debug!("cached {}", path.display()),
        Err(e) => debug!("cannot cache {}: {e}", path.display()),
    }
}

/// Removes the least recently used `.cwasm` files of `newest`'s directory beyond `max_files`.
fn evict_least_recently_used(newest: &Path, max_files: usize) {
    let Some(dir) = newest.parent() else { return };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "cwasm") && path != newest)
        .filter_map(|path| Some((path.metadata().ok()?.modified().ok()?, path)))
        .collect();
    if files.len() < max_files {
        return;
    }
    files.sort();
    for (_, path) in &files[..files.len() + 1 - max_files] {
        match std::fs::remove_file(path) {
            Ok(()) => debug!("evicted {}", path.display()),
            Err(e) => debug!("cannot evict {}: {e}", path.display()),
        }
    }
}
