//! What a module may see of the outside world: arguments, environment, standard streams and
//! granted directories (nothing by default).

use std::path::PathBuf;

use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{FsPerms, WasiCtxBuilder};

use crate::HostError;

/// Where a module's standard input comes from.
#[derive(Clone, Debug, Default)]
pub enum Input {
    /// End of file at once.
    #[default]
    Empty,
    /// The host process's standard input.
    Inherit,
    /// These bytes.
    Bytes(Vec<u8>),
}

/// Where a module's standard output or error goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Output {
    /// The host process's stream.
    #[default]
    Inherit,
    /// A buffer, read with [`crate::WasmInstance::stdout`] / [`crate::WasmInstance::stderr`].
    Capture,
    /// Nowhere.
    Discard,
}

/// A host directory made visible to the module under a guest path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirGrant {
    pub host: PathBuf,
    pub guest: String,
    pub writable: bool,
}

impl DirGrant {
    /// Parses `HOST[::GUEST]` (wasmtime's `--dir` syntax); the guest path defaults to `HOST`.
    /// The grant is writable.
    pub fn parse(spec: &str) -> DirGrant {
        let (host, guest) = spec.split_once("::").unwrap_or((spec, spec));
        DirGrant {
            host: PathBuf::from(host),
            guest: guest.to_string(),
            writable: true,
        }
    }

    /// `host` visible as `guest`, read-only.
    pub fn read_only(host: impl Into<PathBuf>, guest: impl Into<String>) -> DirGrant {
        DirGrant {
            host: host.into(),
            guest: guest.into(),
            writable: false,
        }
    }

    /// `host` visible as `guest`, readable and writable.
    pub fn read_write(host: impl Into<PathBuf>, guest: impl Into<String>) -> DirGrant {
        DirGrant {
            writable: true,
            ..DirGrant::read_only(host, guest)
        }
    }
}

/// The WASI view of one instance. The default sees no arguments, no environment, no
/// directories, an empty standard input, and writes to the host's stdout and stderr.
#[derive(Clone, Debug, Default)]
pub struct WasiConfig {
    /// `argv`, including the program name as the first element.
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Input,
    pub stdout: Output,
    pub stderr: Output,
    pub dirs: Vec<DirGrant>,
}

impl WasiConfig {
    pub fn new() -> WasiConfig {
        WasiConfig::default()
    }

    pub fn arg(mut self, arg: impl Into<String>) -> WasiConfig {
        self.args.push(arg.into());
        self
    }

    pub fn args<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> WasiConfig {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> WasiConfig {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, stdin: Input) -> WasiConfig {
        self.stdin = stdin;
        self
    }

    pub fn stdout(mut self, stdout: Output) -> WasiConfig {
        self.stdout = stdout;
        self
    }

    pub fn stderr(mut self, stderr: Output) -> WasiConfig {
        self.stderr = stderr;
        self
    }

    /// Standard input, output and error of the host process.
    pub fn inherit_stdio(self) -> WasiConfig {
        self.stdin(Input::Inherit)
            .stdout(Output::Inherit)
            .stderr(Output::Inherit)
    }

    pub fn capture_stdout(self) -> WasiConfig {
        self.stdout(Output::Capture)
    }

    pub fn capture_stderr(self) -> WasiConfig {
        self.stderr(Output::Capture)
    }

    pub fn dir(mut self, grant: DirGrant) -> WasiConfig {
        self.dirs.push(grant);
        self
    }

    pub(crate) fn build(&self) -> Result<(WasiP1Ctx, Captured), HostError> {
        let mut builder = WasiCtxBuilder::new();
        builder.allow_blocking_current_thread(true);
        builder.args(&self.args);
        for (key, value) in &self.env {
            builder.env(key, value);
        }
        match &self.stdin {
            Input::Empty => {}
            Input::Inherit => {
                builder.inherit_stdin();
            }
            Input::Bytes(bytes) => {
                builder.stdin(MemoryInputPipe::new(bytes.clone()));
            }
        }
        let stdout = match self.stdout {
            Output::Inherit => {
                builder.inherit_stdout();
                None
            }
            Output::Capture => {
                let pipe = MemoryOutputPipe::new(CAPTURE_CAPACITY);
                builder.stdout(pipe.clone());
                Some(pipe)
            }
            Output::Discard => None,
        };
        let stderr = match self.stderr {
            Output::Inherit => {
                builder.inherit_stderr();
                None
            }
            Output::Capture => {
                let pipe = MemoryOutputPipe::new(CAPTURE_CAPACITY);
                builder.stderr(pipe.clone());
                Some(pipe)
            }
            Output::Discard => None,
        };
        for grant in &self.dirs {
            let perms = if grant.writable {
                FsPerms::ReadWrite
            } else {
                FsPerms::ReadOnly
            };
            builder
                .preopened_dir(&grant.host, &grant.guest, perms)
                .map_err(|e| {
                    HostError::Io(format!(
                        "cannot grant directory {}: {}",
                        grant.host.display(),
                        crate::error::message_of(&e)
                    ))
                })?;
        }
        Ok((builder.build_p1(), Captured { stdout, stderr }))
    }
}

/// Captured output beyond this size makes the writing call fail.
const CAPTURE_CAPACITY: usize = 1 << 30;

/// The buffers of captured streams.
#[derive(Default)]
pub(crate) struct Captured {
    pub(crate) stdout: Option<MemoryOutputPipe>,
    pub(crate) stderr: Option<MemoryOutputPipe>,
}
