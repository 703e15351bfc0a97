(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i32 i32) (result i64)))
  (type (;4;) (func (param i32) (result i64)))
  (type (;5;) (func (param i64 i32 i64)))
  (type (;6;) (func (param i64 i32) (result i64)))
  (type (;7;) (func (param i64 i64) (result i64)))
  (type (;8;) (func (param i64) (result i32)))
  (type (;9;) (func (param i64 i64 i64) (result i64)))
  (type (;10;) (func (result i32)))
  (type (;11;) (func (param i64 i32)))
  (type (;12;) (func (param i64)))
  (type (;13;) (func (param i64) (result i64)))
  (type (;14;) (func (param i32 i64 i64) (result i64)))
  (type (;15;) (func (param i64 i32) (result i64 i32)))
  (type (;16;) (func (result i64)))
  (import "mlrt" "memory" (memory (;0;) 0))
  (import "mlrt" "__mlc_data_base" (global (;0;) i32))
  (import "mlrt" "__mlc_heap_start" (global (;1;) i32))
  (import "mlrt" "mlrt_gc_state" (global (;2;) i32))
  (import "mlrt" "mlrt_heap_state" (global (;3;) i32))
  (import "mlrt" "__mlc_table_base" (global (;4;) i32))
  (import "mlrt" "__indirect_function_table" (table (;0;) 0 funcref))
  (import "mlrt" "mlrt_init" (func $mlrt_init (;0;) (type 0) (param i32)))
  (import "mlrt" "mlrt_finish" (func $mlrt_finish (;1;) (type 0) (param i32)))
  (import "mlrt" "mlrt_frame_push" (func $mlrt_frame_push (;2;) (type 1) (param i32) (result i32)))
  (import "mlrt" "mlrt_gc_poll" (func $mlrt_gc_poll (;3;) (type 2)))
  (import "mlrt" "mlrt_str_new" (func $mlrt_str_new (;4;) (type 3) (param i32 i32) (result i64)))
  (import "mlrt" "mlrt_tuple_new" (func $mlrt_tuple_new (;5;) (type 4) (param i32) (result i64)))
  (import "mlrt" "mlrt_tuple_set" (func $mlrt_tuple_set (;6;) (type 5) (param i64 i32 i64)))
  (import "mlrt" "mlrt_tuple_get" (func $mlrt_tuple_get (;7;) (type 6) (param i64 i32) (result i64)))
  (import "mlrt" "mlrt_add" (func $mlrt_add (;8;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_sub" (func $mlrt_sub (;9;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_lt" (func $mlrt_lt (;10;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truthy" (func $mlrt_truthy (;11;) (type 8) (param i64) (result i32)))
  (import "mlrt" "mlrt_print" (func $mlrt_print (;12;) (type 9) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;13;) (type 10) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;14;) (type 11) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;15;) (type 12) (param i64)))
  (import "mlrt" "mlrt_raise_name_error" (func $mlrt_raise_name_error (;16;) (type 13) (param i64) (result i64)))
  (import "mlrt" "mlrt_function_new" (func $mlrt_function_new (;17;) (type 14) (param i32 i64 i64) (result i64)))
  (import "mlrt" "mlrt_bind_args" (func $mlrt_bind_args (;18;) (type 9) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_len" (func $mlrt_len (;19;) (type 13) (param i64) (result i64)))
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (elem (;0;) (table 0) (global.get 4) func $"fib (entry)")
  (func $fib (;20;) (type 13) (param i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i32 i64 i64)
    block ;; label = @1
      global.get 6
      br_if 0 (;@1;)
      local.get 0
      i64.const 1
      i64.and
      i32.wrap_i64
      br_if 0 (;@1;)
      global.get 2
      i32.load offset=12
      global.get 2
      i32.load offset=8
      i32.sub
      local.set 9
      local.get 0
      i64.const 1
      i64.shr_s
      local.get 9
      call $"fib (scalar)"
      local.set 9
      local.set 10
      local.get 9
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 10
      i64.const 1
      i64.shl
      local.tee 11
      i64.const 1
      i64.shr_s
      local.get 10
      i64.ne
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 11
      return
    end
    global.get 2
    i32.load
    local.set 1
    global.get 2
    i32.load offset=8
    global.get 2
    i32.load offset=12
    i32.ge_u
    global.get 2
    i32.load offset=4
    local.get 1
    i32.sub
    i32.const 32
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 3
      call $mlrt_frame_push
      local.tee 1
      i32.eqz
      if ;; label = @2
        i64.const 7
        return
      end
    else
      local.get 1
      global.get 2
      i32.load offset=8
      i64.extend_i32_u
      i64.const 1
      i64.shl
      i64.store
      local.get 1
      i64.const 15
      i64.store offset=16
      local.get 1
      i64.const 15
      i64.store offset=24
      global.get 2
      local.get 1
      i32.const 32
      i32.add
      i32.store
      global.get 2
      global.get 2
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
      local.get 1
      i32.const 8
      i32.add
      local.set 1
    end
    local.get 1
    local.get 0
    i64.store
    global.get 3
    i32.load
    global.get 2
    i32.load offset=16
    i32.ge_u
    if ;; label = @1
      call $mlrt_gc_poll
    end
    block ;; label = @1
      i32.const 2
      local.set 2
      local.get 1
      i64.load
      i64.const 4
      local.set 4
      local.set 3
      local.get 3
      local.get 4
      i64.or
      i64.const 1
      i64.and
      i64.eqz
      if (result i32) ;; label = @2
        local.get 3
        local.get 4
        i64.lt_s
      else
        block (result i32) ;; label = @3
          local.get 3
          local.get 4
          call $mlrt_lt
          local.tee 6
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          local.get 6
          local.set 6
          block (result i32) ;; label = @4
            i32.const 1
            local.get 6
            i64.const 19
            i64.eq
            br_if 0 (;@4;)
            drop
            i32.const 0
            local.get 6
            i64.const 11
            i64.eq
            br_if 0 (;@4;)
            drop
            local.get 6
            i64.const 0
            i64.ne
            local.get 6
            i64.const 1
            i64.and
            i64.eqz
            br_if 0 (;@4;)
            drop
            local.get 6
            call $mlrt_truthy
            local.tee 8
            i32.const -1
            i32.eq
            br_if 3 (;@1;)
            local.get 8
          end
        end
      end
      if ;; label = @2
        i32.const 3
        local.set 2
        local.get 1
        i64.load
        local.set 5
        local.get 1
        i32.const 8
        i32.sub
        local.set 8
        global.get 2
        local.get 8
        i32.store
        global.get 2
        local.get 8
        i64.load
        i64.const 1
        i64.shr_u
        i32.wrap_i64
        i32.store offset=8
        local.get 5
        return
      end
      i32.const 4
      local.set 2
      local.get 1
      i64.load
      i64.const 2
      local.set 4
      local.set 3
      block (result i64) ;; label = @2
        local.get 3
        local.get 4
        i64.or
        i64.const 1
        i64.and
        i64.eqz
        if ;; label = @3
          local.get 3
          local.get 4
          i64.sub
          local.set 5
          local.get 3
          local.get 5
          i64.xor
          local.get 4
          local.get 3
          i64.xor
          i64.and
          i64.const 0
          i64.ge_s
          if ;; label = @4
            local.get 5
            br 2 (;@2;)
          end
        end
        local.get 3
        local.get 4
        call $mlrt_sub
        local.tee 6
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 6
      end
      call $fib
      local.tee 6
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 6
      local.set 7
      local.get 1
      local.get 7
      i64.store offset=8
      local.get 1
      i64.load
      i64.const 4
      local.set 4
      local.set 3
      block (result i64) ;; label = @2
        local.get 3
        local.get 4
        i64.or
        i64.const 1
        i64.and
        i64.eqz
        if ;; label = @3
          local.get 3
          local.get 4
          i64.sub
          local.set 5
          local.get 3
          local.get 5
          i64.xor
          local.get 4
          local.get 3
          i64.xor
          i64.and
          i64.const 0
          i64.ge_s
          if ;; label = @4
            local.get 5
            br 2 (;@2;)
          end
        end
        local.get 3
        local.get 4
        call $mlrt_sub
        local.tee 6
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 6
      end
      call $fib
      local.tee 6
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 6
      local.set 7
      local.get 1
      local.get 7
      i64.store offset=16
      local.get 1
      i64.load offset=8
      local.get 1
      i64.load offset=16
      local.set 4
      local.set 3
      block (result i64) ;; label = @2
        local.get 3
        local.get 4
        i64.or
        i64.const 1
        i64.and
        i64.eqz
        if ;; label = @3
          local.get 3
          local.get 4
          i64.add
          local.set 5
          local.get 3
          local.get 5
          i64.xor
          local.get 4
          local.get 5
          i64.xor
          i64.and
          i64.const 0
          i64.ge_s
          if ;; label = @4
            local.get 5
            br 2 (;@2;)
          end
        end
        local.get 3
        local.get 4
        call $mlrt_add
        local.tee 6
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 6
      end
      local.set 5
      local.get 1
      i32.const 8
      i32.sub
      local.set 8
      global.get 2
      local.get 8
      i32.store
      global.get 2
      local.get 8
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      local.get 5
      return
      local.get 1
      i32.const 8
      i32.sub
      local.set 8
      global.get 2
      local.get 8
      i32.store
      global.get 2
      local.get 8
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      i64.const 3
      return
    end
    global.get 5
    i64.load offset=8
    local.get 2
    call $mlrt_traceback_push
    local.get 1
    i32.const 8
    i32.sub
    local.set 8
    global.get 2
    local.get 8
    i32.store
    global.get 2
    local.get 8
    i64.load
    i64.const 1
    i64.shr_u
    i32.wrap_i64
    i32.store offset=8
    i64.const 7
  )
  (func $"fib (scalar)" (;21;) (type 15) (param i64 i32) (result i64 i32)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    block ;; label = @1
      loop ;; label = @2
        local.get 1
        i32.const 0
        i32.le_s
        br_if 1 (;@1;)
        block ;; label = @3
          local.get 0
          local.set 12
          i64.const 2
          local.set 13
          local.get 12
          local.get 13
          i64.lt_s
          local.tee 11
          drop
        end
        local.get 11
        if ;; label = @3
          local.get 0
          local.set 14
          local.get 10
          local.get 14
          i64.add
          local.set 15
          local.get 10
          local.get 15
          i64.xor
          local.get 14
          local.get 15
          i64.xor
          i64.and
          i64.const 0
          i64.lt_s
          br_if 2 (;@1;)
          local.get 15
          local.set 10
          local.get 10
          i32.const 0
          return
        else
        end
        local.get 0
        local.set 16
        i64.const 1
        local.set 17
        local.get 16
        i64.const -9223372036854775807
        i64.lt_s
        br_if 1 (;@1;)
        local.get 16
        i64.const -1
        i64.add
        local.get 1
        i32.const 1
        i32.sub
        call $"fib (scalar)"
        br_if 1 (;@1;)
        local.set 18
        local.get 10
        local.get 18
        i64.add
        local.set 19
        local.get 10
        local.get 19
        i64.xor
        local.get 18
        local.get 19
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        br_if 1 (;@1;)
        local.get 19
        local.set 10
        local.get 0
        local.set 20
        i64.const 2
        local.set 21
        local.get 20
        i64.const -9223372036854775806
        i64.lt_s
        br_if 1 (;@1;)
        local.get 20
        i64.const -2
        i64.add
        local.set 22
        local.get 22
        local.set 0
        local.get 1
        i32.const 1
        i32.sub
        local.set 1
        br 0 (;@2;)
        br 1 (;@1;)
      end
      br 0 (;@1;)
    end
    i64.const 0
    i32.const 1
  )
  (func $"fib (entry)" (;22;) (type 9) (param i64 i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    local.get 2
    i64.const 3
    i64.eq
    local.get 1
    call $mlrt_len
    i64.const 2
    i64.eq
    i32.and
    if ;; label = @1
      local.get 1
      i32.const 0
      call $mlrt_tuple_get
      call $fib
      return
    end
    local.get 0
    local.get 1
    local.get 2
    call $mlrt_bind_args
    local.tee 8
    i64.const 7
    i64.eq
    if ;; label = @1
      i64.const 7
      return
    end
    local.get 8
    i32.const 0
    call $mlrt_tuple_get
    call $fib
  )
  (func $<module> (;23;) (type 16) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64)
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
    i32.const 32
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 3
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
      local.get 0
      i64.const 15
      i64.store offset=16
      local.get 0
      i64.const 15
      i64.store offset=24
      global.get 2
      local.get 0
      i32.const 32
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
      i64.const 3
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i32.const 2
      call $mlrt_tuple_new
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      i32.const 1
      call $mlrt_tuple_new
      local.set 8
      local.get 8
      i32.const 0
      global.get 5
      i64.load offset=16
      call $mlrt_tuple_set
      local.get 8
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=16
      i32.const 6
      call $mlrt_tuple_new
      local.set 9
      local.get 9
      i32.const 0
      global.get 5
      i64.load offset=8
      call $mlrt_tuple_set
      local.get 9
      i32.const 1
      local.get 0
      i64.load offset=16
      call $mlrt_tuple_set
      local.get 9
      i32.const 2
      i64.const 0
      call $mlrt_tuple_set
      local.get 9
      i32.const 3
      i64.const 2
      call $mlrt_tuple_set
      local.get 9
      i32.const 4
      i64.const 0
      call $mlrt_tuple_set
      local.get 9
      i32.const 5
      i64.const 0
      call $mlrt_tuple_set
      local.get 9
      local.set 4
      local.get 0
      i64.load offset=8
      i32.const 0
      local.get 4
      call $mlrt_tuple_set
      local.get 0
      i64.load
      local.set 4
      local.get 0
      i64.load offset=8
      i32.const 1
      local.get 4
      call $mlrt_tuple_set
      global.get 4
      i32.const 0
      i32.add
      global.get 5
      i64.load offset=8
      local.get 0
      i64.load offset=8
      call $mlrt_function_new
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 6
      global.get 5
      local.get 6
      i64.store
      i32.const 6
      local.set 1
      i32.const 1
      call $mlrt_tuple_new
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i64.const 40
      global.get 5
      i64.load
      local.tee 5
      i64.const 15
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load offset=8
        call $mlrt_raise_name_error
        drop
        br 1 (;@1;)
      end
      call $fib
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 4
      local.get 0
      i64.load
      i32.const 0
      local.get 4
      call $mlrt_tuple_set
      local.get 0
      i64.load
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i64.const 15
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      i64.const 15
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=16
      local.get 0
      i64.load
      local.get 0
      i64.load offset=8
      local.get 0
      i64.load offset=16
      call $mlrt_print
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
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
    i64.load offset=24
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
  (func $_start (;24;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 5
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
    i32.const 3
    call $mlrt_str_new
    i64.store offset=8
    global.get 5
    global.get 0
    i32.const 3
    i32.add
    i32.const 6
    call $mlrt_str_new
    i64.store offset=16
    global.get 5
    global.get 0
    i32.const 9
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    global.get 0
    i32.const 17
    i32.add
    i32.const 12
    call $mlrt_str_new
    i64.store offset=32
    global.get 5
    i64.load offset=32
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
  (data (;0;) (i32.const 0) "fibnumber<module>typed_fib.ml")
)
