//! The runtime's data, reduced to the bytes the program can reach: the kept byte ranges become
//! active segments at their original addresses (nothing moves, so no address changes). Bytes left
//! out are never read; linear memory starts zeroed, so runs of zeros need no segment either.
use super::module::{Module, i32_const};
use super::relocs::Span;
use wasmparser::DataKind;

/// Ranges closer than this are merged (a segment header costs about as much).
const MERGE_GAP: u32 = 8;
/// Zero runs at least this long are left to the zeroed memory.
const ZERO_RUN: usize = 16;

/// Active segments `(address, bytes)` covering `spans` of the runtime's data segments.
pub fn kept_segments<'a>(
    runtime: &Module<'a>,
    spans: &[Span],
) -> Result<Vec<(u32, &'a [u8])>, String> {
    let mut segments = Vec::new();
    for (index, datum) in runtime.data.iter().enumerate() {
        let DataKind::Active { offset_expr, .. } = &datum.kind else {
            return Err("runtime data segments must be active".into());
        };
        let base = i32_const(offset_expr).ok_or("runtime data offset is not an i32.const")? as u32;
        let mut ranges: Vec<(u32, u32)> = spans
            .iter()
            .filter(|s| s.segment == index as u32 && s.start < s.end)
            .map(|s| (s.start, s.end))
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::new();
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 + MERGE_GAP => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        for (start, end) in merged {
            let bytes = datum
                .data
                .get(start as usize..end as usize)
                .ok_or("data span beyond its segment")?;
            for (from, part) in without_zero_runs(bytes) {
                segments.push((base + start + from as u32, part));
            }
        }
    }
    Ok(segments)
}

/// The parts of `bytes` between runs of at least [`ZERO_RUN`] zeros (and without leading or
/// trailing zeros), with their offsets.
fn without_zero_runs(bytes: &[u8]) -> Vec<(usize, &[u8])> {
    let mut parts = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        while pos < bytes.len() && bytes[pos] == 0 {
            pos += 1;
        }
        let start = pos;
        let mut end = pos;
        while pos < bytes.len() {
            if bytes[pos] != 0 {
                pos += 1;
                end = pos;
                continue;
            }
            let zeros = bytes[pos..].iter().take_while(|&&b| b == 0).count();
            if zeros >= ZERO_RUN || pos + zeros == bytes.len() {
                pos += zeros;
                break;
            }
            pos += zeros;
        }
        if end > start {
            parts.push((start, &bytes[start..end]));
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::without_zero_runs;

    #[test]
    fn zero_runs_are_left_out() {
        assert_eq!(
            without_zero_runs(&[0, 0, 1, 2, 0, 3, 0, 0]),
            vec![(2, &[1, 2, 0, 3][..])]
        );
        let mut bytes = vec![5];
        bytes.extend([0; 16]);
        bytes.push(6);
        assert_eq!(
            without_zero_runs(&bytes),
            vec![(0, &[5][..]), (17, &[6][..])]
        );
        assert!(without_zero_runs(&[0; 40]).is_empty());
    }
}
