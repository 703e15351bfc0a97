//! End-to-end corpus: every `tests/corpus/NAME.LANG.ml` is run three ways and its stdout (byte for
//! byte) and exit code are compared with `NAME.LANG.out` and `NAME.LANG.code` (0 when absent):
//!
//! * `host::NAME.LANG`: the native host, `mlc run --dir . NAME.LANG.ml -- ARGS...`;
//! * `wasmtime::NAME.LANG`: `mlc.wasm build` under the wasmtime CLI, `wasm-tools validate`, then the
//!   module under the wasmtime CLI;
//! * `node::NAME.LANG`: the same module under node's WASI (`tests/run-node-wasi.mjs`).
//!
//! `NAME.LANG.in` is fed to stdin, `NAME.LANG.args` holds command-line arguments (one per line).
//! `twins::NAME` checks that translated twins (same NAME, several LANGs) expect the same bytes.
//! Expected outputs come from the original implementation or CPython, never from mlc: there is no
//! BLESS mode here on purpose.
//!
//! `tests/corpus/known-failures.txt` lists the programs mlc does not run correctly yet, each with
//! how it fails (`unsupported`: the compiler says "not supported yet"; `wrong`: it runs and prints
//! something else). Their three-way trials are ignored; instead `known::NAME.LANG` runs the host
//! way and fails when the program starts passing (remove it from the list) or fails differently.
//! `BLESS=1` rewrites that list from a host run of every program (it never touches `.out` files).
//!
//! Environment: `MLC_HOST_BIN` (native host binary, default `target/<profile>/mlc`), `MLC_WASM`
//! (compiler module, default: the one runtime-host's build script builds and embeds, in
//! `target/mlc-wasm`, else `dist/mlc.wasm`),
//! `MLC_SKIP_CROSS_RUNTIME=1` (ignore the wasmtime and node ways), `MLC_CORPUS_TIMEOUT` (seconds
//! per process, default 120).

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

fn main() {
    let args = Arguments::from_args();
    let programs = match Program::discover(&corpus_dir()) {
        Ok(programs) => programs,
        Err(message) => {
            eprintln!("corpus: {message}");
            std::process::exit(101);
        }
    };
    let env = Arc::new(Environment::detect());
    if std::env::var("BLESS").as_deref() == Ok("1") {
        bless_known_failures(&env, &programs);
        return;
    }
    let known = match KnownFailures::load(&corpus_dir()) {
        Ok(known) => known,
        Err(message) => {
            eprintln!("corpus: {message}");
            std::process::exit(101);
        }
    };
    let mut trials = Vec::new();
    for program in &programs {
        let program = Arc::new(program.clone());
        let compiled = Arc::new(OnceLock::new());
        let listed = known.kind(&program.stem);
        let ways = [
            host_trial(&env, &program),
            wasmtime_trial(&env, &program, &compiled),
            node_trial(&env, &program, &compiled),
        ];
        match listed {
            None => trials.extend(ways),
            Some(kind) => {
                trials.extend(ways.into_iter().map(|t| t.with_ignored_flag(true)));
                trials.push(known_failure_trial(&env, &program, kind));
            }
        }
    }
    trials.extend(known.stale_entries(&programs));
    trials.extend(twin_trials(&programs));
    libtest_mimic::run(&args, trials).exit();
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn corpus_dir() -> PathBuf {
    repo_root().join("tests").join("corpus")
}

/// `target/<profile>`, found from this test binary (`target/<profile>/deps/corpus-HASH`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| repo_root().join("target").join("debug"))
}

// ---------------------------------------------------------------------------------------------
// Programs

#[derive(Clone, Debug)]
struct Program {
    /// `NAME`: translated twins share it.
    name: String,
    /// `NAME.LANG`.
    stem: String,
    source: PathBuf,
    expected_stdout: Result<Vec<u8>, String>,
    expected_code: Result<i32, String>,
    stdin: Option<PathBuf>,
    args: Vec<String>,
}

impl Program {
    fn discover(dir: &Path) -> Result<Vec<Program>, String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let mut programs = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if let Some(stem) = file_name.strip_suffix(".ml") {
                programs.push(Program::load(dir, stem, path.clone())?);
            }
        }
        programs.sort_by(|a, b| a.stem.cmp(&b.stem));
        Ok(programs)
    }

    fn load(dir: &Path, stem: &str, source: PathBuf) -> Result<Program, String> {
        let Some((name, lang)) = stem.rsplit_once('.') else {
            return Err(format!("{stem}.ml: corpus programs are named NAME.LANG.ml"));
        };
        if lang.len() != 2 {
            return Err(format!(
                "{stem}.ml: `{lang}` is not a two-letter language code"
            ));
        }
        let sibling = |ext: &str| dir.join(format!("{stem}.{ext}"));
        let expected_stdout = fs::read(sibling("out")).map_err(|e| {
            format!(
                "missing {stem}.out ({e}): write it from /work/shared/tools/ml-oracle or CPython 3.12, never from mlc"
            )
        });
        let expected_code = match fs::read_to_string(sibling("code")) {
            Ok(text) => text
                .trim()
                .parse::<i32>()
                .map_err(|e| format!("{stem}.code: not an integer ({e})")),
            Err(_) => Ok(0),
        };
        let stdin = Some(sibling("in")).filter(|p| p.is_file());
        let args = match fs::read_to_string(sibling("args")) {
            Ok(text) => text.lines().map(str::to_owned).collect(),
            Err(_) => Vec::new(),
        };
        Ok(Program {
            name: name.to_owned(),
            stem: stem.to_owned(),
            source,
            expected_stdout,
            expected_code,
            stdin,
            args,
        })
    }

    fn file_name(&self) -> String {
        format!("{}.ml", self.stem)
    }

    /// A fresh scratch directory `target/<profile>/corpus/<stem>/<way>` holding a copy of the source.
    fn workdir(&self, way: &str) -> Result<PathBuf, String> {
        let dir = profile_dir().join("corpus").join(&self.stem).join(way);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        fs::copy(&self.source, dir.join(self.file_name()))
            .map_err(|e| format!("cannot copy {}: {e}", self.source.display()))?;
        Ok(dir)
    }
}

// ---------------------------------------------------------------------------------------------
// Tools

const SETUP_HINT: &str =
    "run scripts/setup-tools (or scripts/test), or set MLC_SKIP_CROSS_RUNTIME=1";

struct Environment {
    skip_cross_runtime: bool,
    timeout: Duration,
    host_bin: Result<PathBuf, String>,
    mlc_wasm: Result<PathBuf, String>,
    wasmtime: Result<PathBuf, String>,
    wasm_tools: Result<PathBuf, String>,
    node: Result<PathBuf, String>,
    /// `mlc.wasm` compiled once by `wasmtime compile`, shared by all builds.
    precompiled_compiler: OnceLock<Result<PathBuf, String>>,
}

impl Environment {
    fn detect() -> Environment {
        let timeout_secs = std::env::var("MLC_CORPUS_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(120);
        Environment {
            skip_cross_runtime: std::env::var("MLC_SKIP_CROSS_RUNTIME").as_deref() == Ok("1"),
            timeout: Duration::from_secs(timeout_secs),
            host_bin: find_host_bin(),
            mlc_wasm: find_mlc_wasm(),
            wasmtime: find_tool("wasmtime"),
            wasm_tools: find_tool("wasm-tools"),
            node: find_tool("node"),
            precompiled_compiler: OnceLock::new(),
        }
    }

    fn precompiled_compiler(&self) -> Result<PathBuf, String> {
        self.precompiled_compiler
            .get_or_init(|| {
                let wasmtime = self.wasmtime.clone()?;
                let mlc_wasm = self.mlc_wasm.clone()?;
                let out = profile_dir().join("corpus").join("mlc.cwasm");
                fs::create_dir_all(out.parent().expect("has parent")).map_err(|e| e.to_string())?;
                let mut command = Command::new(wasmtime);
                command.arg("compile").arg(&mlc_wasm).arg("-o").arg(&out);
                let outcome = run(command, None, self.timeout)?;
                if outcome.code != Some(0) {
                    return Err(format!(
                        "`wasmtime compile {}` failed:\n{}",
                        mlc_wasm.display(),
                        outcome.stderr_text()
                    ));
                }
                Ok(out)
            })
            .clone()
    }
}

fn find_host_bin() -> Result<PathBuf, String> {
    if let Ok(path) = std::env::var("MLC_HOST_BIN") {
        return Ok(PathBuf::from(path));
    }
    let path = profile_dir().join(format!("mlc{}", std::env::consts::EXE_SUFFIX));
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!(
            "native host binary not found at {}: build it with `cargo build -p mlc-host` (same profile) or run scripts/test",
            path.display()
        ))
    }
}

fn find_mlc_wasm() -> Result<PathBuf, String> {
    if let Ok(path) = std::env::var("MLC_WASM") {
        return Ok(PathBuf::from(path));
    }
    let root = repo_root();
    let candidates = [
        // Where runtime-host's build script builds the compiler it embeds.
        root.join("target/mlc-wasm/wasm32-wasip1/release/mlcc.wasm"),
        root.join("dist/mlc.wasm"),
        root.join("target/wasm32-wasip1/release/mlcc.wasm"),
        root.join("target/wasm32-wasip1/debug/mlcc.wasm"),
    ];
    candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
        format!(
            "mlc.wasm not found (looked at MLC_WASM, {}): `cargo build -p mlc-host` builds it, or run scripts/test",
            candidates.map(|p| p.display().to_string()).join(", ")
        )
    })
}

/// `name` on PATH, else in the repository's `.tools/bin` (made by scripts/setup-tools).
fn find_tool(name: &str) -> Result<PathBuf, String> {
    let local = repo_root().join(".tools").join("bin");
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(std::iter::once(local))
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .ok_or_else(|| format!("`{name}` not found on PATH nor in .tools/bin: {SETUP_HINT}"))
}

// ---------------------------------------------------------------------------------------------
// Processes

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// None when killed by a signal.
    code: Option<i32>,
    status: ExitStatus,
}

impl Outcome {
    fn stderr_text(&self) -> String {
        tail(&String::from_utf8_lossy(&self.stderr), 40)
    }
}

/// Runs `command` with stdin from `stdin` (or empty), capturing stdout and stderr into files next
/// to nothing shared with other tests; kills it after `timeout`.
fn run(mut command: Command, stdin: Option<&Path>, timeout: Duration) -> Result<Outcome, String> {
    let capture = tempdir_for_capture()?;
    let stdout_path = capture.join("stdout");
    let stderr_path = capture.join("stderr");
    let stdin = match stdin {
        Some(path) => {
            Stdio::from(fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?)
        }
        None => Stdio::null(),
    };
    let stdout = fs::File::create(&stdout_path).map_err(|e| e.to_string())?;
    let stderr = fs::File::create(&stderr_path).map_err(|e| e.to_string())?;
    let description = format!("{command:?}");
    let mut child = command
        .stdin(stdin)
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .map_err(|e| format!("cannot start {description}: {e}"))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            let _ = fs::remove_dir_all(&capture);
            return Err(format!("timed out after {timeout:?}: {description}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let outcome = Outcome {
        stdout: fs::read(&stdout_path).map_err(|e| e.to_string())?,
        stderr: fs::read(&stderr_path).map_err(|e| e.to_string())?,
        code: status.code(),
        status,
    };
    let _ = fs::remove_dir_all(&capture);
    Ok(outcome)
}

fn tempdir_for_capture() -> Result<PathBuf, String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = profile_dir().join("corpus").join(".capture").join(format!(
        "{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

// ---------------------------------------------------------------------------------------------
// The three ways

/// Runs `program` under the native host (`mlc run`).
fn run_on_host(env: &Environment, program: &Program) -> Result<Outcome, String> {
    let host = env.host_bin.clone()?;
    let dir = program.workdir("host")?;
    let mut command = Command::new(host);
    command
        .current_dir(&dir)
        .env(
            "MLC_CACHE_DIR",
            profile_dir().join("corpus").join("mlc-cache"),
        )
        .args(["run", "--dir", "."])
        .arg(program.file_name())
        .arg("--")
        .args(&program.args);
    run(command, program.stdin.as_deref(), env.timeout)
}

fn host_trial(env: &Arc<Environment>, program: &Arc<Program>) -> Trial {
    let (env, program) = (env.clone(), program.clone());
    Trial::test(format!("host::{}", program.stem), move || {
        let outcome = run_on_host(&env, &program)?;
        compare(&program, &outcome, "native host (mlc run)")
    })
}

type SharedModule = Arc<OnceLock<Result<PathBuf, String>>>;

fn wasmtime_trial(
    env: &Arc<Environment>,
    program: &Arc<Program>,
    compiled: &SharedModule,
) -> Trial {
    let (env, program, compiled) = (env.clone(), program.clone(), compiled.clone());
    let ignored = env.skip_cross_runtime;
    Trial::test(format!("wasmtime::{}", program.stem), move || {
        let module = compiled
            .get_or_init(|| build_module(&env, &program))
            .clone()?;
        let dir = program.workdir("wasmtime")?;
        let mut command = Command::new(env.wasmtime.clone()?);
        command
            .current_dir(&dir)
            .args(["run", "--dir", "."])
            .arg(&module)
            .args(&program.args);
        let outcome = run(command, program.stdin.as_deref(), env.timeout)?;
        compare(&program, &outcome, "wasmtime CLI")
    })
    .with_ignored_flag(ignored)
}

fn node_trial(env: &Arc<Environment>, program: &Arc<Program>, compiled: &SharedModule) -> Trial {
    let (env, program, compiled) = (env.clone(), program.clone(), compiled.clone());
    let ignored = env.skip_cross_runtime;
    Trial::test(format!("node::{}", program.stem), move || {
        let module = compiled
            .get_or_init(|| build_module(&env, &program))
            .clone()?;
        let dir = program.workdir("node")?;
        let runner = repo_root().join("tests").join("run-node-wasi.mjs");
        let mut command = Command::new(env.node.clone()?);
        command
            .current_dir(&dir)
            .arg("--no-warnings")
            .arg(runner)
            .arg(&module)
            .args(&program.args);
        let outcome = run(command, program.stdin.as_deref(), env.timeout)?;
        compare(&program, &outcome, "node WASI")
    })
    .with_ignored_flag(ignored)
}

/// `wasmtime run --dir . mlc.wasm build NAME.LANG.ml -o NAME.LANG.wasm`, then `wasm-tools validate`.
fn build_module(env: &Environment, program: &Program) -> Result<PathBuf, String> {
    let compiler = env.precompiled_compiler()?;
    let wasm_tools = env.wasm_tools.clone()?;
    let dir = program.workdir("build")?;
    let output = format!("{}.wasm", program.stem);
    let mut command = Command::new(env.wasmtime.clone()?);
    command
        .current_dir(&dir)
        .args(["run", "--allow-precompiled", "--dir", "."])
        .arg(&compiler)
        .args(["build", &program.file_name(), "-o", &output]);
    let outcome = run(command, None, env.timeout)?;
    let module = dir.join(&output);
    if outcome.code != Some(0) || !module.is_file() {
        return Err(format!(
            "mlc.wasm build {} failed ({}):\n{}{}",
            program.file_name(),
            outcome.status,
            String::from_utf8_lossy(&outcome.stdout),
            outcome.stderr_text()
        ));
    }
    // Only WebAssembly 2.0 features: the module must run unchanged on node 20 and wasmtime.
    let mut validate = Command::new(wasm_tools);
    validate
        .args(["validate", "--features", "wasm2"])
        .arg(&module);
    let validation = run(validate, None, env.timeout)?;
    if validation.code != Some(0) {
        return Err(format!(
            "wasm-tools validate --features wasm2 {} failed:\n{}",
            module.display(),
            validation.stderr_text()
        ));
    }
    Ok(module)
}

// ---------------------------------------------------------------------------------------------
// Comparison

fn compare(program: &Program, outcome: &Outcome, way: &str) -> Result<(), Failed> {
    let expected_stdout = program.expected_stdout.as_ref().map_err(Clone::clone)?;
    let expected_code = *program.expected_code.as_ref().map_err(Clone::clone)?;
    let mut problems = Vec::new();
    if outcome.code != Some(expected_code) {
        problems.push(format!(
            "exit code: expected {expected_code}, got {}",
            outcome.status
        ));
    }
    if &outcome.stdout != expected_stdout {
        problems.push(format!(
            "stdout differs (- expected, + actual):\n{}",
            diff(expected_stdout, &outcome.stdout)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let stderr = outcome.stderr_text();
    let stderr = if stderr.is_empty() {
        String::new()
    } else {
        format!("\nstderr:\n{stderr}")
    };
    Err(format!(
        "tests/corpus/{} under {way}:\n{}{stderr}",
        program.file_name(),
        problems.join("\n")
    )
    .into())
}

/// The last `max` lines of `text`.
fn tail(text: &str, max: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skipped = lines.len().saturating_sub(max);
    let mut out = String::new();
    if skipped > 0 {
        out.push_str(&format!("[... {skipped} lines]\n"));
    }
    for line in &lines[skipped..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A line diff of two outputs (longest common subsequence; trimmed to the changed regions).
fn diff(expected: &[u8], actual: &[u8]) -> String {
    const MAX_LINES: usize = 2000;
    const CONTEXT: usize = 2;
    let expected_text = String::from_utf8_lossy(expected);
    let actual_text = String::from_utf8_lossy(actual);
    let a: Vec<&str> = expected_text.split_inclusive('\n').collect();
    let b: Vec<&str> = actual_text.split_inclusive('\n').collect();
    let show = |line: &str| {
        let visible = line.strip_suffix('\n').unwrap_or(line);
        let mark = if line.ends_with('\n') {
            ""
        } else {
            "  (no newline at end)"
        };
        format!("{visible:?}{mark}")
    };
    if a.len() > MAX_LINES || b.len() > MAX_LINES {
        let first = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        return format!(
            "  first difference at line {}:\n- {}\n+ {}\n  ({} expected lines, {} actual lines)\n",
            first + 1,
            a.get(first).map_or("<end>".into(), |l| show(l)),
            b.get(first).map_or("<end>".into(), |l| show(l)),
            a.len(),
            b.len()
        );
    }
    // lcs[i][j] = length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        ops[lo..hi].iter().any(|(op, _)| *op != ' ')
    };
    let mut out = String::new();
    let mut elided = false;
    for (k, (op, line)) in ops.iter().enumerate() {
        if near_change(k) {
            out.push_str(&format!("{op} {}\n", show(line)));
            elided = false;
        } else if !elided {
            out.push_str("  ...\n");
            elided = true;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Translated twins

fn twin_trials(programs: &[Program]) -> Vec<Trial> {
    let mut groups: BTreeMap<String, Vec<Program>> = BTreeMap::new();
    for program in programs {
        groups
            .entry(program.name.clone())
            .or_default()
            .push(program.clone());
    }
    groups
        .into_iter()
        .filter(|(_, twins)| twins.len() > 1)
        .map(|(name, twins)| Trial::test(format!("twins::{name}"), move || check_twins(&twins)))
        .collect()
}

/// All twins expect the same stdout and exit code as the first one.
fn check_twins(twins: &[Program]) -> Result<(), Failed> {
    let reference = &twins[0];
    let expected = |p: &Program| -> Result<(Vec<u8>, i32), String> {
        Ok((p.expected_stdout.clone()?, p.expected_code.clone()?))
    };
    let (reference_out, reference_code) = expected(reference)?;
    let mut problems = Vec::new();
    for twin in &twins[1..] {
        let (out, code) = expected(twin)?;
        if out != reference_out {
            problems.push(format!(
                "{}.out differs from {}.out (- {}, + {}):\n{}",
                twin.stem,
                reference.stem,
                reference.stem,
                twin.stem,
                diff(&reference_out, &out)
            ));
        }
        if code != reference_code {
            problems.push(format!(
                "{} expects exit code {code}, {} expects {reference_code}",
                twin.stem, reference.stem
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

// ---------------------------------------------------------------------------------------------
// Known failures (conformance list)

const KNOWN_FAILURES_FILE: &str = "known-failures.txt";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FailureKind {
    /// The compiler rejects the program with "not supported yet" (or an unknown module).
    Unsupported,
    /// The program compiles but its output or exit code differs from the expected one.
    Wrong,
}

impl FailureKind {
    fn word(self) -> &'static str {
        match self {
            FailureKind::Unsupported => "unsupported",
            FailureKind::Wrong => "wrong",
        }
    }
}

struct KnownFailures {
    entries: BTreeMap<String, FailureKind>,
}

impl KnownFailures {
    fn load(dir: &Path) -> Result<KnownFailures, String> {
        let path = dir.join(KNOWN_FAILURES_FILE);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) => {
                return Ok(KnownFailures {
                    entries: BTreeMap::new(),
                });
            }
        };
        let mut entries = BTreeMap::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            let (Some(stem), Some(kind)) = (words.next(), words.next()) else {
                return Err(format!(
                    "{KNOWN_FAILURES_FILE}:{}: expected `NAME.LANG KIND ...`",
                    number + 1
                ));
            };
            let kind = match kind {
                "unsupported" => FailureKind::Unsupported,
                "wrong" => FailureKind::Wrong,
                other => {
                    return Err(format!(
                        "{KNOWN_FAILURES_FILE}:{}: kind `{other}` is neither `unsupported` nor `wrong`",
                        number + 1
                    ));
                }
            };
            entries.insert(stem.to_owned(), kind);
        }
        Ok(KnownFailures { entries })
    }

    fn kind(&self, stem: &str) -> Option<FailureKind> {
        self.entries.get(stem).copied()
    }

    /// One failing trial per listed program that does not exist.
    fn stale_entries(&self, programs: &[Program]) -> Vec<Trial> {
        self.entries
            .keys()
            .filter(|stem| !programs.iter().any(|p| &p.stem == *stem))
            .map(|stem| {
                let stem = stem.clone();
                Trial::test(format!("known::{stem}"), move || {
                    Err(
                        format!("{KNOWN_FAILURES_FILE} lists {stem}, which is not in tests/corpus")
                            .into(),
                    )
                })
            })
            .collect()
    }
}

/// How a host run of `program` fails, or `None` when it passes.
fn host_failure(
    env: &Environment,
    program: &Program,
) -> Result<Option<(FailureKind, String)>, String> {
    let outcome = run_on_host(env, program)?;
    match compare(program, &outcome, "native host (mlc run)") {
        Ok(()) => Ok(None),
        Err(failed) => {
            let stderr = String::from_utf8_lossy(&outcome.stderr);
            let unsupported = outcome.code == Some(1)
                && outcome.stdout.is_empty()
                && (stderr.contains("[E0401]") || stderr.contains("[E0313]"));
            let kind = if unsupported {
                FailureKind::Unsupported
            } else {
                FailureKind::Wrong
            };
            let detail = failed.message().map(str::to_owned).unwrap_or_default();
            Ok(Some((kind, detail)))
        }
    }
}

fn known_failure_trial(
    env: &Arc<Environment>,
    program: &Arc<Program>,
    listed: FailureKind,
) -> Trial {
    let (env, program) = (env.clone(), program.clone());
    Trial::test(format!("known::{}", program.stem), move || {
        match host_failure(&env, &program)? {
            None => Err(format!(
                "tests/corpus/{} now passes on the host: remove it from tests/corpus/{KNOWN_FAILURES_FILE} (or run with BLESS=1)",
                program.file_name()
            )
            .into()),
            Some((kind, _)) if kind == listed => Ok(()),
            Some((kind, detail)) => Err(format!(
                "tests/corpus/{} is listed as `{}` in {KNOWN_FAILURES_FILE} but now fails as `{}`:\n{detail}",
                program.file_name(),
                listed.word(),
                kind.word()
            )
            .into()),
        }
    })
}

/// `BLESS=1`: runs every program on the host and rewrites the known-failures list.
fn bless_known_failures(env: &Environment, programs: &[Program]) {
    let failures: Vec<(String, FailureKind, String)> = std::thread::scope(|scope| {
        let chunks: Vec<&[Program]> = programs.chunks(programs.len().div_ceil(4).max(1)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|program| match host_failure(env, program) {
                            Ok(None) => None,
                            Ok(Some((kind, detail))) => {
                                Some((program.stem.clone(), kind, first_line_of_reason(&detail)))
                            }
                            Err(message) => Some((
                                program.stem.clone(),
                                FailureKind::Wrong,
                                first_line_of_reason(&message),
                            )),
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut text = String::from(
        "# Corpus programs mlc does not run correctly yet (conformance list, see tests/corpus.rs).\n\
         # `unsupported`: the compiler reports \"not supported yet\"; `wrong`: it runs and differs.\n\
         # A listed program that starts passing fails the suite until it is removed.\n\
         # Regenerate: BLESS=1 cargo test -p mlc-tests --test corpus\n",
    );
    for (stem, kind, reason) in &failures {
        text.push_str(&format!("{stem} {} {reason}\n", kind.word()));
    }
    let path = corpus_dir().join(KNOWN_FAILURES_FILE);
    match fs::write(&path, text) {
        Ok(()) => eprintln!(
            "corpus: wrote {} ({} of {} programs fail on the host)",
            path.display(),
            failures.len(),
            programs.len()
        ),
        Err(e) => {
            eprintln!("corpus: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}

/// The most telling line of a failure report: a compiler diagnostic, an exception, or the first
/// differing line of output.
fn first_line_of_reason(detail: &str) -> String {
    let lines: Vec<&str> = detail.lines().collect();
    let diagnostic = lines
        .iter()
        .find(|l| l.contains("[E0"))
        .map(|l| l.to_string());
    let exception = lines
        .iter()
        .find(|l| l.contains("Error:") && !l.starts_with(['-', '+']))
        .map(|l| l.to_string());
    let first_difference = || {
        let expected = lines.iter().position(|l| l.starts_with("- "))?;
        let actual = lines.iter().skip(expected).find(|l| l.starts_with("+ "))?;
        Some(format!(
            "expected {} got {}",
            &lines[expected][2..],
            &actual[2..]
        ))
    };
    let line = diagnostic
        .or(exception)
        .or_else(first_difference)
        .or_else(|| lines.get(1).map(|l| l.to_string()))
        .unwrap_or_default();
    let line = line.trim();
    let mut short: String = line.chars().take(120).collect();
    if short.len() < line.len() {
        short.push('…');
    }
    short
}
