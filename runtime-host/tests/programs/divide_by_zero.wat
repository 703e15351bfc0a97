;; Traps three calls deep: the backtrace must name divide, compute and main.
(module
  (func $divide (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))
  (func $compute (param $b i32) (result i32)
    (i32.add (call $divide (i32.const 10) (local.get $b)) (i32.const 1)))
  (func $main (export "_start")
    (drop (call $compute (i32.const 0)))))
