def describe(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct

print(describe("ann"), describe("bo", "hey"), describe("cy", punct="?"), describe(greeting="yo", name="di"))

def collect(first, *extra, sep="/", **opts):
    return first + sep + sep.join(str(val) for val in extra) + " " + str(sorted(opts.items()))

print(collect("a"), collect("a", 1, 2), collect("a", 1, sep="+", zz=1, aa=2))
print(collect(*["p", "q", "r"], **{"mode": 3}))

def grow(val, bucket=[]):
    bucket.append(val)
    return bucket

print(grow(1), grow(2), grow(3, []), grow(4))

def kwonly(alpha, *, beta=2):
    return alpha * beta

print(kwonly(5), kwonly(5, beta=10))
try:
    kwonly(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    describe()
except TypeError as err:
    print("TypeError:", err)

def fib(num):
    if num < 2:
        return num
    return fib(num - 1) + fib(num - 2)

print([fib(num) for num in range(15)])

def ackermann(mval, nval):
    if mval == 0:
        return nval + 1
    if nval == 0:
        return ackermann(mval - 1, 1)
    return ackermann(mval - 1, ackermann(mval, nval - 1))

print(ackermann(2, 3), (lambda: 7)(), (lambda val, inc: val + inc)(1, 2))
square = lambda val: val * val
apply_twice = lambda func, val: func(func(val))
print(square(9), apply_twice(square, 3), list(map(square, [1, 2, 3])), describe.__name__)

def nothing():
    pass

print(nothing(), nothing() is None, callable(nothing), callable(5))
