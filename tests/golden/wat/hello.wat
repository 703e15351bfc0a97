(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i32 i32) (result i64)))
  (type (;4;) (func (result i32)))
  (type (;5;) (func (param i64 i32)))
  (type (;6;) (func (param i64)))
  (type (;7;) (func (result i64)))
  (import "mlrt" "memory" (memory (;0;) 0))
  (import "mlrt" "__mlc_data_base" (global (;0;) i32))
  (import "mlrt" "__mlc_heap_start" (global (;1;) i32))
  (import "mlrt" "mlrt_gc_state" (global (;2;) i32))
  (import "mlrt" "mlrt_heap_state" (global (;3;) i32))
  (import "mlrt" "__mlc_table_base" (global (;4;) i32))
  (import "mlrt" "mlrt_init" (func $mlrt_init (;0;) (type 0) (param i32)))
  (import "mlrt" "mlrt_finish" (func $mlrt_finish (;1;) (type 0) (param i32)))
  (import "mlrt" "mlrt_frame_push" (func $mlrt_frame_push (;2;) (type 1) (param i32) (result i32)))
  (import "mlrt" "mlrt_gc_poll" (func $mlrt_gc_poll (;3;) (type 2)))
  (import "mlrt" "mlrt_str_new" (func $mlrt_str_new (;4;) (type 3) (param i32 i32) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;5;) (type 4) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;6;) (type 5) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;7;) (type 6) (param i64)))
  (import "mlrt" "mlrt_write_str" (func $mlrt_write_str (;8;) (type 6) (param i64)))
  (global (;5;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (func $<module> (;9;) (type 7) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 2
    i32.load
    local.set 0
    global.get 2
    i32.load offset=8
    global.get 2
    i32.load offset=12
    i32.ge_u
    global.get 2
    i32.load offset=4
    local.get 0
    i32.sub
    i32.const 16
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 1
      call $mlrt_frame_push
      local.tee 0
      i32.eqz
      if ;; label = @2
        i64.const 7
        return
      end
    else
      local.get 0
      global.get 2
      i32.load offset=8
      i64.extend_i32_u
      i64.const 1
      i64.shl
      i64.store
      local.get 0
      i64.const 15
      i64.store offset=8
      global.get 2
      local.get 0
      i32.const 16
      i32.add
      i32.store
      global.get 2
      global.get 2
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
      local.get 0
      i32.const 8
      i32.add
      local.set 0
    end
    global.get 3
    i32.load
    global.get 2
    i32.load offset=16
    i32.ge_u
    if ;; label = @1
      call $mlrt_gc_poll
    end
    block ;; label = @1
      i32.const 1
      local.set 1
      global.get 5
      i64.load
      local.set 6
      local.get 0
      local.get 6
      i64.store
      local.get 0
      i64.load
      call $mlrt_write_str
      global.get 5
      i64.load offset=8
      call $mlrt_write_str
      i64.const 3
      drop
      local.get 0
      i32.const 8
      i32.sub
      local.set 7
      global.get 2
      local.get 7
      i32.store
      global.get 2
      local.get 7
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      i64.const 3
      return
    end
    global.get 5
    i64.load offset=16
    local.get 1
    call $mlrt_traceback_push
    local.get 0
    i32.const 8
    i32.sub
    local.set 7
    global.get 2
    local.get 7
    i32.store
    global.get 2
    local.get 7
    i64.load
    i64.const 1
    i64.shr_u
    i32.wrap_i64
    i32.store offset=8
    i64.const 7
  )
  (func $_start (;10;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 4
    call $mlrt_frame_push
    global.set 5
    global.get 5
    i32.eqz
    if ;; label = @1
      call $mlrt_report_uncaught
      call $mlrt_finish
      return
    end
    global.get 5
    global.get 0
    i32.const 0
    i32.add
    i32.const 13
    call $mlrt_str_new
    i64.store
    global.get 5
    global.get 0
    i32.const 13
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=8
    global.get 5
    global.get 0
    i32.const 14
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=16
    global.get 5
    global.get 0
    i32.const 22
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    i64.load offset=24
    call $mlrt_set_source_file
    call $<module>
    i64.const 7
    i64.eq
    if ;; label = @1
      call $mlrt_report_uncaught
      call $mlrt_finish
      return
    end
    i32.const 0
    call $mlrt_finish
  )
  (data (;0;) (i32.const 0) "Hello, world!\0a<module>hello.ml")
)
