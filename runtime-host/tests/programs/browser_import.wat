;; Imports a function no WASI host provides (like the browser target's DOM shims).
(module
  (import "env" "_dom_set_text" (func $set_text (param i32 i32)))
  (func (export "_start")))
