// Runs a WASI preview1 command module under node's built-in WASI (node >= 20).
//
//   node --no-warnings tests/run-node-wasi.mjs MODULE.wasm [ARGS...]
//
// stdin, stdout and stderr are the process's own; the current directory is preopened as `.`;
// the module's exit code becomes the process's. A trap prints the error and exits with 134, as the
// wasmtime CLI does.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WASI } from 'node:wasi';
import process from 'node:process';

const [modulePath, ...args] = process.argv.slice(2);
if (!modulePath) {
  process.stderr.write('usage: run-node-wasi.mjs MODULE.wasm [ARGS...]\n');
  process.exit(2);
}

const wasi = new WASI({
  version: 'preview1',
  args: [basename(modulePath), ...args],
  env: {},
  preopens: { '.': process.cwd() },
  returnOnExit: true,
});

let code;
try {
  const module = await WebAssembly.compile(await readFile(modulePath));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  code = wasi.start(instance);
} catch (error) {
  process.stderr.write(`run-node-wasi: ${error && error.stack ? error.stack : error}\n`);
  code = 134;
}
process.exitCode = code ?? 0;
