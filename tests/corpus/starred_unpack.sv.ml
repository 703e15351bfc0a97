# Expected output: CPython 3.12 for the English program.
head, *rest = [1, 2, 3, 4]
skriv(head, rest)
*init, last = "abc"
skriv(init, last)
a, *mid, b = range(6)
skriv(a, mid, b)
(px, py), *zs = [(1, 2), 3]
skriv(px, py, zs)
first, *empty = (9,)
skriv(first, empty)
forsok:
    a, *b, c = [1]
utom ValueError som err:
    skriv(err)
forsok:
    a, *b = 5
utom TypeError som err:
    skriv(err)
xs = [1, 2]
skriv([*xs, 3, *"ab"], (*xs, *xs), {*xs, 5})
d = {"a": 1}
skriv({**d, "b": 2, **{"a": 3}})
for p, *q i [(1, 2, 3), (4,)]:
    skriv(p, q)
t = *xs, 7
skriv(t)
