//! Resource limits of a running program (the original's `BackendConfig(memory_pages=...)`).

use std::time::Duration;

/// Limits applied to every instance created by a [`crate::Runtime`]. `None` means unlimited
/// (or, for the stack, wasmtime's default of 512 KiB).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Maximum size of each linear memory, in bytes. Growing past it fails (`memory.grow`
    /// returns -1, which the guest runtime turns into `MemoryError`); a module whose initial
    /// memory is larger fails to instantiate.
    pub memory_bytes: Option<u64>,
    /// Units of fuel (roughly, wasm instructions) a call may consume before it traps.
    pub fuel: Option<u64>,
    /// Wall-clock time a call may take before it is interrupted.
    pub timeout: Option<Duration>,
    /// Maximum wasm stack in bytes. The calling thread's native stack must be larger than this
    /// when the Cranelift backend is used (the `mlc` binary runs programs on a thread sized
    /// accordingly).
    pub stack_bytes: Option<usize>,
}

/// Parses a byte size: `1048576`, `512K`, `64MB`, `64MiB`, `1G`... Units are powers of 1024
/// (`K`/`KB`/`KiB`, `M`/`MB`/`MiB`, `G`/`GB`/`GiB`), case-insensitive.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits_end);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("invalid size `{text}` (expected e.g. 1048576, 512K, 64MB)"))?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("invalid size unit in `{text}` (use K, MB or G)")),
    };
    number
        .checked_mul(multiplier)
        .ok_or_else(|| format!("size `{text}` is too large"))
}

/// Parses a duration in seconds: `10`, `0.5`.
pub fn parse_seconds(text: &str) -> Result<Duration, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("invalid number of seconds `{text}` (expected e.g. 10 or 0.5)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("64MB"), Ok(64 << 20));
        assert_eq!(parse_size("64mib"), Ok(64 << 20));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert!(parse_size("12XB").is_err());
        assert!(parse_size("MB").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn seconds() {
        assert_eq!(parse_seconds("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("soon").is_err());
    }
}
