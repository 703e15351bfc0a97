//! The library API on hand-written WAT command modules (`tests/programs/*.wat`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mlc_host::{
    Backend, CacheOutcome, ExportKind, HostError, Input, Limits, ModuleCache, Runtime, TrapReason,
    Val, WasiConfig, WasmModule,
};

fn program(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/programs")
        .join(format!("{name}.wat"));
    wat::parse_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load_with(name: &str, backend: Backend, limits: &Limits) -> WasmModule {
    let runtime = Runtime::new(backend, limits).unwrap();
    WasmModule::from_bytes(&runtime, &program(name)).unwrap()
}

fn load(name: &str, limits: &Limits) -> WasmModule {
    load_with(name, Backend::auto(), limits)
}

fn trap_of(result: Result<i32, HostError>) -> (TrapReason, Vec<String>, String) {
    match result {
        Err(err @ HostError::Trap { .. }) => {
            let message = err.to_string();
            let HostError::Trap { reason, frames } = err else {
                unreachable!()
            };
            (
                reason,
                frames.into_iter().map(|f| f.function).collect(),
                message,
            )
        }
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn arguments_reach_the_program_and_stdout_is_captured() {
    for backend in [Backend::Cranelift, Backend::Pulley] {
        let module = load_with("echo_args", backend, &Limits::default());
        let wasi = WasiConfig::new()
            .args(["echo", "première", "second arg"])
            .capture_stdout();
        let mut instance = module.instantiate(wasi).unwrap();
        assert_eq!(instance.run().unwrap(), 0, "{backend}");
        assert_eq!(
            instance.stdout(),
            "première\nsecond arg\n".as_bytes(),
            "{backend}"
        );
    }
}

#[test]
fn stdin_bytes_reach_the_program() {
    let module = load("cat", &Limits::default());
    let input = "line 1\nligne 2 — ünïcödé\n".repeat(500);
    let wasi = WasiConfig::new()
        .stdin(Input::Bytes(input.clone().into_bytes()))
        .capture_stdout();
    let mut instance = module.instantiate(wasi).unwrap();
    assert_eq!(instance.run().unwrap(), 0);
    assert_eq!(instance.stdout(), input.as_bytes());
}

#[test]
fn proc_exit_code_is_the_exit_status() {
    let module = load("exit7", &Limits::default());
    let mut instance = module
        .instantiate(WasiConfig::new().capture_stdout().capture_stderr())
        .unwrap();
    assert_eq!(instance.run().unwrap(), 7);
    assert_eq!(instance.stderr(), b"bye\n");
    assert!(instance.stdout().is_empty());
}

#[test]
fn proc_exit_during_a_call_is_an_exit_error() {
    let module = load("exit7", &Limits::default());
    let mut instance = module
        .instantiate(WasiConfig::new().capture_stderr())
        .unwrap();
    let err = instance.call("_start", &[]).unwrap_err();
    assert!(matches!(err, HostError::Exit(7)), "{err:?}");
    assert_eq!(err.exit_code(), 7);
}

#[test]
fn a_trap_names_the_functions_on_the_stack() {
    for backend in [Backend::Cranelift, Backend::Pulley] {
        let module = load_with("divide_by_zero", backend, &Limits::default());
        let mut instance = module.instantiate(WasiConfig::new()).unwrap();
        let (reason, frames, message) = trap_of(instance.run());
        assert_eq!(
            reason,
            TrapReason::Wasm("wasm trap: integer divide by zero".into())
        );
        assert_eq!(frames, ["divide", "compute", "main"], "{backend}");
        assert!(
            message.starts_with("wasm trap: integer divide by zero\n"),
            "{message}"
        );
        assert!(message.contains("0: divide\n"), "{message}");
        assert!(message.contains("2: main"), "{message}");
    }
}

#[test]
fn fuel_limit_stops_an_endless_loop() {
    let limits = Limits {
        fuel: Some(100_000),
        ..Limits::default()
    };
    let mut instance = load("spin", &limits)
        .instantiate(WasiConfig::new())
        .unwrap();
    let (reason, frames, message) = trap_of(instance.run());
    assert_eq!(reason, TrapReason::OutOfFuel(Some(100_000)));
    assert_eq!(frames, ["spin"]);
    assert!(
        message.contains("ran out of fuel (limit: 100000 units"),
        "{message}"
    );
    assert_eq!(instance.fuel_remaining(), Some(0));
}

#[test]
fn timeout_stops_an_endless_loop() {
    for backend in [Backend::Cranelift, Backend::Pulley] {
        let limits = Limits {
            timeout: Some(Duration::from_millis(200)),
            ..Limits::default()
        };
        let mut instance = load_with("spin", backend, &limits)
            .instantiate(WasiConfig::new())
            .unwrap();
        let started = Instant::now();
        let (reason, _, message) = trap_of(instance.run());
        let elapsed = started.elapsed();
        assert_eq!(
            reason,
            TrapReason::Timeout(Some(Duration::from_millis(200)))
        );
        assert!(message.contains("stopped after 0.2 s"), "{message}");
        assert!(
            elapsed >= Duration::from_millis(190) && elapsed < Duration::from_secs(10),
            "{elapsed:?}"
        );
    }
}

#[test]
fn each_call_gets_the_whole_timeout() {
    let limits = Limits {
        timeout: Some(Duration::from_millis(100)),
        ..Limits::default()
    };
    let mut instance = load("library", &limits)
        .instantiate(WasiConfig::new())
        .unwrap();
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(60));
        let sum = instance.call("add", &[Val::I32(1), Val::I32(2)]).unwrap();
        assert_eq!(sum[0].i32(), Some(3));
    }
}

#[test]
fn stack_limit_stops_endless_recursion() {
    let limits = Limits {
        stack_bytes: Some(64 << 10),
        ..Limits::default()
    };
    let mut instance = load("recurse", &limits)
        .instantiate(WasiConfig::new())
        .unwrap();
    let (reason, frames, message) = trap_of(instance.run());
    assert_eq!(reason, TrapReason::StackOverflow);
    assert!(frames.iter().all(|f| f == "recurse"), "{frames:?}");
    assert!(
        message.ends_with("0: recurse\n       [previous frame repeated 19 more times]"),
        "recursion is collapsed: {message}"
    );
}

#[test]
fn memory_limit_refuses_a_module_that_starts_too_big() {
    let limits = Limits {
        memory_bytes: Some(1 << 20),
        ..Limits::default()
    };
    let err = load("big_memory", &limits)
        .instantiate(WasiConfig::new())
        .err()
        .expect("instantiation must fail");
    let message = err.to_string();
    assert!(matches!(err, HostError::Load(_)), "{err:?}");
    assert!(message.contains("memory limit: 1048576 bytes"), "{message}");
    // Without the limit it runs.
    let mut instance = load("big_memory", &Limits::default())
        .instantiate(WasiConfig::new())
        .unwrap();
    assert_eq!(instance.run().unwrap(), 0);
}

#[test]
fn memory_limit_makes_growing_fail() {
    let limits = Limits {
        memory_bytes: Some(3 * 65536),
        ..Limits::default()
    };
    let mut instance = load("library", &limits)
        .instantiate(WasiConfig::new())
        .unwrap();
    let grow = |instance: &mut mlc_host::WasmInstance, pages: i32| {
        instance.call("grow", &[Val::I32(pages)]).unwrap()[0]
            .i32()
            .unwrap()
    };
    assert_eq!(grow(&mut instance, 2), 1, "old size in pages");
    assert_eq!(
        grow(&mut instance, 1),
        -1,
        "a fourth page exceeds the limit"
    );
}

#[test]
fn exports_calls_and_memory() {
    let module = load("library", &Limits::default());
    let exports: Vec<(String, ExportKind, String)> = module
        .exports()
        .into_iter()
        .map(|e| (e.name, e.kind, e.signature))
        .collect();
    let names: Vec<&str> = exports.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(names, ["memory", "answer", "add", "grow"]);
    assert_eq!(exports[0].1, ExportKind::Memory);
    assert_eq!(exports[1].1, ExportKind::Global);
    assert_eq!(
        (exports[2].1, exports[2].2.as_str()),
        (ExportKind::Function, "(i32, i32) -> i32")
    );

    let mut instance = module.instantiate(WasiConfig::new()).unwrap();
    let sum = instance.call("add", &[Val::I32(40), Val::I32(2)]).unwrap();
    assert_eq!(sum[0].i32(), Some(42));
    assert_eq!(instance.read_memory(16, 13).unwrap(), b"hello, memory");
    assert!(matches!(
        instance.read_memory(65530, 100),
        Err(HostError::Usage(_))
    ));
    assert!(matches!(
        instance.call("missing", &[]),
        Err(HostError::Usage(_))
    ));
    assert!(matches!(
        instance.call("add", &[Val::I64(1), Val::I32(2)]),
        Err(HostError::Load(_))
    ));
}

#[test]
fn unknown_imports_are_reported() {
    let err = load("browser_import", &Limits::default())
        .instantiate(WasiConfig::new())
        .err()
        .expect("instantiation must fail");
    let message = err.to_string();
    assert!(message.contains("env::_dom_set_text"), "{message}");
}

#[test]
fn invalid_modules_are_load_errors() {
    let runtime = Runtime::new(Backend::auto(), &Limits::default()).unwrap();
    for bytes in [&b""[..], b"\0asm\x01\0\0\0\x99", b"not wasm at all"] {
        assert!(matches!(
            WasmModule::from_bytes(&runtime, bytes),
            Err(HostError::Load(_))
        ));
    }
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_cache_compiles_once_then_loads_from_disk() {
    let dir = fresh_dir("module-cache");
    let runtime = Runtime::new(Backend::auto(), &Limits::default()).unwrap();
    let bytes = program("echo_args");

    let cache = ModuleCache::on_disk(&dir);
    let (_, outcome) = cache.get_or_compile(&runtime, &bytes).unwrap();
    assert_eq!(outcome, CacheOutcome::Compiled);
    let (_, outcome) = cache.get_or_compile(&runtime, &bytes).unwrap();
    assert_eq!(outcome, CacheOutcome::Memory);

    let (module, outcome) = ModuleCache::on_disk(&dir)
        .get_or_compile(&runtime, &bytes)
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Disk);
    let mut instance = module
        .instantiate(WasiConfig::new().args(["x", "cached"]).capture_stdout())
        .unwrap();
    assert_eq!(instance.run().unwrap(), 0);
    assert_eq!(instance.stdout(), b"cached\n");

    // Another configuration is another entry.
    let pulley = Runtime::new(Backend::Pulley, &Limits::default()).unwrap();
    let (_, outcome) = ModuleCache::on_disk(&dir)
        .get_or_compile(&pulley, &bytes)
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Compiled);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
}

#[test]
fn a_damaged_cache_file_is_replaced() {
    let dir = fresh_dir("damaged-cache");
    let runtime = Runtime::new(Backend::auto(), &Limits::default()).unwrap();
    let bytes = program("library");
    ModuleCache::on_disk(&dir)
        .get_or_compile(&runtime, &bytes)
        .unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        std::fs::write(entry.unwrap().path(), b"garbage").unwrap();
    }
    let (module, outcome) = ModuleCache::on_disk(&dir)
        .get_or_compile(&runtime, &bytes)
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Compiled);
    let mut instance = module.instantiate(WasiConfig::new()).unwrap();
    assert_eq!(
        instance.call("add", &[Val::I32(1), Val::I32(1)]).unwrap()[0].i32(),
        Some(2)
    );
    let (_, outcome) = ModuleCache::on_disk(&dir)
        .get_or_compile(&runtime, &bytes)
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Disk);
}

#[test]
fn the_least_recently_used_files_are_evicted() {
    let dir = fresh_dir("evicting-cache");
    let runtime = Runtime::new(Backend::auto(), &Limits::default()).unwrap();
    let [first, second, third] = ["echo_args", "cat", "library"].map(program);
    let cache = || ModuleCache::on_disk(&dir).with_max_files(2);
    cache().get_or_compile(&runtime, &first).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    cache().get_or_compile(&runtime, &second).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    // Loading `first` from disk makes `second` the least recently used.
    let (_, outcome) = cache().get_or_compile(&runtime, &first).unwrap();
    assert_eq!(outcome, CacheOutcome::Disk);
    std::thread::sleep(Duration::from_millis(20));
    cache().get_or_compile(&runtime, &third).unwrap();
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
    let outcomes =
        [&first, &second, &third].map(|bytes| cache().get_or_compile(&runtime, bytes).unwrap().1);
    assert_eq!(outcomes[0], CacheOutcome::Disk);
    assert_eq!(outcomes[1], CacheOutcome::Compiled);
}
