name = "Ada"
pi = 3.14159265
count = 1234567
small = 42
afficher(f"Hello {name}!")
afficher(f"{pi:.2f} {pi:.0f} {pi:10.3f}|")
afficher(f"{count:,} {count:_} {small:05d} {small:>6}| {small:<6}| {small:^6}|")
afficher(f"{small:x} {small:X} {small:o} {small:b} {small:#x}")
afficher(f"{name!r} {name:>8} {name:*^9}")
afficher(f"{0.5:%} {12.5:.1%} {1234.5:e} {0.000123:.3e}")
afficher(f"{{literal}} {small + 1} {small * 2 == 84}")
afficher(f"{-small:+d} {small:+d} {-7:5}")
values = [1, 2, 3]
afficher(f"{values} {longueur(values)} {values[1]}")
afficher(f"{3.0} {1e20} {Rien} {Vrai}")
afficher(f"{pi:g} {1e-7:g} {100000000.0:g}")
afficher(format(pi, ".3f"), format(255, "08b"), format(count, ",.2f"))
