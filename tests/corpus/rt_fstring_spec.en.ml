num = 1234567.891
small = 42
neg = -17
ratio = 0.4567
label = "spec"
print(f"[{small:5}] [{small:<5}] [{small:^5}] [{small:>5}] [{small:*^7}] [{small:0>6}]")
print(f"[{label:5}] [{label:>6}] [{label:^8}] [{label:-<7}] [{label:.2}] [{label:>6.3}]")
print(f"[{small:+}] [{neg:+}] [{small: }] [{neg: }] [{small:-}] [{neg:=+6}] [{neg:06}]")
print(f"{small:b} {small:#b} {small:o} {small:#o} {small:x} {small:#X} {255:#010x}")
print(f"{num:,} {num:_} {10 ** 7:,d} {10 ** 7:_d} {0xFFFFFF:_x} {num:,.2f} {small:,}")
print(f"{num:.2f} {num:.0f} {num:10.1f}| {ratio:.3} {ratio:F} {-0.0:.1f}")
print(f"{num:e} {num:.2E} {ratio:.1e} {small:e} {0.000012345:.3e}")
print(f"{num:g} {ratio:g} {1e-5:g} {1e16:g} {123456789.0:.4G} {100.0:g} {small:g}")
print(f"{ratio:%} {ratio:.1%} {1.5:.0%} {label:s}")
print(f"{label!r} {label!s} {[label, 1]!r} {label!r:>8} {3.5!s:>6}")
width = 10
prec = 3
print(f"[{num:{width}.{prec}f}] [{label:>{width}}] [{small:0{width}d}]")
print(f"{{braces}} {small * 2} {'inner'} {len(label)} {small > 40}")
print(f"{True} {None} {[1, 2]} {(1,)} {{'k': 1}} {1.0} {2 ** 64}")
print(format(small, "08b"), format(ratio, ".2%"), format(num, ">15,.1f"), format(label, "^9"))
for val in [3, -3, 3.25, -0.5]:
    print(f"|{val:>+8.2f}|{val:<8}|{val:^+8}|")
