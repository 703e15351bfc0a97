(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i32 i32) (result i64)))
  (type (;4;) (func (param f64) (result i64)))
  (type (;5;) (func (param i32) (result i64)))
  (type (;6;) (func (param i64 i32 i64)))
  (type (;7;) (func (param i64 i64) (result i64)))
  (type (;8;) (func (param i64) (result i32)))
  (type (;9;) (func (param i64) (result i64)))
  (type (;10;) (func (param i64 i64 i64) (result i64)))
  (type (;11;) (func (result i32)))
  (type (;12;) (func (param i64 i32)))
  (type (;13;) (func (param i64)))
  (type (;14;) (func (param i64 i32) (result i64)))
  (type (;15;) (func (result i64)))
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
  (import "mlrt" "mlrt_float_new" (func $mlrt_float_new (;5;) (type 4) (param f64) (result i64)))
  (import "mlrt" "mlrt_tuple_new" (func $mlrt_tuple_new (;6;) (type 5) (param i32) (result i64)))
  (import "mlrt" "mlrt_tuple_set" (func $mlrt_tuple_set (;7;) (type 6) (param i64 i32 i64)))
  (import "mlrt" "mlrt_list_new" (func $mlrt_list_new (;8;) (type 5) (param i32) (result i64)))
  (import "mlrt" "mlrt_list_append" (func $mlrt_list_append (;9;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_mul" (func $mlrt_mul (;10;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_ne" (func $mlrt_ne (;11;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truthy" (func $mlrt_truthy (;12;) (type 8) (param i64) (result i32)))
  (import "mlrt" "mlrt_getitem" (func $mlrt_getitem (;13;) (type 7) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_iter" (func $mlrt_iter (;14;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_next" (func $mlrt_next (;15;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_print" (func $mlrt_print (;16;) (type 10) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;17;) (type 11) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;18;) (type 12) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;19;) (type 13) (param i64)))
  (import "mlrt" "mlrt_raise_name_error" (func $mlrt_raise_name_error (;20;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_raise_unbound_local" (func $mlrt_raise_unbound_local (;21;) (type 9) (param i64) (result i64)))
  (import "mlrt" "mlrt_exc_class" (func $mlrt_exc_class (;22;) (type 5) (param i32) (result i64)))
  (import "mlrt" "mlrt_exc_matches" (func $mlrt_exc_matches (;23;) (type 8) (param i64) (result i32)))
  (import "mlrt" "mlrt_exc_enter_handler" (func $mlrt_exc_enter_handler (;24;) (type 14) (param i64 i32) (result i64)))
  (import "mlrt" "mlrt_exc_leave_handler" (func $mlrt_exc_leave_handler (;25;) (type 2)))
  (import "mlrt" "mlrt_builtin_range" (func $mlrt_builtin_range (;26;) (type 7) (param i64 i64) (result i64)))
  (global (;5;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (func $<module> (;27;) (type 15) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 i64 f64 i64 i64 f64 f64 i64 i64 f64 i64 i64 i32 i32 i32 i64)
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
    i32.const 48
    i32.lt_u
    i32.or
    if ;; label = @1
      i32.const 5
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
      local.get 0
      i64.const 15
      i64.store offset=32
      local.get 0
      i64.const 15
      i64.store offset=40
      global.get 2
      local.get 0
      i32.const 48
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
      i32.const 0
      call $mlrt_list_new
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
      i64.const 8
      local.set 4
      local.get 0
      i64.load offset=8
      i32.const 0
      local.get 4
      call $mlrt_tuple_set
      local.get 0
      i64.load offset=8
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      i64.const 3
      local.set 4
      local.get 0
      i64.load offset=8
      local.get 4
      call $mlrt_builtin_range
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      call $mlrt_iter
      local.tee 5
      i64.const 7
      i64.eq
      br_if 0 (;@1;)
      local.get 5
      local.set 6
      local.get 0
      local.get 6
      i64.store offset=8
      block ;; label = @2
        loop ;; label = @3
          global.get 3
          i32.load
          global.get 2
          i32.load offset=16
          i32.ge_u
          if ;; label = @4
            call $mlrt_gc_poll
          end
          local.get 0
          i64.load offset=8
          call $mlrt_next
          local.tee 5
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          local.get 5
          local.tee 5
          i64.const 15
          i64.eq
          br_if 1 (;@2;)
          local.get 5
          local.set 6
          local.get 0
          local.get 6
          i64.store offset=16
          local.get 0
          i64.load offset=16
          local.tee 5
          i64.const 15
          i64.eq
          if ;; label = @4
            global.get 5
            i64.load
            call $mlrt_raise_unbound_local
            drop
            br 3 (;@1;)
          end
          local.get 5
          i64.const 4
          local.set 3
          local.set 2
          local.get 2
          local.get 3
          i64.or
          i64.const 1
          i64.and
          i64.eqz
          if (result i32) ;; label = @4
            local.get 2
            local.get 3
            i64.ne
          else
            block (result i32) ;; label = @5
              block ;; label = @6
                local.get 2
                i32.wrap_i64
                i32.const 7
                i32.and
                i32.const 5
                i32.eq
                if (result f64) ;; label = @7
                  local.get 2
                  i64.const 3
                  i64.shr_u
                  local.tee 8
                  i64.const 8070450532247928832
                  i64.const 0
                  local.get 8
                  i64.const 1
                  i64.gt_u
                  select
                  i64.add
                  i64.const 1
                  i64.rotr
                  f64.reinterpret_i64
                else
                  local.get 2
                  i32.wrap_i64
                  i32.const 1
                  i32.and
                  br_if 1 (;@6;)
                  local.get 2
                  i64.const 1
                  i64.shr_s
                  i64.const 9007199254740992
                  i64.add
                  i64.const 18014398509481984
                  i64.gt_u
                  br_if 1 (;@6;)
                  local.get 2
                  i64.const 1
                  i64.shr_s
                  f64.convert_i64_s
                end
                local.get 3
                i32.wrap_i64
                i32.const 7
                i32.and
                i32.const 5
                i32.eq
                if (result f64) ;; label = @7
                  local.get 3
                  i64.const 3
                  i64.shr_u
                  local.tee 8
                  i64.const 8070450532247928832
                  i64.const 0
                  local.get 8
                  i64.const 1
                  i64.gt_u
                  select
                  i64.add
                  i64.const 1
                  i64.rotr
                  f64.reinterpret_i64
                else
                  local.get 3
                  i32.wrap_i64
                  i32.const 1
                  i32.and
                  br_if 1 (;@6;)
                  local.get 3
                  i64.const 1
                  i64.shr_s
                  i64.const 9007199254740992
                  i64.add
                  i64.const 18014398509481984
                  i64.gt_u
                  br_if 1 (;@6;)
                  local.get 3
                  i64.const 1
                  i64.shr_s
                  f64.convert_i64_s
                end
                f64.ne
                br 1 (;@5;)
              end
              local.get 2
              local.get 3
              call $mlrt_ne
              local.tee 5
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 5
              local.set 5
              block (result i32) ;; label = @6
                i32.const 1
                local.get 5
                i64.const 19
                i64.eq
                br_if 0 (;@6;)
                drop
                i32.const 0
                local.get 5
                i64.const 11
                i64.eq
                br_if 0 (;@6;)
                drop
                local.get 5
                i64.const 0
                i64.ne
                local.get 5
                i64.const 1
                i64.and
                i64.eqz
                br_if 0 (;@6;)
                drop
                local.get 5
                call $mlrt_truthy
                local.tee 7
                i32.const -1
                i32.eq
                br_if 5 (;@1;)
                local.get 7
              end
            end
          end
          i32.eqz
          br_if 0 (;@3;)
          local.get 0
          i64.load offset=16
          local.tee 5
          i64.const 15
          i64.eq
          if ;; label = @4
            global.get 5
            i64.load
            call $mlrt_raise_unbound_local
            drop
            br 3 (;@1;)
          end
          local.get 5
          local.set 9
          local.get 0
          i64.load offset=16
          local.tee 5
          i64.const 15
          i64.eq
          if ;; label = @4
            global.get 5
            i64.load
            call $mlrt_raise_unbound_local
            drop
            br 3 (;@1;)
          end
          local.get 5
          local.set 10
          block ;; label = @4
            block ;; label = @5
              local.get 9
              i32.wrap_i64
              i32.const 1
              i32.and
              i32.eqz
              local.get 10
              i32.wrap_i64
              i32.const 1
              i32.and
              i32.eqz
              i32.and
              if ;; label = @6
                local.get 9
                i64.const 1
                i64.shr_s
                local.tee 13
                local.get 13
                i64.extend32_s
                i64.ne
                br_if 1 (;@5;)
                local.get 10
                i64.const 1
                i64.shr_s
                local.tee 13
                local.get 13
                i64.extend32_s
                i64.ne
                br_if 1 (;@5;)
                local.get 9
                i64.const 1
                i64.shr_s
                local.get 10
                i64.const 1
                i64.shr_s
                i64.mul
                local.tee 13
                i64.const 1
                i64.shl
                i64.const 1
                i64.shr_s
                local.get 13
                i64.ne
                br_if 1 (;@5;)
                local.get 13
                i64.const 1
                i64.shl
                local.set 12
                br 2 (;@4;)
              end
              local.get 9
              i32.wrap_i64
              i32.const 7
              i32.and
              i32.const 5
              i32.eq
              if (result f64) ;; label = @6
                local.get 9
                i64.const 3
                i64.shr_u
                local.tee 8
                i64.const 8070450532247928832
                i64.const 0
                local.get 8
                i64.const 1
                i64.gt_u
                select
                i64.add
                i64.const 1
                i64.rotr
                f64.reinterpret_i64
              else
                local.get 9
                i32.wrap_i64
                i32.const 1
                i32.and
                br_if 1 (;@5;)
                local.get 9
                i64.const 1
                i64.shr_s
                f64.convert_i64_s
              end
              local.set 14
              local.get 10
              i32.wrap_i64
              i32.const 7
              i32.and
              i32.const 5
              i32.eq
              if (result f64) ;; label = @6
                local.get 10
                i64.const 3
                i64.shr_u
                local.tee 8
                i64.const 8070450532247928832
                i64.const 0
                local.get 8
                i64.const 1
                i64.gt_u
                select
                i64.add
                i64.const 1
                i64.rotr
                f64.reinterpret_i64
              else
                local.get 10
                i32.wrap_i64
                i32.const 1
                i32.and
                br_if 1 (;@5;)
                local.get 10
                i64.const 1
                i64.shr_s
                f64.convert_i64_s
              end
              local.set 15
              local.get 14
              local.get 15
              f64.mul
              local.set 11
              i64.const 23
              local.set 12
              br 1 (;@4;)
            end
            local.get 9
            local.set 16
            local.get 10
            local.set 17
            local.get 16
            local.get 17
            call $mlrt_mul
            local.tee 5
            i64.const 7
            i64.eq
            br_if 3 (;@1;)
            local.get 5
            local.set 12
          end
          local.get 12
          i64.const 23
          i64.eq
          if (result i64) ;; label = @4
            local.get 11
            local.tee 18
            i64.reinterpret_f64
            i64.const 1
            i64.rotl
            i64.const 8070450532247928832
            i64.sub
            local.tee 8
            i64.const 2
            i64.sub
            i64.const 2305843009213693950
            i64.lt_u
            if (result i64) ;; label = @5
              local.get 8
              i64.const 3
              i64.shl
              i64.const 5
              i64.or
            else
              local.get 18
              call $mlrt_float_new
              local.tee 5
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 5
            end
          else
            local.get 12
          end
          local.set 4
          local.get 0
          i64.load
          local.get 4
          call $mlrt_list_append
          i64.const 7
          i64.eq
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 0
      i64.load
      local.set 6
      global.get 5
      local.get 6
      i64.store offset=8
      i32.const 2
      local.set 1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            i32.const 3
            local.set 1
            i32.const 1
            call $mlrt_tuple_new
            local.set 6
            local.get 0
            local.get 6
            i64.store offset=16
            global.get 5
            i64.load offset=8
            local.tee 5
            i64.const 15
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load offset=16
              call $mlrt_raise_name_error
              drop
              br 1 (;@4;)
            end
            local.get 5
            i64.const 18
            local.set 20
            local.set 19
            block (result i64) ;; label = @5
              block ;; label = @6
                local.get 20
                i32.wrap_i64
                i32.const 1
                i32.and
                br_if 0 (;@6;)
                local.get 19
                i32.wrap_i64
                local.tee 21
                i32.const 7
                i32.and
                i32.const 1
                i32.ne
                br_if 0 (;@6;)
                local.get 21
                i32.load8_u offset=3
                local.tee 22
                i32.const 5
                i32.eq
                if ;; label = @7
                  local.get 21
                  i32.load offset=15
                  local.set 22
                  local.get 21
                  i32.load offset=11
                  local.set 23
                else
                  local.get 22
                  i32.const 4
                  i32.ne
                  br_if 1 (;@6;)
                  local.get 21
                  i32.load offset=7
                  local.set 22
                  local.get 21
                  i32.const 15
                  i32.add
                  local.set 23
                end
                local.get 20
                i64.const 1
                i64.shr_s
                local.tee 24
                local.get 22
                i64.extend_i32_u
                i64.add
                local.get 24
                local.get 24
                i64.const 0
                i64.lt_s
                select
                local.tee 24
                local.get 22
                i64.extend_i32_u
                i64.ge_u
                br_if 0 (;@6;)
                local.get 23
                local.get 24
                i32.wrap_i64
                i32.const 3
                i32.shl
                i32.add
                i64.load
                br 1 (;@5;)
              end
              local.get 19
              local.get 20
              call $mlrt_getitem
              local.tee 5
              i64.const 7
              i64.eq
              br_if 1 (;@4;)
              local.get 5
            end
            local.set 4
            local.get 0
            i64.load offset=16
            i32.const 0
            local.get 4
            call $mlrt_tuple_set
            local.get 0
            i64.load offset=16
            local.set 6
            local.get 0
            local.get 6
            i64.store offset=16
            i64.const 15
            local.set 6
            local.get 0
            local.get 6
            i64.store offset=24
            i64.const 15
            local.set 6
            local.get 0
            local.get 6
            i64.store offset=32
            local.get 0
            i64.load offset=16
            local.get 0
            i64.load offset=24
            local.get 0
            i64.load offset=32
            call $mlrt_print
            local.tee 5
            i64.const 7
            i64.eq
            br_if 0 (;@4;)
            local.get 5
            drop
            br 1 (;@3;)
          end
          i32.const 6
          call $mlrt_exc_class
          call $mlrt_exc_matches
          if ;; label = @4
            global.get 5
            i64.load offset=24
            local.get 1
            call $mlrt_exc_enter_handler
            i32.const 4
            local.set 1
            local.set 6
            global.get 5
            local.get 6
            i64.store offset=32
            block ;; label = @5
              block ;; label = @6
                i32.const 5
                local.set 1
                i32.const 2
                call $mlrt_tuple_new
                local.set 6
                local.get 0
                local.get 6
                i64.store offset=16
                global.get 5
                i64.load offset=40
                local.set 4
                local.get 0
                i64.load offset=16
                i32.const 0
                local.get 4
                call $mlrt_tuple_set
                global.get 5
                i64.load offset=32
                local.tee 5
                i64.const 15
                i64.eq
                if ;; label = @7
                  global.get 5
                  i64.load offset=48
                  call $mlrt_raise_name_error
                  drop
                  br 1 (;@6;)
                end
                local.get 5
                local.set 4
                local.get 0
                i64.load offset=16
                i32.const 1
                local.get 4
                call $mlrt_tuple_set
                local.get 0
                i64.load offset=16
                local.set 6
                local.get 0
                local.get 6
                i64.store offset=16
                i64.const 15
                local.set 6
                local.get 0
                local.get 6
                i64.store offset=24
                i64.const 15
                local.set 6
                local.get 0
                local.get 6
                i64.store offset=32
                local.get 0
                i64.load offset=16
                local.get 0
                i64.load offset=24
                local.get 0
                i64.load offset=32
                call $mlrt_print
                local.tee 5
                i64.const 7
                i64.eq
                br_if 0 (;@6;)
                local.get 5
                drop
                br 1 (;@5;)
              end
              call $mlrt_exc_leave_handler
              br 4 (;@1;)
            end
            call $mlrt_exc_leave_handler
            i64.const 15
            local.set 6
            global.get 5
            local.get 6
            i64.store offset=32
            br 2 (;@2;)
          end
          br 2 (;@1;)
        end
      end
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
  (func $_start (;28;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 8
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
    i32.const 7
    call $mlrt_str_new
    i64.store offset=16
    global.get 5
    global.get 0
    i32.const 8
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    global.get 0
    i32.const 16
    i32.add
    i32.const 6
    call $mlrt_str_new
    i64.store offset=40
    global.get 5
    global.get 0
    i32.const 22
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=48
    global.get 5
    global.get 0
    i32.const 23
    i32.add
    i32.const 20
    call $mlrt_str_new
    i64.store offset=56
    global.get 5
    i64.load offset=56
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
  (data (;0;) (i32.const 0) "nsquares<module>caughtetry_comprehension.ml")
)
