# Expressions: precedence, comparisons, displays, comprehensions, calls, slices, lambdas,
# walrus, pipe, strings.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7
b = -2 ** 2 ** -1
c = ~a | b ^ a & b << 2 >> 1
d = not a < b <= c != 0 and a or b
e = a if b else c if d else None
f = a in b, a not in b, a is b, a is not b
g = (a, b), (a,), (), [a, *b], {a, b}, {}, {a: 1, **c}
h = [x * y for x in a if x for y in b if y if x > y]
i = {k: v for k, v in a.items()}, {x for x in a}, (x async for x in a)
j = sum(x for x in a)
k = f(a, *b, c=1, d: 2, **e)
l = a[1], a[1:2], a[::2], a[:], a[1:2, 3], a[i, j], a[-1:]
m = lambda: 0, lambda x, y=1, *z, w, **kw: x + y
n = [y := 10, y ** 2]
o = a |> f |> g
p = "con" 'cat' """enated""", b"bytes" b"\x00", f"{a!r:>{b}} and {c}"
q = obj.attr.method(1)[0].field
r = ..., True, False, None, 1_000, 3.5, 0x1F, 1e10
s = await_ = 1
t = a < b == c > d >= e
