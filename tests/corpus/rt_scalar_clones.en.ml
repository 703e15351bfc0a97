# Pure numeric functions (compiled to native clones) must behave exactly like Python,
# including where the clone has to give up: big ints, exceptions, deep recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    return acc

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def floored(a, b):
    return a // b * 1000 + a % b

def shifted(a, b):
    return (a << b) - (a >> b)

def blend(a, x):
    return a * x + a / 3 - x / 2.0

def between(a, b, c):
    return a < b <= c

def larger(a, b):
    return a if a > b else b

def logic(p, q):
    return (p and q) or not p

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

def power(base, exp):
    result = 1
    while exp > 0:
        if exp & 1:
            result *= base
        base *= base
        exp >>= 1
    return result

def truncated(x):
    return int(x) + abs(-3) + max(1, 7, 3) + min(4, 2, 9)

def smallest(x, y):
    return min(x, y) - max(x, y)

def countdown(n):
    total = 0
    for i in range(n, -n, -3):
        total += i
    else:
        total += 1000
    return total

def first_square_over(limit):
    for i in range(1, limit):
        if i * i > limit:
            break
    else:
        return -1
    return i

def below_float(a):
    return a < 9007199254740993.0

def triangle(n):
    total = 0
    while (n := n - 1) > 0:
        total += n
    return total

def estimate_pi(samples, seed):
    inside = 0
    for _ in range(samples):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed / 2147483648.0
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed / 2147483648.0
        if x * x + y * y <= 1.0:
            inside += 1
    return inside

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def floor_powers(a):
    return a % 8 * 1000 + a // 4

def scale_powers(a):
    return a / 4.0 + a / 1024 - a / 0.5

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)

def huge_sum(n):
    if n == 0:
        return 0
    return 4000000000000000000 + huge_sum(n - 1)

LIMIT = 1000
RATE = 0.5
VERBOSE = False

def scaled(n):
    total = 0
    for i in range(n):
        if i < LIMIT:
            total += i
    return total * RATE if not VERBOSE else 0.0

def uses_late():
    return LATE + 1

print(fib(20), fib(1), fib_loop(10), fib_loop(90), fib_loop(100))
print(factorial(10), factorial(20), factorial(25))
print(collatz(27), collatz(97), collatz(1))
print(floored(7, 2), floored(-7, 2), floored(7, -2), floored(-7, -2))
print(shifted(5, 2), shifted(-5, 2), shifted(1, 61), shifted(3, 70))
print(blend(3, 1.5), blend(-7, 0.25), blend(10**17, 0.5))
print(between(1, 2, 2), between(1, 1, 2), between(-5, 0, -1))
print(larger(3, 9), larger(-2, -8))
print(logic(True, False), logic(False, False), logic(True, True))
print(depth(900), power(3, 5), power(3, 50), power(2, 62), power(-2, 63))
print(truncated(3.9), truncated(-3.9), truncated(1e18), truncated(-0.5))
print(smallest(1.5, -2.25), smallest(float("nan"), 1.0), smallest(1.0, float("nan")))
print(countdown(10), countdown(0), first_square_over(50), first_square_over(2))
print(below_float(9007199254740992), below_float(9007199254740993), below_float(2**62))
print(triangle(10), triangle(-3))
print(estimate_pi(10000, 2024), gcd(1071, 462), gcd(2**40, 6**20))
print(is_even(10), is_odd(7), is_even(3))
try:
    print(floored(1, 0))
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(floored(9, 4), floored(-9, 4))
try:
    print(blend(1, 0.0) / 0.0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    print(depth(5000))
except RecursionError as error:
    print("RecursionError:", error)
print(depth(50))
try:
    print(truncated(float("inf")))
except OverflowError as error:
    print("OverflowError:", error)
try:
    print(truncated(float("nan")))
except ValueError as error:
    print("ValueError:", error)
try:
    print(is_even(-1))
except RecursionError as error:
    print("RecursionError:", error)
print(sum_to(900), count_down(900, 0), huge_sum(2), huge_sum(3), fib(25))
try:
    print(sum_to(5000))
except RecursionError as error:
    print("RecursionError:", error)
try:
    print(count_down(5000, 0))
except RecursionError as error:
    print("RecursionError:", error)
print(sum_to(10), count_down(10, 5))
print(scaled(10), scaled(2000))
print(floor_powers(-7), floor_powers(13), floor_powers(-4611686018427387904), scale_powers(-7), scale_powers(13), scale_powers(9007199254740993))
try:
    print(uses_late())
except NameError as error:
    print("NameError:", error)
LATE = 41
print(uses_late())
print(shifted(7, 1))
print(shifted(1, -1))
