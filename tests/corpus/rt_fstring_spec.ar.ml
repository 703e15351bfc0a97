num = 1234567.891
small = 42
neg = -17
ratio = 0.4567
label = "spec"
اطبع(f"[{small:5}] [{small:<5}] [{small:^5}] [{small:>5}] [{small:*^7}] [{small:0>6}]")
اطبع(f"[{label:5}] [{label:>6}] [{label:^8}] [{label:-<7}] [{label:.2}] [{label:>6.3}]")
اطبع(f"[{small:+}] [{neg:+}] [{small: }] [{neg: }] [{small:-}] [{neg:=+6}] [{neg:06}]")
اطبع(f"{small:b} {small:#b} {small:o} {small:#o} {small:x} {small:#X} {255:#010x}")
اطبع(f"{num:,} {num:_} {10 ** 7:,d} {10 ** 7:_d} {0xFFFFFF:_x} {num:,.2f} {small:,}")
اطبع(f"{num:.2f} {num:.0f} {num:10.1f}| {ratio:.3} {ratio:F} {-0.0:.1f}")
اطبع(f"{num:e} {num:.2E} {ratio:.1e} {small:e} {0.000012345:.3e}")
اطبع(f"{num:g} {ratio:g} {1e-5:g} {1e16:g} {123456789.0:.4G} {100.0:g} {small:g}")
اطبع(f"{ratio:%} {ratio:.1%} {1.5:.0%} {label:s}")
اطبع(f"{label!r} {label!s} {[label, 1]!r} {label!r:>8} {3.5!s:>6}")
width = 10
prec = 3
اطبع(f"[{num:{width}.{prec}f}] [{label:>{width}}] [{small:0{width}d}]")
اطبع(f"{{braces}} {small * 2} {'inner'} {طول(label)} {small > 40}")
اطبع(f"{صحيح} {لاشيء} {[1, 2]} {(1,)} {{'k': 1}} {1.0} {2 ** 64}")
اطبع(تنسيق(small, "08b"), تنسيق(ratio, ".2%"), تنسيق(num, ">15,.1f"), تنسيق(label, "^9"))
لكل val في [3, -3, 3.25, -0.5]:
    اطبع(f"|{val:>+8.2f}|{val:<8}|{val:^+8}|")
