definiera describe(name, greeting="hello", punct="!"):
    retur greeting + " " + name + punct

skriv(describe("ann"), describe("bo", "hey"), describe("cy", punct="?"), describe(greeting="yo", name="di"))

definiera collect(first, *extra, sep="/", **opts):
    retur first + sep + sep.join(strang(val) for val i extra) + " " + strang(sorterad(opts.items()))

skriv(collect("a"), collect("a", 1, 2), collect("a", 1, sep="+", zz=1, aa=2))
skriv(collect(*["p", "q", "r"], **{"mode": 3}))

definiera grow(val, bucket=[]):
    bucket.append(val)
    retur bucket

skriv(grow(1), grow(2), grow(3, []), grow(4))

definiera kwonly(alpha, *, beta=2):
    retur alpha * beta

skriv(kwonly(5), kwonly(5, beta=10))
forsok:
    kwonly(1, 2)
utom TypeError som err:
    skriv("TypeError:", err)
forsok:
    describe()
utom TypeError som err:
    skriv("TypeError:", err)

definiera fib(num):
    om num < 2:
        retur num
    retur fib(num - 1) + fib(num - 2)

skriv([fib(num) for num i intervall(15)])

definiera ackermann(mval, nval):
    om mval == 0:
        retur nval + 1
    om nval == 0:
        retur ackermann(mval - 1, 1)
    retur ackermann(mval - 1, ackermann(mval, nval - 1))

skriv(ackermann(2, 3), (lambda: 7)(), (lambda val, inc: val + inc)(1, 2))
square = lambda val: val * val
apply_twice = lambda func, val: func(func(val))
skriv(square(9), apply_twice(square, 3), lista(avbilda(square, [1, 2, 3])), describe.__name__)

definiera nothing():
    passera

skriv(nothing(), nothing() ar Ingen, anropbar(nothing), anropbar(5))
