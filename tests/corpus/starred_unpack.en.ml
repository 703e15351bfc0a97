# Expected output: CPython 3.12 for the English program.
head, *rest = [1, 2, 3, 4]
print(head, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
(px, py), *zs = [(1, 2), 3]
print(px, py, zs)
first, *empty = (9,)
print(first, empty)
try:
    a, *b, c = [1]
except ValueError as err:
    print(err)
try:
    a, *b = 5
except TypeError as err:
    print(err)
xs = [1, 2]
print([*xs, 3, *"ab"], (*xs, *xs), {*xs, 5})
d = {"a": 1}
print({**d, "b": 2, **{"a": 3}})
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
t = *xs, 7
print(t)
