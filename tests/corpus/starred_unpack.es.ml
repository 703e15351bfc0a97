# Expected output: CPython 3.12 for the English program.
head, *rest = [1, 2, 3, 4]
imprimir(head, rest)
*init, last = "abc"
imprimir(init, last)
a, *mid, b = range(6)
imprimir(a, mid, b)
(px, py), *zs = [(1, 2), 3]
imprimir(px, py, zs)
first, *empty = (9,)
imprimir(first, empty)
intentar:
    a, *b, c = [1]
excepto ValueError como err:
    imprimir(err)
intentar:
    a, *b = 5
excepto TypeError como err:
    imprimir(err)
xs = [1, 2]
imprimir([*xs, 3, *"ab"], (*xs, *xs), {*xs, 5})
d = {"a": 1}
imprimir({**d, "b": 2, **{"a": 3}})
para p, *q en [(1, 2, 3), (4,)]:
    imprimir(p, q)
t = *xs, 7
imprimir(t)
