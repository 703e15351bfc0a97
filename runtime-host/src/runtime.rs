//! A configured wasmtime engine: backend and limits, plus the WASI preview1 linker.

use std::sync::{Arc, mpsc};
use std::time::Duration;

use wasmtime::{Config, Engine, Linker, Store, StoreLimits};
use wasmtime_wasi::p1::WasiP1Ctx;

use crate::error::message_of;
use crate::{Backend, HostError, Limits};

/// The store data of every instance: its WASI context and its resource limiter.
pub(crate) struct HostState {
    pub(crate) wasi: WasiP1Ctx,
    pub(crate) limits: StoreLimits,
}

/// A wasmtime engine configured for one [`Backend`] and one set of [`Limits`]. Modules are
/// compiled for a runtime and instantiated under its limits. Cheap to clone.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Inner>,
}

struct Inner {
    engine: Engine,
    linker: Linker<HostState>,
    backend: Backend,
    limits: Limits,
    /// Advances the engine's epoch every [`TICK`] while timeouts are enabled.
    _ticker: Option<Ticker>,
}

/// wasmtime's asynchronous stack must be at least as large as the wasm stack limit.
const ASYNC_STACK_MARGIN: usize = 1 << 20;

impl Runtime {
    /// An engine for `backend` whose instances run under `limits`. Fuel and timeouts change
    /// the generated code, so modules compiled for one runtime do not load into a runtime with
    /// different limits (the [`crate::ModuleCache`] keys include this configuration).
    pub fn new(backend: Backend, limits: &Limits) -> Result<Runtime, HostError> {
        let mut config = Config::new();
        if backend == Backend::Pulley {
            let target = if cfg!(target_pointer_width = "64") {
                "pulley64"
            } else {
                "pulley32"
            };
            config
                .target(target)
                .map_err(|e| HostError::Load(message_of(&e)))?;
        }
        config.consume_fuel(limits.fuel.is_some());
        config.epoch_interruption(limits.timeout.is_some());
        if let Some(stack) = limits.stack_bytes {
            if stack == 0 {
                return Err(HostError::Usage("the stack size must not be zero".into()));
            }
            config.max_wasm_stack(stack);
            config.async_stack_size(stack.saturating_add(ASYNC_STACK_MARGIN));
        }
        let engine = Engine::new(&config).map_err(|e| HostError::Load(message_of(&e)))?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |state: &mut HostState| &mut state.wasi)
            .map_err(|e| HostError::Load(message_of(&e)))?;
        let ticker = limits.timeout.map(|_| Ticker::start(engine.clone()));
        Ok(Runtime {
            inner: Arc::new(Inner {
                engine,
                linker,
                backend,
                limits: limits.clone(),
                _ticker: ticker,
            }),
        })
    }

    /// The underlying wasmtime engine.
    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// The backend this runtime compiles for.
    pub fn backend(&self) -> Backend {
        self.inner.backend
    }

    /// The limits of every instance of this runtime.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    pub(crate) fn linker(&self) -> &Linker<HostState> {
        &self.inner.linker
    }

    /// Gives the next call on `store` the runtime's timeout (no-op without one).
    pub(crate) fn arm_timeout(&self, store: &mut Store<HostState>) {
        if let Some(timeout) = self.inner.limits.timeout {
            let ticks = timeout.as_nanos().div_ceil(TICK.as_nanos()).max(1);
            store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX / 2));
        }
    }
}

/// The resolution of timeouts.
const TICK: Duration = Duration::from_millis(10);

/// A thread that increments an engine's epoch every [`TICK`]; each store measures its own
/// deadline in ticks, so instances running at the same time do not disturb each other.
struct Ticker {
    _stop: mpsc::Sender<()>,
}

impl Ticker {
    fn start(engine: Engine) -> Ticker {
        let (stop, stopped) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            // Ends when the runtime (the sender) is dropped.
            while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(TICK) {
                engine.increment_epoch();
            }
        });
        Ticker { _stop: stop }
    }
}
