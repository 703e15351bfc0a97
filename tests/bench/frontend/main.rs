//! Front-end benchmark (not a timed test): lexing + parsing + name resolution of a generated
//! 10,000-line program, against CPython's `compile()` of the same program written in Python,
//! both measured in this run. Run it with `scripts/bench-frontend` (a release build).
//!
//! The program is `chunk.template` repeated: `$CONCEPT` is the first spelling of a keyword
//! concept in the chosen language (Python's own keywords for the Python twin, taken from the
//! English lexicon) and `@` the chunk number. Arguments: `--lang xx` (default `fr`),
//! `--lines N` (default 10000), `--runs N` (default 15). `PYTHON` selects the interpreter.
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use mlc::driver::{self, Options};
use mlc::lexicon::{self, Lexicon};
use mlc::resolve;
use mlc::source::SourceFile;
use mlc::syntax::{detect, lexer, parser};

const CHUNK: &str = include_str!("chunk.template");

struct Settings {
    lang: String,
    lines: usize,
    runs: usize,
    python: String,
}

fn settings() -> Result<Settings, String> {
    let mut settings = Settings {
        lang: "fr".to_string(),
        lines: 10_000,
        runs: 15,
        python: std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string()),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--lang" => settings.lang = value()?,
            "--lines" => settings.lines = value()?.parse().map_err(|e| format!("--lines: {e}"))?,
            "--runs" => settings.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            // `cargo bench` passes `--bench`; other libtest flags do not apply here.
            _ => {}
        }
    }
    Ok(settings)
}

/// `CHUNK` repeated in `lexicon`'s spellings until the program has at least `lines` lines.
fn generate(lexicon: &Lexicon, lines: usize) -> Result<String, String> {
    let per_chunk = CHUNK.lines().count().max(1);
    let mut program = String::new();
    for index in 0..lines.div_ceil(per_chunk) {
        program.push_str(&render_chunk(lexicon, index)?);
    }
    Ok(program)
}

fn render_chunk(lexicon: &Lexicon, index: usize) -> Result<String, String> {
    let mut out = String::with_capacity(CHUNK.len() + 64);
    let mut rest = CHUNK;
    while let Some(at) = rest.find(['$', '@']) {
        out.push_str(&rest[..at]);
        if rest[at..].starts_with('@') {
            out.push_str(&index.to_string());
            rest = &rest[at + 1..];
            continue;
        }
        let concept_len = rest[at + 1..]
            .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
            .unwrap_or(rest.len() - at - 1);
        let concept = &rest[at + 1..at + 1 + concept_len];
        let spelling = lexicon
            .spellings(concept)
            .first()
            .ok_or(format!("{}: no spelling for {concept}", lexicon.code))?;
        out.push_str(spelling);
        rest = &rest[at + 1 + concept_len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Median and best of `runs` timings of `work`.
fn measure(runs: usize, mut work: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

/// CPython's `compile()` and `ast.parse()` of `path`: (median, best) seconds of each.
fn python_times(python: &str, path: &Path, runs: usize) -> Result<[(f64, f64); 2], String> {
    const SCRIPT: &str = r#"
import ast, statistics, sys, time
source = open(sys.argv[1], encoding="utf-8").read()
runs = int(sys.argv[2])
def times(work):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), min(samples)
print(sys.version.split()[0])
print(*times(lambda: compile(source, sys.argv[1], "exec")))
print(*times(lambda: ast.parse(source)))
"#;
    let output = Command::new(python)
        .arg("-c")
        .arg(SCRIPT)
        .arg(path)
        .arg(runs.to_string())
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{python} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut lines = text.lines();
    let version = lines.next().unwrap_or("?");
    println!("python:  {python} (CPython {version})");
    let mut pairs = lines.map(|line| {
        let numbers: Vec<f64> = line
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        match numbers.as_slice() {
            [median, best] => Ok((*median, *best)),
            _ => Err(format!("unexpected output from {python}: {line}")),
        }
    });
    let mut next = || {
        pairs
            .next()
            .unwrap_or_else(|| Err("missing timings".to_string()))
    };
    Ok([next()?, next()?])
}

/// Median time of each front-end phase alone, to see where the time goes.
fn print_phases(program: &str, runs: usize) {
    let file = SourceFile::new("program.ml", program);
    let lexicon = detect::detect_language(&file.text);
    let (tokens, _) = lexer::lex(&file, lexicon);
    let (module, _) = parser::parse(&file, &tokens, lexicon);
    let phases = [
        (
            "detect",
            measure(runs, || {
                std::hint::black_box(detect::detect_language(&file.text));
            }),
        ),
        (
            "lex",
            measure(runs, || {
                std::hint::black_box(lexer::lex(&file, lexicon));
            }),
        ),
        (
            "parse",
            measure(runs, || {
                std::hint::black_box(parser::parse(&file, &tokens, lexicon));
            }),
        ),
        (
            "resolve",
            measure(runs, || {
                std::hint::black_box(resolve::resolve(&file, &module, lexicon));
            }),
        ),
    ];
    let summary: Vec<String> = phases
        .iter()
        .map(|(name, (median, _))| format!("{name} {:.2} ms", median.as_secs_f64() * 1e3))
        .collect();
    println!("phases:  {} ({} tokens)", summary.join(", "), tokens.len());
}

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench-frontend")
}

fn run() -> Result<(), String> {
    let settings = settings()?;
    let lexicon =
        lexicon::by_code(&settings.lang).ok_or(format!("unknown language {}", settings.lang))?;
    let program = generate(lexicon, settings.lines)?;
    let python_program = generate(lexicon::english(), settings.lines)?;
    let dir = out_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let ml_path = dir.join(format!("program.{}.ml", settings.lang));
    let py_path = dir.join("program.py");
    std::fs::write(&ml_path, &program).map_err(|e| e.to_string())?;
    std::fs::write(&py_path, &python_program).map_err(|e| e.to_string())?;

    let lines = program.lines().count();
    let options = Options::default();
    let checked = driver::check("program.ml", program.as_bytes(), &options);
    println!(
        "program: {} ({lines} lines, {} KB, detected {}), twin {}",
        ml_path.display(),
        program.len() / 1024,
        checked.lexicon.code,
        py_path.display()
    );
    if !checked.diagnostics.is_empty() {
        println!(
            "warning: {} diagnostics on the benchmark program; first:\n{}",
            checked.diagnostics.len(),
            checked
                .render_diagnostics()
                .lines()
                .take(5)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    let (median, best) = measure(settings.runs, || {
        let checked = driver::check("program.ml", program.as_bytes(), &options);
        std::hint::black_box(&checked);
    });
    let rate = |seconds: f64| lines as f64 / seconds;
    println!(
        "mlc:     lex+parse+resolve  median {:8.2} ms  best {:8.2} ms  {:>10.0} lines/s",
        median.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e3,
        rate(median.as_secs_f64())
    );
    print_phases(&program, settings.runs);
    let [(compile_median, compile_best), (parse_median, parse_best)] =
        python_times(&settings.python, &py_path, settings.runs)?;
    println!(
        "cpython: compile()          median {:8.2} ms  best {:8.2} ms  {:>10.0} lines/s",
        compile_median * 1e3,
        compile_best * 1e3,
        rate(compile_median)
    );
    println!(
        "cpython: ast.parse()        median {:8.2} ms  best {:8.2} ms  {:>10.0} lines/s",
        parse_median * 1e3,
        parse_best * 1e3,
        rate(parse_median)
    );
    println!(
        "ratio:   mlc vs compile(): {:.1}x (medians), {:.1}x (bests); vs ast.parse(): {:.1}x, {:.1}x; target >= 3x compile()",
        compile_median / median.as_secs_f64(),
        compile_best / best.as_secs_f64(),
        parse_median / median.as_secs_f64(),
        parse_best / best.as_secs_f64()
    );
    Ok(())
}

fn main() {
    if let Err(message) = run() {
        eprintln!("bench-frontend: {message}");
        std::process::exit(1);
    }
}
