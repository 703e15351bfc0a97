# Expected output: CPython 3.12 for the English program.
head, *rest = [1, 2, 3, 4]
afdrukken(head, rest)
*init, last = "abc"
afdrukken(init, last)
a, *mid, b = range(6)
afdrukken(a, mid, b)
(px, py), *zs = [(1, 2), 3]
afdrukken(px, py, zs)
first, *empty = (9,)
afdrukken(first, empty)
probeer:
    a, *b, c = [1]
behalve ValueError zoals err:
    afdrukken(err)
probeer:
    a, *b = 5
behalve TypeError zoals err:
    afdrukken(err)
xs = [1, 2]
afdrukken([*xs, 3, *"ab"], (*xs, *xs), {*xs, 5})
d = {"a": 1}
afdrukken({**d, "b": 2, **{"a": 3}})
voor p, *q in [(1, 2, 3), (4,)]:
    afdrukken(p, q)
t = *xs, 7
afdrukken(t)
