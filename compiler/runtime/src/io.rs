//! WASI preview1 I/O: buffered stdout, stderr, line input from stdin, argv, exit.
//! On the host (tests) stdout/stderr go to in-memory buffers and stdin is empty.

use alloc::vec::Vec;

const STDOUT_CAPACITY: usize = 8192;

struct Io {
    out: Vec<u8>,
    stdin: Vec<u8>,
    stdin_pos: usize,
    stdin_eof: bool,
    #[cfg(not(target_arch = "wasm32"))]
    host_out: Vec<u8>,
    #[cfg(not(target_arch = "wasm32"))]
    host_err: Vec<u8>,
}

static mut IO: Io = Io {
    out: Vec::new(),
    stdin: Vec::new(),
    stdin_pos: 0,
    stdin_eof: false,
    #[cfg(not(target_arch = "wasm32"))]
    host_out: Vec::new(),
    #[cfg(not(target_arch = "wasm32"))]
    host_err: Vec::new(),
};

#[allow(clippy::mut_from_ref)]
fn io() -> &'static mut Io {
    unsafe { &mut *(&raw mut IO) }
}

#[cfg(target_arch = "wasm32")]
mod wasi {
    #[repr(C)]
    pub struct Iovec {
        pub buf: *const u8,
        pub len: usize,
    }

    #[link(wasm_import_module = "wasi_snapshot_preview1")]
    unsafe extern "C" {
        pub fn fd_write(fd: i32, iovs: *const Iovec, iovs_len: i32, nwritten: *mut usize) -> i32;
        pub fn fd_read(fd: i32, iovs: *const Iovec, iovs_len: i32, nread: *mut usize) -> i32;
        pub fn args_sizes_get(argc: *mut usize, argv_buf_size: *mut usize) -> i32;
        pub fn args_get(argv: *mut *mut u8, argv_buf: *mut u8) -> i32;
        pub fn proc_exit(code: i32) -> !;
    }
}

#[cfg(target_arch = "wasm32")]
fn write_fd(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        let iov = wasi::Iovec {
            buf: bytes.as_ptr(),
            len: bytes.len(),
        };
        let mut n = 0usize;
        let err = unsafe { wasi::fd_write(fd, &iov, 1, &mut n) };
        if err != 0 || n == 0 {
            return;
        }
        bytes = &bytes[n..];
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_fd(fd: i32, bytes: &[u8]) {
    let io = io();
    if fd == 1 {
        io.host_out.extend_from_slice(bytes)
    } else {
        io.host_err.extend_from_slice(bytes)
    }
}

pub fn write_stdout(bytes: &[u8]) {
    let io = io();
    if io.out.len() + bytes.len() > STDOUT_CAPACITY {
        flush_stdout();
        if bytes.len() > STDOUT_CAPACITY {
            write_fd(1, bytes);
            return;
        }
    }
    if io.out.capacity() == 0 {
        io.out.reserve(STDOUT_CAPACITY);
    }
    io.out.extend_from_slice(bytes);
}

pub fn flush_stdout() {
    let io = io();
    if !io.out.is_empty() {
        write_fd(1, &io.out);
        io.out.clear();
    }
}

pub fn write_stderr(bytes: &[u8]) {
    write_fd(2, bytes);
}

/// Refill the stdin buffer; false at end of input.
#[cfg(target_arch = "wasm32")]
fn fill_stdin(io: &mut Io) -> bool {
    let mut chunk = [0u8; 4096];
    let iov = wasi::Iovec {
        buf: chunk.as_mut_ptr(),
        len: chunk.len(),
    };
    let mut n = 0usize;
    let err = unsafe { wasi::fd_read(0, &iov, 1, &mut n) };
    if err != 0 || n == 0 {
        return false;
    }
    io.stdin.extend_from_slice(&chunk[..n]);
    true
}

#[cfg(not(target_arch = "wasm32"))]
fn fill_stdin(_io: &mut Io) -> bool {
    false
}

/// Host tests: provide stdin contents.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_host_stdin(bytes: &[u8]) {
    let io = io();
    io.stdin = bytes.to_vec();
    io.stdin_pos = 0;
    io.stdin_eof = false;
}

/// Host tests: take what was written to stdout and stderr.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_host_output() -> (Vec<u8>, Vec<u8>) {
    flush_stdout();
    let io = io();
    (
        core::mem::take(&mut io.host_out),
        core::mem::take(&mut io.host_err),
    )
}

/// One line without its terminator (`\n` or `\r\n`); `None` at end of input.
pub fn read_line() -> Option<Vec<u8>> {
    let io = io();
    loop {
        if let Some(i) = io.stdin[io.stdin_pos..].iter().position(|&c| c == b'\n') {
            let start = io.stdin_pos;
            let mut end = start + i;
            io.stdin_pos = end + 1;
            if end > start && io.stdin[end - 1] == b'\r' {
                end -= 1;
            }
            let line = io.stdin[start..end].to_vec();
            compact(io);
            return Some(line);
        }
        if io.stdin_eof || !fill_stdin(io) {
            io.stdin_eof = true;
            if io.stdin_pos < io.stdin.len() {
                let line = io.stdin[io.stdin_pos..].to_vec();
                io.stdin_pos = io.stdin.len();
                return Some(line);
            }
            return None;
        }
    }
}

/// Everything left on stdin.
pub fn read_all() -> Vec<u8> {
    let io = io();
    while !io.stdin_eof && fill_stdin(io) {}
    io.stdin_eof = true;
    let rest = io.stdin[io.stdin_pos..].to_vec();
    io.stdin_pos = io.stdin.len();
    rest
}

fn compact(io: &mut Io) {
    if io.stdin_pos > 4096 && io.stdin_pos * 2 > io.stdin.len() {
        io.stdin.drain(..io.stdin_pos);
        io.stdin_pos = 0;
    }
}

/// Command-line arguments (program name first).
#[cfg(target_arch = "wasm32")]
pub fn args() -> Vec<Vec<u8>> {
    let (mut argc, mut size) = (0usize, 0usize);
    if unsafe { wasi::args_sizes_get(&mut argc, &mut size) } != 0 {
        return Vec::new();
    }
    let mut ptrs: Vec<*mut u8> = alloc::vec![core::ptr::null_mut(); argc];
    let mut buf: Vec<u8> = alloc::vec![0; size];
    if unsafe { wasi::args_get(ptrs.as_mut_ptr(), buf.as_mut_ptr()) } != 0 {
        return Vec::new();
    }
    let base = buf.as_ptr() as usize;
    ptrs.iter()
        .map(|&p| {
            let start = p as usize - base;
            let len = buf[start..].iter().position(|&c| c == 0).unwrap_or(0);
            buf[start..start + len].to_vec()
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn args() -> Vec<Vec<u8>> {
    alloc::vec![b"main.ml".to_vec()]
}

pub fn exit(code: i32) -> ! {
    flush_stdout();
    #[cfg(target_arch = "wasm32")]
    unsafe {
        wasi::proc_exit(code)
    }
    #[cfg(not(target_arch = "wasm32"))]
    panic!("exit({code})")
}
