num = 1234567.891
small = 42
neg = -17
ratio = 0.4567
label = "spec"
打印(f"[{small:5}] [{small:<5}] [{small:^5}] [{small:>5}] [{small:*^7}] [{small:0>6}]")
打印(f"[{label:5}] [{label:>6}] [{label:^8}] [{label:-<7}] [{label:.2}] [{label:>6.3}]")
打印(f"[{small:+}] [{neg:+}] [{small: }] [{neg: }] [{small:-}] [{neg:=+6}] [{neg:06}]")
打印(f"{small:b} {small:#b} {small:o} {small:#o} {small:x} {small:#X} {255:#010x}")
打印(f"{num:,} {num:_} {10 ** 7:,d} {10 ** 7:_d} {0xFFFFFF:_x} {num:,.2f} {small:,}")
打印(f"{num:.2f} {num:.0f} {num:10.1f}| {ratio:.3} {ratio:F} {-0.0:.1f}")
打印(f"{num:e} {num:.2E} {ratio:.1e} {small:e} {0.000012345:.3e}")
打印(f"{num:g} {ratio:g} {1e-5:g} {1e16:g} {123456789.0:.4G} {100.0:g} {small:g}")
打印(f"{ratio:%} {ratio:.1%} {1.5:.0%} {label:s}")
打印(f"{label!r} {label!s} {[label, 1]!r} {label!r:>8} {3.5!s:>6}")
width = 10
prec = 3
打印(f"[{num:{width}.{prec}f}] [{label:>{width}}] [{small:0{width}d}]")
打印(f"{{braces}} {small * 2} {'inner'} {长度(label)} {small > 40}")
打印(f"{真} {空} {[1, 2]} {(1,)} {{'k': 1}} {1.0} {2 ** 64}")
打印(格式化(small, "08b"), 格式化(ratio, ".2%"), 格式化(num, ">15,.1f"), 格式化(label, "^9"))
对于 val 里 [3, -3, 3.25, -0.5]:
    打印(f"|{val:>+8.2f}|{val:<8}|{val:^+8}|")
