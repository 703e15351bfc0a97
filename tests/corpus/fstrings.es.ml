name = "Ada"
pi = 3.14159265
count = 1234567
small = 42
imprimir(f"Hello {name}!")
imprimir(f"{pi:.2f} {pi:.0f} {pi:10.3f}|")
imprimir(f"{count:,} {count:_} {small:05d} {small:>6}| {small:<6}| {small:^6}|")
imprimir(f"{small:x} {small:X} {small:o} {small:b} {small:#x}")
imprimir(f"{name!r} {name:>8} {name:*^9}")
imprimir(f"{0.5:%} {12.5:.1%} {1234.5:e} {0.000123:.3e}")
imprimir(f"{{literal}} {small + 1} {small * 2 == 84}")
imprimir(f"{-small:+d} {small:+d} {-7:5}")
values = [1, 2, 3]
imprimir(f"{values} {longitud(values)} {values[1]}")
imprimir(f"{3.0} {1e20} {Nada} {Verdadero}")
imprimir(f"{pi:g} {1e-7:g} {100000000.0:g}")
imprimir(format(pi, ".3f"), format(255, "08b"), format(count, ",.2f"))
