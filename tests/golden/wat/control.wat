(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (result i32)))
  (type (;2;) (func))
  (type (;3;) (func (param i32 i32) (result i64)))
  (type (;4;) (func (param i32) (result i64)))
  (type (;5;) (func (param i64 i32 i64)))
  (type (;6;) (func (param i64 i64) (result i64)))
  (type (;7;) (func (param i64) (result i32)))
  (type (;8;) (func (param i64) (result i64)))
  (type (;9;) (func (param i64 i64 i64) (result i64)))
  (type (;10;) (func (result i32)))
  (type (;11;) (func (param i64 i32)))
  (type (;12;) (func (param i64)))
  (type (;13;) (func (result i64)))
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
  (import "mlrt" "mlrt_tuple_new" (func $mlrt_tuple_new (;5;) (type 4) (param i32) (result i64)))
  (import "mlrt" "mlrt_tuple_set" (func $mlrt_tuple_set (;6;) (type 5) (param i64 i32 i64)))
  (import "mlrt" "mlrt_iadd" (func $mlrt_iadd (;7;) (type 6) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_eq" (func $mlrt_eq (;8;) (type 6) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_lt" (func $mlrt_lt (;9;) (type 6) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_gt" (func $mlrt_gt (;10;) (type 6) (param i64 i64) (result i64)))
  (import "mlrt" "mlrt_truthy" (func $mlrt_truthy (;11;) (type 7) (param i64) (result i32)))
  (import "mlrt" "mlrt_iter" (func $mlrt_iter (;12;) (type 8) (param i64) (result i64)))
  (import "mlrt" "mlrt_next" (func $mlrt_next (;13;) (type 8) (param i64) (result i64)))
  (import "mlrt" "mlrt_print" (func $mlrt_print (;14;) (type 9) (param i64 i64 i64) (result i64)))
  (import "mlrt" "mlrt_report_uncaught" (func $mlrt_report_uncaught (;15;) (type 10) (result i32)))
  (import "mlrt" "mlrt_traceback_push" (func $mlrt_traceback_push (;16;) (type 11) (param i64 i32)))
  (import "mlrt" "mlrt_set_source_file" (func $mlrt_set_source_file (;17;) (type 12) (param i64)))
  (import "mlrt" "mlrt_raise_name_error" (func $mlrt_raise_name_error (;18;) (type 8) (param i64) (result i64)))
  (import "mlrt" "mlrt_builtin_range" (func $mlrt_builtin_range (;19;) (type 6) (param i64 i64) (result i64)))
  (global (;5;) (mut i32) i32.const 0)
  (export "_start" (func $_start))
  (func $<module> (;20;) (type 13) (result i64)
    (local i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 i64 i64 i32)
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
      i64.const 0
      local.set 6
      global.get 5
      local.get 6
      i64.store
      i32.const 2
      local.set 1
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
            global.get 5
            i64.load
            local.tee 5
            i64.const 15
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load offset=8
              call $mlrt_raise_name_error
              drop
              br 4 (;@1;)
            end
            local.get 5
            i64.const 20
            local.set 3
            local.set 2
            local.get 2
            local.get 3
            i64.or
            i64.const 1
            i64.and
            i64.eqz
            if (result i32) ;; label = @5
              local.get 2
              local.get 3
              i64.lt_s
            else
              block (result i32) ;; label = @6
                local.get 2
                local.get 3
                call $mlrt_lt
                local.tee 5
                i64.const 7
                i64.eq
                br_if 5 (;@1;)
                local.get 5
                local.set 5
                block (result i32) ;; label = @7
                  i32.const 1
                  local.get 5
                  i64.const 19
                  i64.eq
                  br_if 0 (;@7;)
                  drop
                  i32.const 0
                  local.get 5
                  i64.const 11
                  i64.eq
                  br_if 0 (;@7;)
                  drop
                  local.get 5
                  i64.const 0
                  i64.ne
                  local.get 5
                  i64.const 1
                  i64.and
                  i64.eqz
                  br_if 0 (;@7;)
                  drop
                  local.get 5
                  call $mlrt_truthy
                  local.tee 7
                  i32.const -1
                  i32.eq
                  br_if 6 (;@1;)
                  local.get 7
                end
              end
            end
            i32.eqz
            br_if 1 (;@3;)
            i32.const 3
            local.set 1
            global.get 5
            i64.load
            local.tee 5
            i64.const 15
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load offset=8
              call $mlrt_raise_name_error
              drop
              br 4 (;@1;)
            end
            local.get 5
            local.set 8
            local.get 8
            i64.const 2
            local.set 3
            local.set 2
            block (result i64) ;; label = @5
              local.get 2
              local.get 3
              i64.or
              i64.const 1
              i64.and
              i64.eqz
              if ;; label = @6
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
                if ;; label = @7
                  local.get 4
                  br 2 (;@5;)
                end
              end
              local.get 2
              local.get 3
              call $mlrt_iadd
              local.tee 5
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 5
            end
            local.set 6
            global.get 5
            local.get 6
            i64.store
            i32.const 4
            local.set 1
            global.get 5
            i64.load
            local.tee 5
            i64.const 15
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load offset=8
              call $mlrt_raise_name_error
              drop
              br 4 (;@1;)
            end
            local.get 5
            i64.const 6
            local.set 3
            local.set 2
            local.get 2
            local.get 3
            i64.or
            i64.const 1
            i64.and
            i64.eqz
            if (result i32) ;; label = @5
              local.get 2
              local.get 3
              i64.eq
            else
              block (result i32) ;; label = @6
                local.get 2
                local.get 3
                call $mlrt_eq
                local.tee 5
                i64.const 7
                i64.eq
                br_if 5 (;@1;)
                local.get 5
                local.set 5
                block (result i32) ;; label = @7
                  i32.const 1
                  local.get 5
                  i64.const 19
                  i64.eq
                  br_if 0 (;@7;)
                  drop
                  i32.const 0
                  local.get 5
                  i64.const 11
                  i64.eq
                  br_if 0 (;@7;)
                  drop
                  local.get 5
                  i64.const 0
                  i64.ne
                  local.get 5
                  i64.const 1
                  i64.and
                  i64.eqz
                  br_if 0 (;@7;)
                  drop
                  local.get 5
                  call $mlrt_truthy
                  local.tee 7
                  i32.const -1
                  i32.eq
                  br_if 6 (;@1;)
                  local.get 7
                end
              end
            end
            if ;; label = @5
              i32.const 5
              local.set 1
              br 1 (;@4;)
            else
              i32.const 6
              local.set 1
              global.get 5
              i64.load
              local.tee 5
              i64.const 15
              i64.eq
              if ;; label = @6
                global.get 5
                i64.load offset=8
                call $mlrt_raise_name_error
                drop
                br 5 (;@1;)
              end
              local.get 5
              i64.const 14
              local.set 3
              local.set 2
              local.get 2
              local.get 3
              i64.or
              i64.const 1
              i64.and
              i64.eqz
              if (result i32) ;; label = @6
                local.get 2
                local.get 3
                i64.gt_s
              else
                block (result i32) ;; label = @7
                  local.get 2
                  local.get 3
                  call $mlrt_gt
                  local.tee 5
                  i64.const 7
                  i64.eq
                  br_if 6 (;@1;)
                  local.get 5
                  local.set 5
                  block (result i32) ;; label = @8
                    i32.const 1
                    local.get 5
                    i64.const 19
                    i64.eq
                    br_if 0 (;@8;)
                    drop
                    i32.const 0
                    local.get 5
                    i64.const 11
                    i64.eq
                    br_if 0 (;@8;)
                    drop
                    local.get 5
                    i64.const 0
                    i64.ne
                    local.get 5
                    i64.const 1
                    i64.and
                    i64.eqz
                    br_if 0 (;@8;)
                    drop
                    local.get 5
                    call $mlrt_truthy
                    local.tee 7
                    i32.const -1
                    i32.eq
                    br_if 7 (;@1;)
                    local.get 7
                  end
                end
              end
              if ;; label = @6
                i32.const 7
                local.set 1
                br 4 (;@2;)
              end
            end
            br 0 (;@4;)
          end
        end
      end
      i32.const 8
      local.set 1
      i64.const 6
      local.set 6
      local.get 0
      local.get 6
      i64.store
      i64.const 0
      local.get 0
      i64.load
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
      local.tee 12
      if ;; label = @2
        i32.const 1
        call $mlrt_tuple_new
        local.set 4
        local.get 4
        i32.const 0
        local.get 0
        i64.load
        call $mlrt_tuple_set
        local.get 4
        i64.const 3
        call $mlrt_builtin_range
        local.tee 5
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 5
        call $mlrt_iter
        local.tee 5
        i64.const 7
        i64.eq
        br_if 1 (;@1;)
        local.get 5
        local.set 6
        local.get 0
        local.get 6
        i64.store offset=8
      else
        i64.const 0
        i64.const 1
        i64.shr_s
        local.set 9
        local.get 0
        i64.load
        i64.const 1
        i64.shr_s
        local.set 10
        i64.const 2
        i64.const 1
        i64.shr_s
        local.set 11
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
            local.get 12
            if (result i64) ;; label = @5
              local.get 0
              i64.load offset=8
              call $mlrt_next
              local.tee 5
              i64.const 7
              i64.eq
              br_if 4 (;@1;)
              local.get 5
              local.tee 5
              i64.const 15
              i64.eq
              br_if 2 (;@3;)
              local.get 5
            else
              local.get 9
              local.get 10
              i64.ge_s
              local.get 9
              local.get 10
              i64.le_s
              local.get 11
              i64.const 0
              i64.gt_s
              select
              br_if 2 (;@3;)
              local.get 9
              i64.const 1
              i64.shl
              local.get 9
              local.get 11
              i64.add
              local.set 9
            end
            local.set 6
            global.get 5
            local.get 6
            i64.store offset=16
            i32.const 9
            local.set 1
            i32.const 1
            call $mlrt_tuple_new
            local.set 6
            local.get 0
            local.get 6
            i64.store offset=16
            global.get 5
            i64.load offset=16
            local.tee 5
            i64.const 15
            i64.eq
            if ;; label = @5
              global.get 5
              i64.load offset=24
              call $mlrt_raise_name_error
              drop
              br 4 (;@1;)
            end
            local.get 5
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
            br_if 3 (;@1;)
            local.get 5
            drop
            br 0 (;@4;)
          end
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
    i64.load offset=32
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
  (func $_start (;21;) (type 2)
    (local i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 1
    call $mlrt_init
    i32.const 6
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
    i64.store offset=8
    global.get 5
    global.get 0
    i32.const 1
    i32.add
    i32.const 1
    call $mlrt_str_new
    i64.store offset=24
    global.get 5
    global.get 0
    i32.const 2
    i32.add
    i32.const 8
    call $mlrt_str_new
    i64.store offset=32
    global.get 5
    global.get 0
    i32.const 10
    i32.add
    i32.const 10
    call $mlrt_str_new
    i64.store offset=40
    global.get 5
    i64.load offset=40
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
  (data (;0;) (i32.const 0) "ni<module>control.ml")
)
