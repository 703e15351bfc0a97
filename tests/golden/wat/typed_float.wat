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
  (type (;9;) (func (param i64) (result i64)))
  (type (;10;) (func (param i64 i64 i64) (result i64)))
  (type (;11;) (func (result i32)))
  (type (;12;) (func (param i64 i32)))
  (type (;13;) (func (param i64)))
  (type (;14;) (func (param i64) (result f64)))
  (type (;15;) (func (param i32 i64 i64) (result i64)))
  (type (;16;) (func (param i64 i64 i32) (result i64 i32)))
  (type (;17;) (func (result i64)))
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
  (import "mlrt" "mlrt_add" (func $mlrt_add (;9;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_mul" (func $mlrt_mul (;10;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truediv" (func $mlrt_truediv (;11;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_mod" (func $mlrt_mod (;12;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_iadd" (func $mlrt_iadd (;13;) (type 8) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_iter" (func $mlrt_iter (;14;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_next" (func $mlrt_next (;15;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_str" (func $mlrt_str (;16;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_str_join" (func $mlrt_str_join (;17;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_print" (func $mlrt_print (;18;) (type 10) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;19;) (type 11) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;20;) (type 12) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;21;) (type 13) (param i64)))
  (import "mlrt" "mlrt_raise_name_error" (func $mlrt_raise_name_error (;22;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_raise_unbound_local" (func $mlrt_raise_unbound_local (;23;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_float_value" (func $mlrt_float_value (;24;) (type 14) (param i64) (result f64)))
  (import "mlrt" "mlrt_write_str" (func $mlrt_write_str (;25;) (type 13) (param i64)))
  (import "mlrt" "mlrt_function_new" (func $mlrt_function_new (;26;) (type 15) (param i32 i64 i64) (result i64)))
  (import "mlrt" "mlrt_bind_args" (func $mlrt_bind_args (;27;) (type 10) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_len" (func $mlrt_len (;28;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_builtin_range" (func $mlrt_builtin_range (;29;) (type 8) (param i64 i64) (result i64)))
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (elem (;0;) (table 0) (global.get 4) func $"estimate (entry)")
  (func $estimate (;30;) (type 8) (param i64 i64) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 f64 i64 i64 i64 i32 i64 f64 f64 i64 i64 i64 i32 i64 i64)
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
      local.set 21
      local.get 0
      i64.const 1
      i64.shr_s
      local.get 1
      i64.const 1
      i64.shr_s
      local.get 21
      call $"estimate (scalar)"
      local.set 21
      local.set 22
      local.get 21
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 22
      i64.const 1
      i64.shl
      local.tee 23
      i64.const 1
      i64.shr_s
      local.get 22
      i64.ne
      if ;; label = @2
        i32.const 1
        global.set 6
        br 1 (;@1;)
      end
      local.get 23
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
    i32.const 64
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 7
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
      local.get 2
      i64.const 15
      i64.store offset=32
      local.get 2
      i64.const 15
      i64.store offset=40
      local.get 2
      i64.const 15
      i64.store offset=48
      local.get 2
      i64.const 15
      i64.store offset=56
      global.get 2
      local.get 2
      i32.const 64
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
    f64.const nan:0xabc (;=NaN;)
    local.set 10
    block ;; label = @1
      i32.const 2
      local.set 3
      i64.const 0
      local.set 8
      local.get 2
      local.get 8
      i64.store offset=16
      i32.const 3
      local.set 3
      local.get 2
      i64.load
      local.set 8
      local.get 2
      local.get 8
      i64.store offset=40
      i64.const 0
      local.get 2
      i64.load offset=40
      i64.or
      i64.const 2
      i64.or
      i64.const 1
      i64.and
      i64.const 2
      i64.eqz
      i64.extend_i32_u
      i64.or
      i32.wrap_i64
      local.tee 14
      if ;; label = @2
        i32.const 1
        call $mlrt_tuple_new
        local.set 6
        local.get 6
        i32.const 0
        local.get 2
        i64.load offset=40
        call $mlrt_tuple_set
        local.get 6
        i64.const 3
        call $mlrt_builtin_range
        local.tee 7
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 7
        call $mlrt_iter
        local.tee 7
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 7
        local.set 8
        local.get 2
        local.get 8
        i64.store offset=48
      else
        i64.const 0
        i64.const 1
        i64.shr_s
        local.set 11
        local.get 2
        i64.load offset=40
        i64.const 1
        i64.shr_s
        local.set 12
        i64.const 2
        i64.const 1
        i64.shr_s
        local.set 13
      end
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
            local.get 14
            if (result i64) ;; label = @5
              local.get 2
              i64.load offset=48
              call $mlrt_next
              local.tee 7
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 7
              local.tee 7
              i64.const 15
              i64.eq
              br_if 2 (;@3;)
              local.get 7
            else
              local.get 11
              local.get 12
              i64.ge_s
              local.get 11
              local.get 12
              i64.le_s
              local.get 13
              i64.const 0
              i64.gt_s
              select
              br_if 2 (;@3;)
              local.get 11
              i64.const 1
              i64.shl
              local.get 11
              local.get 13
              i64.add
              local.set 11
            end
            local.set 8
            local.get 2
            local.get 8
            i64.store offset=24
            i32.const 4
            local.set 3
            local.get 2
            i64.load offset=8
            i64.const 2207030490
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
                local.get 4
                i64.const 1
                i64.shr_s
                local.tee 6
                local.get 6
                i64.extend32_s
                i64.ne
                br_if 0 (;@6;)
                local.get 5
                i64.const 1
                i64.shr_s
                local.tee 6
                local.get 6
                i64.extend32_s
                i64.ne
                br_if 0 (;@6;)
                local.get 4
                i64.const 1
                i64.shr_s
                local.get 5
                i64.const 1
                i64.shr_s
                i64.mul
                local.tee 6
                i64.const 1
                i64.shl
                i64.const 1
                i64.shr_s
                local.get 6
                i64.ne
                br_if 0 (;@6;)
                local.get 6
                i64.const 1
                i64.shl
                br 1 (;@5;)
              end
              local.get 4
              local.get 5
              call $mlrt_mul
              local.tee 7
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 7
            end
            i64.const 24690
            local.set 5
            local.set 4
            block (result i64) ;; label = @5
              local.get 4
              local.get 5
              i64.or
              i64.const 1
              i64.and
              i64.eqz
              if ;; label = @6
                local.get 4
                local.get 5
                i64.add
                local.set 6
                local.get 4
                local.get 6
                i64.xor
                local.get 5
                local.get 6
                i64.xor
                i64.and
                i64.const 0
                i64.ge_s
                if ;; label = @7
                  local.get 6
                  br 2 (;@5;)
                end
              end
              local.get 4
              local.get 5
              call $mlrt_add
              local.tee 7
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 7
            end
            i64.const 4294967296
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
            local.set 8
            local.get 2
            local.get 8
            i64.store offset=8
            i32.const 5
            local.set 3
            local.get 2
            i64.load offset=8
            local.set 15
            f64.const 0x1p+31 (;=2147483648;)
            local.set 16
            block (result f64) ;; label = @5
              block ;; label = @6
                local.get 15
                i64.const 1
                i64.and
                i32.wrap_i64
                br_if 0 (;@6;)
                local.get 16
                f64.const 0x0p+0 (;=0;)
                f64.eq
                br_if 0 (;@6;)
                local.get 15
                i64.const 1
                i64.shr_s
                f64.convert_i64_s
                local.get 16
                f64.div
                br 1 (;@5;)
              end
              local.get 15
              local.get 16
              local.tee 17
              i64.reinterpret_f64
              i64.const 1
              i64.rotl
              i64.const 8070450532247928832
              i64.sub
              local.tee 18
              i64.const 2
              i64.sub
              i64.const 2305843009213693950
              i64.lt_u
              if (result i64) ;; label = @6
                local.get 18
                i64.const 3
                i64.shl
                i64.const 5
                i64.or
              else
                local.get 17
                call $mlrt_float_new
                local.tee 7
                i64.const 7
                i64.eq
                br_if 5 (;@1;)
                local.get 7
              end
              call $mlrt_truediv
              local.tee 7
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 7
              local.set 19
              block (result f64) ;; label = @6
                block ;; label = @7
                  local.get 19
                  i32.wrap_i64
                  i32.const 7
                  i32.and
                  i32.const 5
                  i32.eq
                  if (result f64) ;; label = @8
                    local.get 19
                    i64.const 3
                    i64.shr_u
                    local.tee 18
                    i64.const 8070450532247928832
                    i64.const 0
                    local.get 18
                    i64.const 1
                    i64.gt_u
                    select
                    i64.add
                    i64.const 1
                    i64.rotr
                    f64.reinterpret_i64
                  else
                    local.get 19
                    i32.wrap_i64
                    i32.const 1
                    i32.and
                    br_if 1 (;@7;)
                    local.get 19
                    i64.const 1
                    i64.shr_s
                    f64.convert_i64_s
                  end
                  br 1 (;@6;)
                end
                local.get 19
                call $mlrt_float_value
              end
            end
            local.set 10
            i32.const 6
            local.set 3
            local.get 10
            i64.reinterpret_f64
            i64.const 9218868437227408060
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load
              call $mlrt_raise_unbound_local
              drop
              br 4 (;@1;)
            end
            local.get 10
            local.get 10
            i64.reinterpret_f64
            i64.const 9218868437227408060
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load
              call $mlrt_raise_unbound_local
              drop
              br 4 (;@1;)
            end
            local.get 10
            f64.mul
            f64.const 0x1p-2 (;=0.25;)
            f64.le
            if ;; label = @5
              i32.const 7
              local.set 3
              local.get 2
              i64.load offset=16
              local.tee 7
              i64.const 15
              i64.eq
              if ;; label = @6
                global.get 5
                i64.load offset=8
                call $mlrt_raise_unbound_local
                drop
                br 5 (;@1;)
              end
              local.get 7
              local.set 20
              local.get 20
              i64.const 2
              local.set 5
              local.set 4
              block (result i64) ;; label = @6
                local.get 4
                local.get 5
                i64.or
                i64.const 1
                i64.and
                i64.eqz
                if ;; label = @7
                  local.get 4
                  local.get 5
                  i64.add
                  local.set 6
                  local.get 4
                  local.get 6
                  i64.xor
                  local.get 5
                  local.get 6
                  i64.xor
                  i64.and
                  i64.const 0
                  i64.ge_s
                  if ;; label = @8
                    local.get 6
                    br 2 (;@6;)
                  end
                end
                local.get 4
                local.get 5
                call $mlrt_iadd
                local.tee 7
                i64.const 7
                i64.eq
                br_if 5 (;@1;)
                local.get 7
              end
              local.set 8
              local.get 2
              local.get 8
              i64.store offset=16
            end
            br 0 (;@4;)
          end
        end
      end
      i32.const 8
      local.set 3
      local.get 2
      i64.load offset=16
      local.tee 7
      i64.const 15
      i64.eq
      if ;; label = @2
        global.get 5
        i64.load offset=8
        call $mlrt_raise_unbound_local
        drop
        br 1 (;@1;)
      end
      local.get 7
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
  (func $"estimate (scalar)" (;31;) (type 16) (param i64 i64 i32) (result i64 i32)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 f64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 f64 i32 f64 f64 f64 f64 i64 i64 i64)
    block ;; label = @1
      local.get 2
      i32.const 0
      i32.le_s
      br_if 0 (;@1;)
      i64.const 0
      local.set 11
      i64.const 0
      local.set 14
      local.get 0
      local.set 15
      i64.const 1
      local.set 16
      block ;; label = @2
        loop ;; label = @3
          local.get 14
          local.get 15
          i64.lt_s
          i32.eqz
          if ;; label = @4
            br 2 (;@2;)
          end
          local.get 14
          local.set 12
          block ;; label = @4
            local.get 1
            local.set 17
            i64.const 1103515245
            local.set 18
            local.get 17
            local.get 18
            i64.mul
            local.set 19
            local.get 17
            local.get 17
            i64.extend32_s
            i64.eq
            local.get 18
            local.get 18
            i64.extend32_s
            i64.eq
            i32.and
            i32.eqz
            if ;; label = @5
              local.get 17
              i64.const -1
              i64.eq
              if ;; label = @6
                local.get 18
                i64.const -9223372036854775808
                i64.eq
                br_if 5 (;@1;)
              else
                local.get 19
                local.get 17
                i64.div_s
                local.get 18
                i64.ne
                br_if 5 (;@1;)
              end
            end
            local.get 19
            local.set 20
            i64.const 12345
            local.set 21
            local.get 20
            i64.const 9223372036854763462
            i64.gt_s
            br_if 3 (;@1;)
            local.get 20
            i64.const 12345
            i64.add
            local.set 22
            i64.const 2147483648
            local.set 23
            local.get 22
            i64.const 2147483647
            i64.and
            local.set 1
            local.get 1
            local.set 24
            f64.const 0x1p+31 (;=2147483648;)
            local.set 25
            local.get 24
            f64.convert_i64_s
            f64.const 0x1p-31 (;=0.0000000004656612873077393;)
            f64.mul
            local.set 13
            block ;; label = @5
              local.get 13
              local.set 27
              local.get 13
              local.set 28
              local.get 27
              local.get 28
              f64.mul
              local.set 29
              f64.const 0x1p-2 (;=0.25;)
              local.set 30
              local.get 29
              local.get 30
              f64.le
              local.tee 26
              drop
            end
            local.get 26
            if ;; label = @5
              local.get 11
              local.set 31
              i64.const 1
              local.set 32
              local.get 31
              i64.const 9223372036854775806
              i64.gt_s
              br_if 4 (;@1;)
              local.get 31
              i64.const 1
              i64.add
              local.set 11
            else
            end
          end
          local.get 14
          local.get 16
          i64.add
          local.set 33
          local.get 14
          local.get 33
          i64.xor
          local.get 16
          local.get 33
          i64.xor
          i64.and
          i64.const 0
          i64.lt_s
          if ;; label = @4
            local.get 15
            local.set 14
          else
            local.get 33
            local.set 14
          end
          br 0 (;@3;)
        end
      end
      local.get 11
      i32.const 0
      return
      br 0 (;@1;)
    end
    i64.const 0
    i32.const 1
  )
  (func $"estimate (entry)" (;32;) (type 10) (param i64 i64 i64) (result i64)
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
      call $estimate
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
    call $estimate
  )
  (func $<module> (;33;) (type 17) (result i64)
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
      i64.load offset=16
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
      i64.store offset=40
      i32.const 10
      local.set 1
      i32.const 1
      call $mlrt_tuple_new
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i64.const 2000
      i64.const 14
      global.get 5
      i64.load offset=40
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
      call $estimate
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
      i32.const 11
      local.set 1
      global.get 5
      i64.load offset=48
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i32.const 1
      call $mlrt_tuple_new
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      i64.const 2
      i64.const 4
      local.set 3
      local.set 2
      block (result i64) ;; label = @2
        local.get 2
        local.get 3
        i64.or
        i64.const 1
        i64.and
        i64.eqz
        if ;; label = @3
          local.get 2
          local.get 3
          i64.add
          local.set 4
          local.get 2
          local.get 4
          i64.xor
          local.get 3
          local.get 4
          i64.xor
          i64.and
          i64.const 0
          i64.ge_s
          if ;; label = @4
            local.get 4
            br 2 (;@2;)
          end
        end
        local.get 2
        local.get 3
        call $mlrt_add
        local.tee 5
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 5
      end
      call $mlrt_str
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 4
      local.get 0
      i64.load offset=8
      i32.const 0
      local.get 4
      call $mlrt_tuple_set
      local.get 0
      i64.load offset=8
      call $mlrt_str_join
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      local.get 0
      i64.load
      call $mlrt_write_str
      global.get 5
      i64.load offset=56
      call $mlrt_write_str
      local.get 0
      i64.load offset=8
      call $mlrt_write_str
      global.get 5
      i64.load offset=64
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
    i64.load offset=72
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
  (func $_start (;34;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 11
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
    i32.const 1
    call $mlrt_str_new
    i64.store
    global.get 5
    global.get 0
    i32.const 1
    i32.add
    i32.const 6
    call $mlrt_str_new
    i64.store offset=8
    global.get 5
    global.get 0
    i32.const 7
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=16
    global.get 5
    global.get 0
    i32.const 15
    i32.add
    i32.const 7
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    global.get 0
    i32.const 22
    i32.add
    i32.const 4
    call $mlrt_str_new
    i64.store offset=32
    global.get 5
    global.get 0
    i32.const 26
    i32.add
    i32.const 4
    call $mlrt_str_new
    i64.store offset=48
    global.get 5
    global.get 0
    i32.const 30
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=56
    global.get 5
    global.get 0
    i32.const 31
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=64
    global.get 5
    global.get 0
    i32.const 32
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=72
    global.get 5
    global.get 0
    i32.const 40
    i32.add
    i32.const 14
    call $mlrt_str_new
    i64.store offset=80
    global.get 5
    i64.load offset=80
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
  (data (;0;) (i32.const 0) "xinsideestimatesamplesseeddone \0a<module>typed_float.ml")
)
