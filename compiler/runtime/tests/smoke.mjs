// Smoke test of the wasm build under node's WASI, driving the exports the way generated code does.
// Usage: node compiler/runtime/tests/smoke.mjs path/to/mlrt.wasm   (prints to stdout/stderr, exits 1)
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const wasi = new WASI({ version: 'preview1', args: ['prog.ml', 'arg1'], env: {}, returnOnExit: true });
const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]), wasi.getImportObject());
wasi.initialize(instance);
const rt = instance.exports;
const mem = () => new Uint8Array(rt.memory.buffer);
const base = rt.__heap_base.value;
let scratch = base;
rt.mlrt_init(base + 65536);
const str = (s) => {
  const b = new TextEncoder().encode(s);
  mem().set(b, scratch);
  const w = rt.mlrt_str_new(scratch, b.length);
  scratch += b.length;
  return w;
};
const int = (v) => rt.mlrt_int_from_i64(BigInt(v));
const tuple = (...xs) => {
  const t = rt.mlrt_tuple_new(xs.length);
  xs.forEach((x, i) => rt.mlrt_tuple_set(t, i, x));
  return t;
};
const NONE = 3n, EXC = 7n;
const frame = rt.mlrt_frame_push(4);
const print = (...xs) => rt.mlrt_print(tuple(...xs), NONE, NONE);
print(str('héllo'), int(42), rt.mlrt_float_new(0.1 + 0.2), rt.mlrt_pow(int(2), int(100)));
print(rt.mlrt_sys_argv(), rt.mlrt_floordiv(int(-7), int(2)), rt.mlrt_float_new(1e20));
const l = rt.mlrt_list_new(0);
for (let i = 0; i < 100000; i++) {
  rt.mlrt_list_append(l, rt.mlrt_repr(int(i)));
  if (i % 1000 === 0) { new DataView(rt.memory.buffer).setBigInt64(frame, l, true); rt.mlrt_gc_poll(); }
}
print(rt.mlrt_len(l), rt.mlrt_getitem(l, int(-1)));
const r = rt.mlrt_truediv(int(1), int(0));
if (r !== EXC) throw new Error('expected EXC');
rt.mlrt_traceback_push(str('f'), 2);
rt.mlrt_traceback_push(str('<module>'), 5);
const code = rt.mlrt_report_uncaught();
try { rt.mlrt_finish(code); } catch { process.exitCode = code; }
