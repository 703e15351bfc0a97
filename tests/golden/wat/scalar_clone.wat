(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i32 i32) (result i64)))
  (type (;4;) (func (param f64) (result i64)))
  (type (;5;) (func (param i32) (result i64)))
  (type (;6;) (func (param i64 i32 i64)))
  (type (;7;) (func (param i64 i32) (result i64)))
  (type (;8;) (func (param i64 i64) (result i64)))
  (type (;9;) (func (param i64) (result i32)))
  (type (;10;) (func (param i64 i64 i64) (result i64)))
  (type (;11;) (func (result i32)))
  (type (;12;) (func (param i64 i32)))
  (type (;13;) (func (param i64)))
  (type (;14;) (func (param i64) (result i64)))
  (type (;15;) (func (param i64) (result f64)))
  (type (;16;) (func (param i32 i64 i64) (result i64)))
  (type (;17;) (func (param i64 i64 i32) (result i64 i32)))
  (type (;18;) (func (param f64 i64 i32) (result f64 i32)))
  (type (;19;) (func (result i64)))
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
  (import "mlrt" "mlrt_float_new" (func $mlrt_float_new (;5;) (type 4) (param f64) (result i64)))
  (import "mlrt" "mlrt_tuple_new" (func $mlrt_tuple_new (;6;) (type 5) (param i32) (result i64)))
  (import "mlrt" "mlrt_tuple_set" (func $mlrt_tuple_set (;7;) (type 6) (param i64 i32 i64)))
  (import "mlrt" "mlrt_tuple_get" (func $mlrt_tuple_get (;8;) (type 7) (param i64 i32) (result i64)))
  (import "mlrt" "mlrt_mul" (func $mlrt_mul (;9;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truediv" (func $mlrt_truediv (;10;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_mod" (func $mlrt_mod (;11;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truthy" (func $mlrt_truthy (;12;) (type 9) (param i64) (result i32)))
  (import "mlrt" "mlrt_unpack" (func $mlrt_unpack (;13;) (type 7) (param i64 i32) (result i64)))
  (import "mlrt" "mlrt_print" (func $mlrt_print (;14;) (type 10) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;15;) (type 11) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;16;) (type 12) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;17;) (type 13) (param i64)))
  (import "mlrt" "mlrt_raise_name_error" (func $mlrt_raise_name_error (;18;) (type 14) (param i64) (result i64)))
  (import "mlrt" "mlrt_raise_unbound_local" (func $mlrt_raise_unbound_local (;19;) (type 14) (param i64) (result i64)))
  (import "mlrt" "mlrt_float_value" (func $mlrt_float_value (;20;) (type 15) (param i64) (result f64)))
  (import "mlrt" "mlrt_function_new" (func $mlrt_function_new (;21;) (type 16) (param i32 i64 i64) (result i64)))
  (import "mlrt" "mlrt_bind_args" (func $mlrt_bind_args (;22;) (type 10) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_len" (func $mlrt_len (;23;) (type 14) (param i64) (result i64)))
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut i32) i32.const 0)
  (global (;7;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (elem (;0;) (table 0) (global.get 4) func $"gcd (entry)" $"scale (entry)")
  (func $gcd (;24;) (type 8) (param i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i32 i64 i64)
    block ;; label = @1
      global.get 6
      br_if 0 (;@1;)
      local.get 0
      i64.const 1
      i64.and
      i32.wrap_i64
      br_if 0 (;@1;)
      local.get 1
      i64.const 1
      i64.and
      i32.wrap_i64
      br_if 0 (;@1;)
      global.get 2
      i32.load offset=12
      global.get 2
      i32.load offset=8
      i32.sub
      local.set 10
      local.get 0
      i64.const 1
      i64.shr_s
      local.get 1
      i64.const 1
      i64.shr_s
      local.get 10
      call $"gcd (scalar)"
      local.set 10
      local.set 11
      local.get 10
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 11
      i64.const 1
      i64.shl
      local.tee 12
      i64.const 1
      i64.shr_s
      local.get 11
      i64.ne
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 12
      return
    end
    global.get 2
    i32.load
    local.set 2
    global.get 2
    i32.load offset=8
    global.get 2
    i32.load offset=12
    i32.ge_u
    global.get 2
    i32.load offset=4
    local.get 2
    i32.sub
    i32.const 32
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 3
      call $mlrt_frame_push
      local.tee 2
      i32.eqz
      if ;; label = @2
        i64.const 7
        return
      end
    else
      local.get 2
      global.get 2
      i32.load offset=8
      i64.extend_i32_u
      i64.const 1
      i64.shl
      i64.store
      local.get 2
      i64.const 15
      i64.store offset=24
      global.get 2
      local.get 2
      i32.const 32
      i32.add
      i32.store
      global.get 2
      global.get 2
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
      local.get 2
      i32.const 8
      i32.add
      local.set 2
    end
    local.get 2
    local.get 0
    i64.store
    local.get 2
    local.get 1
    i64.store offset=8
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
      local.set 3
      block ;; label = @2
        block ;; label = @3
          loop ;; label = @4
            global.get 3
            i32.load
            global.get 2
            i32.load offset=16
            i32.ge_u
            if ;; label = @5
              call $mlrt_gc_poll
            end
            local.get 2
            i64.load offset=8
            local.set 7
            block (result i32) ;; label = @5
              i32.const 1
              local.get 7
              i64.const 19
              i64.eq
              br_if 0 (;@5;)
              drop
              i32.const 0
              local.get 7
              i64.const 11
              i64.eq
              br_if 0 (;@5;)
              drop
              local.get 7
              i64.const 0
              i64.ne
              local.get 7
              i64.const 1
              i64.and
              i64.eqz
              br_if 0 (;@5;)
              drop
              local.get 7
              call $mlrt_truthy
              local.tee 9
              i32.const -1
              i32.eq
              br_if 4 (;@1;)
              local.get 9
            end
            i32.eqz
            br_if 1 (;@3;)
            i32.const 3
            local.set 3
            i32.const 2
            call $mlrt_tuple_new
            local.set 8
            local.get 2
            local.get 8
            i64.store offset=16
            local.get 2
            i64.load offset=8
            local.set 6
            local.get 2
            i64.load offset=16
            i32.const 0
            local.get 6
            call $mlrt_tuple_set
            local.get 2
            i64.load
            local.get 2
            i64.load offset=8
            local.set 5
            local.set 4
            block (result i64) ;; label = @5
              block ;; label = @6
                local.get 4
                local.get 5
                i64.or
                i64.const 1
                i64.and
                i32.wrap_i64
                br_if 0 (;@6;)
                local.get 5
                i64.eqz
                br_if 0 (;@6;)
                local.get 4
                local.get 5
                i64.rem_s
                local.tee 6
                local.get 6
                local.get 5
                i64.add
                local.get 6
                local.get 5
                i64.xor
                i64.const 0
                i64.ge_s
                local.get 6
                i64.eqz
                i32.or
                select
                br 1 (;@5;)
              end
              local.get 4
              local.get 5
              call $mlrt_mod
              local.tee 7
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 7
            end
            local.set 6
            local.get 2
            i64.load offset=16
            i32.const 1
            local.get 6
            call $mlrt_tuple_set
            local.get 2
            i64.load offset=16
            i32.const 2
            call $mlrt_unpack
            local.tee 7
            i64.const 7
            i64.eq
            br_if 3 (;@1;)
            local.get 7
            local.set 8
            local.get 2
            local.get 8
            i64.store offset=16
            local.get 2
            i64.load offset=16
            i32.const 0
            call $mlrt_tuple_get
            local.set 8
            local.get 2
            local.get 8
            i64.store
            local.get 2
            i64.load offset=16
            i32.const 1
            call $mlrt_tuple_get
            local.set 8
            local.get 2
            local.get 8
            i64.store offset=8
            br 0 (;@4;)
          end
        end
      end
      i32.const 4
      local.set 3
      local.get 2
      i64.load
      local.set 6
      local.get 2
      i32.const 8
      i32.sub
      local.set 9
      global.get 2
      local.get 9
      i32.store
      global.get 2
      local.get 9
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      local.get 6
      return
      local.get 2
      i32.const 8
      i32.sub
      local.set 9
      global.get 2
      local.get 9
      i32.store
      global.get 2
      local.get 9
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      i64.const 3
      return
    end
    global.get 5
    i64.load
    local.get 3
    call $mlrt_traceback_push
    local.get 2
    i32.const 8
    i32.sub
    local.set 9
    global.get 2
    local.get 9
    i32.store
    global.get 2
    local.get 9
    i64.load
    i64.const 1
    i64.shr_u
    i32.wrap_i64
    i32.store offset=8
    i64.const 7
  )
  (func $scale (;25;) (type 8) (param i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 f64 i64 i64 f64 i64 f64 f64 f64 i32 f64 i64)
    block ;; label = @1
      global.get 7
      br_if 0 (;@1;)
      local.get 1
      i64.const 1
      i64.and
      i32.wrap_i64
      br_if 0 (;@1;)
      global.get 2
      i32.load offset=12
      global.get 2
      i32.load offset=8
      i32.sub
      local.set 18
      local.get 0
      call $mlrt_float_value
      local.get 1
      i64.const 1
      i64.shr_s
      local.get 18
      call $"scale (scalar)"
      local.set 18
      local.set 19
      local.get 18
      if ;; label = @2
        i32.const 1
        global.set 7
        br 1 (;@1;)
      end
      local.get 19
      call $mlrt_float_new
      local.tee 20
      i64.const 7
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load offset=16
        i32.const 6
        call $mlrt_traceback_push
      end
      local.get 20
      return
    end
    global.get 2
    i32.load
    local.set 2
    global.get 2
    i32.load offset=8
    global.get 2
    i32.load offset=12
    i32.ge_u
    global.get 2
    i32.load offset=4
    local.get 2
    i32.sub
    i32.const 24
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 2
      call $mlrt_frame_push
      local.tee 2
      i32.eqz
      if ;; label = @2
        i64.const 7
        return
      end
    else
      local.get 2
      global.get 2
      i32.load offset=8
      i64.extend_i32_u
      i64.const 1
      i64.shl
      i64.store
      global.get 2
      local.get 2
      i32.const 24
      i32.add
      i32.store
      global.get 2
      global.get 2
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
      local.get 2
      i32.const 8
      i32.add
      local.set 2
    end
    local.get 2
    local.get 0
    i64.store
    local.get 2
    local.get 1
    i64.store offset=8
    global.get 3
    i32.load
    global.get 2
    i32.load offset=16
    i32.ge_u
    if ;; label = @1
      call $mlrt_gc_poll
    end
    local.get 0
    local.set 11
    block (result f64) ;; label = @1
      block ;; label = @2
        local.get 11
        i32.wrap_i64
        i32.const 7
        i32.and
        i32.const 5
        i32.eq
        if (result f64) ;; label = @3
          local.get 11
          i64.const 3
          i64.shr_u
          local.tee 12
          i64.const 8070450532247928832
          i64.const 0
          local.get 12
          i64.const 1
          i64.gt_u
          select
          i64.add
          i64.const 1
          i64.rotr
          f64.reinterpret_i64
        else
          local.get 11
          i32.wrap_i64
          i32.const 1
          i32.and
          br_if 1 (;@2;)
          local.get 11
          i64.const 1
          i64.shr_s
          f64.convert_i64_s
        end
        br 1 (;@1;)
      end
      local.get 11
      call $mlrt_float_value
    end
    local.set 10
    block ;; label = @1
      i32.const 7
      local.set 3
      local.get 10
      i64.reinterpret_f64
      i64.const 9218868437227408060
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load offset=8
        call $mlrt_raise_unbound_local
        drop
        br 1 (;@1;)
      end
      local.get 10
      local.set 13
      local.get 2
      i64.load offset=8
      local.set 14
      block (result f64) ;; label = @2
        block ;; label = @3
          local.get 14
          i64.const 1
          i64.and
          i32.wrap_i64
          br_if 0 (;@3;)
          local.get 13
          local.get 14
          i64.const 1
          i64.shr_s
          f64.convert_i64_s
          f64.mul
          br 1 (;@2;)
        end
        local.get 13
        local.tee 15
        i64.reinterpret_f64
        i64.const 1
        i64.rotl
        i64.const 8070450532247928832
        i64.sub
        local.tee 12
        i64.const 2
        i64.sub
        i64.const 2305843009213693950
        i64.lt_u
        if (result i64) ;; label = @3
          local.get 12
          i64.const 3
          i64.shl
          i64.const 5
          i64.or
        else
          local.get 15
          call $mlrt_float_new
          local.tee 7
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          local.get 7
        end
        local.get 14
        call $mlrt_mul
        local.tee 7
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 7
        local.set 11
        block (result f64) ;; label = @3
          block ;; label = @4
            local.get 11
            i32.wrap_i64
            i32.const 7
            i32.and
            i32.const 5
            i32.eq
            if (result f64) ;; label = @5
              local.get 11
              i64.const 3
              i64.shr_u
              local.tee 12
              i64.const 8070450532247928832
              i64.const 0
              local.get 12
              i64.const 1
              i64.gt_u
              select
              i64.add
              i64.const 1
              i64.rotr
              f64.reinterpret_i64
            else
              local.get 11
              i32.wrap_i64
              i32.const 1
              i32.and
              br_if 1 (;@4;)
              local.get 11
              i64.const 1
              i64.shr_s
              f64.convert_i64_s
            end
            br 1 (;@3;)
          end
          local.get 11
          call $mlrt_float_value
        end
      end
      local.set 16
      f64.const 0x1p+1 (;=2;)
      local.set 17
      block (result f64) ;; label = @2
        block ;; label = @3
          local.get 17
          f64.const 0x0p+0 (;=0;)
          f64.eq
          br_if 0 (;@3;)
          local.get 16
          local.get 17
          f64.div
          br 1 (;@2;)
        end
        local.get 16
        local.tee 15
        i64.reinterpret_f64
        i64.const 1
        i64.rotl
        i64.const 8070450532247928832
        i64.sub
        local.tee 12
        i64.const 2
        i64.sub
        i64.const 2305843009213693950
        i64.lt_u
        if (result i64) ;; label = @3
          local.get 12
          i64.const 3
          i64.shl
          i64.const 5
          i64.or
        else
          local.get 15
          call $mlrt_float_new
          local.tee 7
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          local.get 7
        end
        local.get 17
        local.tee 15
        i64.reinterpret_f64
        i64.const 1
        i64.rotl
        i64.const 8070450532247928832
        i64.sub
        local.tee 12
        i64.const 2
        i64.sub
        i64.const 2305843009213693950
        i64.lt_u
        if (result i64) ;; label = @3
          local.get 12
          i64.const 3
          i64.shl
          i64.const 5
          i64.or
        else
          local.get 15
          call $mlrt_float_new
          local.tee 7
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          local.get 7
        end
        call $mlrt_truediv
        local.tee 7
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 7
        local.set 11
        block (result f64) ;; label = @3
          block ;; label = @4
            local.get 11
            i32.wrap_i64
            i32.const 7
            i32.and
            i32.const 5
            i32.eq
            if (result f64) ;; label = @5
              local.get 11
              i64.const 3
              i64.shr_u
              local.tee 12
              i64.const 8070450532247928832
              i64.const 0
              local.get 12
              i64.const 1
              i64.gt_u
              select
              i64.add
              i64.const 1
              i64.rotr
              f64.reinterpret_i64
            else
              local.get 11
              i32.wrap_i64
              i32.const 1
              i32.and
              br_if 1 (;@4;)
              local.get 11
              i64.const 1
              i64.shr_s
              f64.convert_i64_s
            end
            br 1 (;@3;)
          end
          local.get 11
          call $mlrt_float_value
        end
      end
      local.tee 15
      i64.reinterpret_f64
      i64.const 1
      i64.rotl
      i64.const 8070450532247928832
      i64.sub
      local.tee 12
      i64.const 2
      i64.sub
      i64.const 2305843009213693950
      i64.lt_u
      if (result i64) ;; label = @2
        local.get 12
        i64.const 3
        i64.shl
        i64.const 5
        i64.or
      else
        local.get 15
        call $mlrt_float_new
        local.tee 7
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 7
      end
      local.set 6
      local.get 2
      i32.const 8
      i32.sub
      local.set 9
      global.get 2
      local.get 9
      i32.store
      global.get 2
      local.get 9
      i64.load
      i64.const 1
      i64.shr_u
      i32.wrap_i64
      i32.store offset=8
      local.get 6
      return
      local.get 2
      i32.const 8
      i32.sub
      local.set 9
      global.get 2
      local.get 9
      i32.store
      global.get 2
      local.get 9
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
    local.get 3
    call $mlrt_traceback_push
    local.get 2
    i32.const 8
    i32.sub
    local.set 9
    global.get 2
    local.get 9
    i32.store
    global.get 2
    local.get 9
    i64.load
    i64.const 1
    i64.shr_u
    i32.wrap_i64
    i32.store offset=8
    i64.const 7
  )
  (func $"gcd (scalar)" (;26;) (type 17) (param i64 i64 i32) (result i64 i32)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 i64 i64 i64)
    block ;; label = @1
      local.get 2
      i32.const 0
      i32.le_s
      br_if 0 (;@1;)
      block ;; label = @2
        loop ;; label = @3
          local.get 1
          i64.const 0
          i64.ne
          i32.eqz
          if ;; label = @4
            br 2 (;@2;)
          end
          local.get 1
          local.set 11
          local.get 0
          local.set 12
          local.get 1
          local.set 13
          local.get 13
          i64.eqz
          br_if 2 (;@1;)
          local.get 12
          local.get 13
          i64.rem_s
          local.tee 14
          local.get 14
          local.get 13
          i64.add
          local.get 14
          local.get 13
          i64.xor
          i64.const 0
          i64.ge_s
          local.get 14
          i64.eqz
          i32.or
          select
          local.set 15
          local.get 11
          local.set 0
          local.get 15
          local.set 1
          br 0 (;@3;)
        end
      end
      local.get 0
      i32.const 0
      return
      br 0 (;@1;)
    end
    i64.const 0
    i32.const 1
  )
  (func $"scale (scalar)" (;27;) (type 18) (param f64 i64 i32) (result f64 i32)
    (local i32 i32 i64 i64 i64 i64 i64 i32 f64 i64 f64 f64)
    block ;; label = @1
      local.get 2
      i32.const 0
      i32.le_s
      br_if 0 (;@1;)
      local.get 0
      local.set 11
      local.get 1
      local.set 12
      local.get 11
      local.get 12
      f64.convert_i64_s
      f64.mul
      local.set 13
      f64.const 0x1p+1 (;=2;)
      local.set 14
      local.get 13
      f64.const 0x1p-1 (;=0.5;)
      f64.mul
      i32.const 0
      return
      br 0 (;@1;)
    end
    f64.const 0x0p+0 (;=0;)
    i32.const 1
  )
  (func $"gcd (entry)" (;28;) (type 10) (param i64 i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    local.get 2
    i64.const 3
    i64.eq
    local.get 1
    call $mlrt_len
    i64.const 4
    i64.eq
    i32.and
    if ;; label = @1
      local.get 1
      i32.const 0
      call $mlrt_tuple_get
      local.get 1
      i32.const 1
      call $mlrt_tuple_get
      call $gcd
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
    local.get 8
    i32.const 1
    call $mlrt_tuple_get
    call $gcd
  )
  (func $"scale (entry)" (;29;) (type 10) (param i64 i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    local.get 2
    i64.const 3
    i64.eq
    local.get 1
    call $mlrt_len
    i64.const 4
    i64.eq
    i32.and
    if ;; label = @1
      local.get 1
      i32.const 0
      call $mlrt_tuple_get
      local.get 1
      i32.const 1
      call $mlrt_tuple_get
      call $scale
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
    local.get 8
    i32.const 1
    call $mlrt_tuple_get
    call $scale
  )
  (func $<module> (;30;) (type 19) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 i64 i64)
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
      i32.const 2
      call $mlrt_tuple_new
      local.set 8
      local.get 8
      i32.const 0
      global.get 5
      i64.load offset=24
      call $mlrt_tuple_set
      local.get 8
      i32.const 1
      global.get 5
      i64.load offset=32
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
      i64.load
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
      i64.const 4
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
      i64.load
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
      i64.store offset=40
      i32.const 6
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
      i32.const 2
      call $mlrt_tuple_new
      local.set 10
      local.get 10
      i32.const 0
      global.get 5
      i64.load offset=8
      call $mlrt_tuple_set
      local.get 10
      i32.const 1
      global.get 5
      i64.load offset=48
      call $mlrt_tuple_set
      local.get 10
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=16
      i32.const 6
      call $mlrt_tuple_new
      local.set 11
      local.get 11
      i32.const 0
      global.get 5
      i64.load offset=16
      call $mlrt_tuple_set
      local.get 11
      i32.const 1
      local.get 0
      i64.load offset=16
      call $mlrt_tuple_set
      local.get 11
      i32.const 2
      i64.const 0
      call $mlrt_tuple_set
      local.get 11
      i32.const 3
      i64.const 4
      call $mlrt_tuple_set
      local.get 11
      i32.const 4
      i64.const 0
      call $mlrt_tuple_set
      local.get 11
      i32.const 5
      i64.const 0
      call $mlrt_tuple_set
      local.get 11
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
      i32.const 1
      i32.add
      global.get 5
      i64.load offset=16
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
      i64.store offset=56
      i32.const 9
      local.set 1
      i32.const 2
      call $mlrt_tuple_new
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i64.const 24
      i64.const 36
      global.get 5
      i64.load offset=40
      local.tee 5
      i64.const 15
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load
        call $mlrt_raise_name_error
        drop
        br 1 (;@1;)
      end
      call $gcd
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
      i64.const 9187343239835811845
      i64.const 6
      global.get 5
      i64.load offset=56
      local.tee 5
      i64.const 15
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load offset=16
        call $mlrt_raise_name_error
        drop
        br 1 (;@1;)
      end
      call $scale
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 4
      local.get 0
      i64.load
      i32.const 1
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
    i64.load offset=64
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
  (func $_start (;31;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 10
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
    i64.store
    global.get 5
    global.get 0
    i32.const 3
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=8
    global.get 5
    global.get 0
    i32.const 4
    i32.add
    i32.const 5
    call $mlrt_str_new
    i64.store offset=16
    global.get 5
    global.get 0
    i32.const 9
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    global.get 0
    i32.const 10
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=32
    global.get 5
    global.get 0
    i32.const 11
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=48
    global.get 5
    global.get 0
    i32.const 12
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=64
    global.get 5
    global.get 0
    i32.const 20
    i32.add
    i32.const 15
    call $mlrt_str_new
    i64.store offset=72
    global.get 5
    i64.load offset=72
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
  (data (;0;) (i32.const 0) "gcdxscaleabk<module>scalar_clone.ml")
)
