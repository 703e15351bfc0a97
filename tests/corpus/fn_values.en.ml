def deco(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@deco
def add(a, b=2):
    return a + b

print(add(1), add(1, b=5))

def times(n):
    def decorate(func):
        def run(x):
            return [func(x) for _ in range(n)]
        return run
    return decorate

@times(3)
def inc(x):
    return x + 1

print(inc(4))

def posonly(a, b, /, c, *, d=4):
    return (a, b, c, d)

print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)

funcs = {"sq": lambda x: x * x, "neg": lambda x: -x}
print([funcs[k](3) for k in sorted(funcs)])
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), list(filter(None, [0, 1, 2])))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1, 2]), any(x for x in []))
print(max(len(w) for w in ["a", "bbb", "cc"]), min(x for x in [3, 1, 2]))
print(",".join(str(i) for i in range(5)), tuple(i for i in "ab"), set(i % 2 for i in range(4)))
print(dict((k, v) for k, v in [("a", 1)]), sorted((x for x in [3, 1, 2]), reverse=True))
print(sum(x * x for x in range(10) if x % 2))

def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner
    x = 10
    return mid()()

print(outer())

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return bump, get

b, g = counter()
b()
b()
print(g())


def param_cell(a, *rest):
    return lambda: (a, rest)

print(param_cell(1, 2, 3)())
def g2(*a, **k):
    return (a, k)
print(g2(1, x=2))
def kw(**opts):
    return opts
print(kw(**{"a": 1}, b=2))
def f(a, b):
    return a - b
print(f(*(1,), **{"b": 5}))
print((lambda x: x)(3), (lambda: 1).__name__, f.__name__)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], key=lambda v: -v))
print(callable(f), callable(len), len("abc"), list(map(str, [1, 2])))
def rec(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(rec(5))
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return lambda: self.v
print(C(7).get()())
