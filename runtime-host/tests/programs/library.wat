;; A module used as a library: functions, a memory with data, a global.
(module
  (memory (export "memory") 1)
  (data (i32.const 16) "hello, memory")
  (global (export "answer") i32 (i32.const 42))
  (func $add (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func $grow (export "grow") (param i32) (result i32)
    (memory.grow (local.get 0))))
