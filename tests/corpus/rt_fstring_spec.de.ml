num = 1234567.891
small = 42
neg = -17
ratio = 0.4567
label = "spec"
ausgeben(f"[{small:5}] [{small:<5}] [{small:^5}] [{small:>5}] [{small:*^7}] [{small:0>6}]")
ausgeben(f"[{label:5}] [{label:>6}] [{label:^8}] [{label:-<7}] [{label:.2}] [{label:>6.3}]")
ausgeben(f"[{small:+}] [{neg:+}] [{small: }] [{neg: }] [{small:-}] [{neg:=+6}] [{neg:06}]")
ausgeben(f"{small:b} {small:#b} {small:o} {small:#o} {small:x} {small:#X} {255:#010x}")
ausgeben(f"{num:,} {num:_} {10 ** 7:,d} {10 ** 7:_d} {0xFFFFFF:_x} {num:,.2f} {small:,}")
ausgeben(f"{num:.2f} {num:.0f} {num:10.1f}| {ratio:.3} {ratio:F} {-0.0:.1f}")
ausgeben(f"{num:e} {num:.2E} {ratio:.1e} {small:e} {0.000012345:.3e}")
ausgeben(f"{num:g} {ratio:g} {1e-5:g} {1e16:g} {123456789.0:.4G} {100.0:g} {small:g}")
ausgeben(f"{ratio:%} {ratio:.1%} {1.5:.0%} {label:s}")
ausgeben(f"{label!r} {label!s} {[label, 1]!r} {label!r:>8} {3.5!s:>6}")
width = 10
prec = 3
ausgeben(f"[{num:{width}.{prec}f}] [{label:>{width}}] [{small:0{width}d}]")
ausgeben(f"{{braces}} {small * 2} {'inner'} {laenge(label)} {small > 40}")
ausgeben(f"{Wahr} {Nichts} {[1, 2]} {(1,)} {{'k': 1}} {1.0} {2 ** 64}")
ausgeben(formatieren(small, "08b"), formatieren(ratio, ".2%"), formatieren(num, ">15,.1f"), formatieren(label, "^9"))
für val in [3, -3, 3.25, -0.5]:
    ausgeben(f"|{val:>+8.2f}|{val:<8}|{val:^+8}|")
