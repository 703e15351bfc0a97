;; Starts with 4 MiB of memory (64 pages).
(module
  (memory (export "memory") 64)
  (func (export "_start")))
