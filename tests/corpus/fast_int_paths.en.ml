def ops(a, b):
    print(a * b, a // b, a % b, a & b, a | b, a ^ b)
    return a * b

def shifts(a, n):
    return a >> n

def floats(x, n):
    total = 0.0
    for i in range(n):
        total += x * i - i / 3
        total = total - 0.5
    return total

def mixed(a, b):
    y = a / b
    z = y * 2 + a
    if z < a:
        return z - 1
    return z + 1.5

def unbound(flag):
    if flag:
        v = 1.5
    return v * 2.0

def fdiv(x, y):
    r = x / y
    return r

def cmp(x, n):
    c = x * 1.0
    return c < n, c == n, c >= n

vals = [7, -7, 3, -3, 1, -1, 2**40, -(2**40), 2**62, -(2**62), 2**62 - 1, 2**70, 4611686018427387903, -4611686018427387904]
for a in vals:
    for b in [7, -7, 3, -3, 1, -1, 2, -2, 2**31, -(2**31), 2**32, 2**63]:
        ops(a, b)
for a in vals:
    for n in [0, 1, 5, 62, 63, 64, 100, 1000]:
        print(shifts(a, n))
print(floats(0.25, 10))
print(floats(1.5, 1000))
print(mixed(7, 2), mixed(-7, 2), mixed(2**60, 3), mixed(2**80, 7), mixed(10**20, 10**19))
print(cmp(0.5, 1), cmp(2.0, 2), cmp(9007199254740993.0, 9007199254740993), cmp(1e300, 10**400))
print(fdiv(1.0, 3.0), fdiv(1, 3), fdiv(2**53 + 1, 1))
try:
    print(ops(5, 0))
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(fdiv(1.0, 0.0))
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(fdiv(1, 0))
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(shifts(1, -1))
except ValueError as e:
    print("ve", e)
try:
    print(unbound(False))
except UnboundLocalError as e:
    print("ule", e)
print(unbound(True))
try:
    print(mixed(1.0, 0))
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(floats(1e308, 3) * 10)
except OverflowError as e:
    print("oe", e)
print(-7.5 // 2, -7.5 % 2, 7 % -0.5)
