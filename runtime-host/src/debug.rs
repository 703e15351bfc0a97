//! `MULTILINGUAL_DEBUG=1`: verbose timing and cache information on stderr.

use std::sync::OnceLock;

/// Whether `MULTILINGUAL_DEBUG` is set to `1`, `true`, `yes` or `on` (read once).
pub fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| {
        std::env::var("MULTILINGUAL_DEBUG")
            .map(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on"))
            .unwrap_or(false)
    })
}

/// `debug!("compiled in {ms} ms")`: one `[mlc]` line on stderr when debugging is enabled.
macro_rules! debug {
    ($($arg:tt)*) => {
        if $crate::debug::enabled() {
            eprintln!("[mlc] {}", format_args!($($arg)*));
        }
    };
}
