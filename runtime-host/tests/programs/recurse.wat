;; Recurses without end: the wasm stack limit must end it.
(module
  (func $recurse (export "_start")
    (call $recurse)))
