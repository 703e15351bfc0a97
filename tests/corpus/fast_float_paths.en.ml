def mixed(a, b):
    y = a / b
    z = y * 2 + a
    if z < a:
        return z - 1
    return z + 1.5

def inter(a, x):
    w = a * x
    q = x - a
    r = a + x
    if a > x:
        return w
    if a == x:
        return q
    return r + w / x

def unb(flag, x):
    if flag:
        v = x * 2.0
    return v

def g(n):
    acc = 0.0
    k = 0
    while k < n:
        acc += k / n
        acc -= 0.125
        acc *= 1.0
        k += 1
    return acc

def neg(x):
    y = -x
    return +y, -y

print(mixed(7, 2), mixed(-7, 2), mixed(2**60, 3), mixed(2**80, 7), mixed(10**20, 10**19), mixed(3, -4))
print(inter(3, 2.5), inter(2**70, 1.5), inter(5, 5.0), inter(-2, 0.5), inter(2**53 + 1, 9007199254740992.0))
try:
    print(mixed(1, 0))
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(inter(1, 0.0))
except ZeroDivisionError as e:
    print("zde", e)
print(unb(True, 1.5))
try:
    print(unb(False, 2.5))
except UnboundLocalError as e:
    print("ule", e)
print(g(10), g(1000))
print(neg(1.5), neg(-0.0))
try:
    print(inter(10**400, 1.5))
except OverflowError as e:
    print("oe", e)
