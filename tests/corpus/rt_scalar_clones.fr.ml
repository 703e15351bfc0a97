# Les fonctions numériques pures (compilées en clones natifs) doivent se comporter exactement comme Python,
# y compris là où le clone abandonne : grands entiers, exceptions, récursion profonde.
déf fib(n):
    si n < 2:
        retour n
    retour fib(n - 1) + fib(n - 2)

déf fib_loop(n):
    a, b = 0, 1
    pour _ dans intervalle(n):
        a, b = b, a + b
    retour a

déf factorial(n):
    acc = 1
    pour i dans intervalle(2, n + 1):
        acc *= i
    retour acc

déf collatz(n):
    steps = 0
    tant que n != 1:
        si n % 2 == 0:
            n //= 2
        sinon:
            n = 3 * n + 1
        steps += 1
    retour steps

déf floored(a, b):
    retour a // b * 1000 + a % b

déf shifted(a, b):
    retour (a << b) - (a >> b)

déf blend(a, x):
    retour a * x + a / 3 - x / 2.0

déf between(a, b, c):
    retour a < b <= c

déf larger(a, b):
    retour a si a > b sinon b

déf logic(p, q):
    retour (p et q) ou non p

déf depth(n):
    si n == 0:
        retour 0
    retour depth(n - 1) + 1

déf power(base, exp):
    result = 1
    tant que exp > 0:
        si exp & 1:
            result *= base
        base *= base
        exp >>= 1
    retour result

déf truncated(x):
    retour entier(x) + valeurabsolue(-3) + maximum(1, 7, 3) + minimum(4, 2, 9)

déf smallest(x, y):
    retour minimum(x, y) - maximum(x, y)

déf countdown(n):
    total = 0
    pour i dans intervalle(n, -n, -3):
        total += i
    sinon:
        total += 1000
    retour total

déf first_square_over(limit):
    pour i dans intervalle(1, limit):
        si i * i > limit:
            arrêter
    sinon:
        retour -1
    retour i

déf below_float(a):
    retour a < 9007199254740993.0

déf triangle(n):
    total = 0
    tant que (n := n - 1) > 0:
        total += n
    retour total

déf estimate_pi(samples, seed):
    inside = 0
    pour _ dans intervalle(samples):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed / 2147483648.0
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed / 2147483648.0
        si x * x + y * y <= 1.0:
            inside += 1
    retour inside

déf gcd(a, b):
    tant que b:
        a, b = b, a % b
    retour a

déf is_even(n):
    si n == 0:
        retour Vrai
    retour is_odd(n - 1)

déf is_odd(n):
    si n == 0:
        retour Faux
    retour is_even(n - 1)

déf floor_powers(a):
    retour a % 8 * 1000 + a // 4

déf scale_powers(a):
    retour a / 4.0 + a / 1024 - a / 0.5

déf sum_to(n):
    si n == 0:
        retour 0
    retour n + sum_to(n - 1)

déf count_down(n, acc):
    si n == 0:
        retour acc
    retour count_down(n - 1, acc + n)

déf huge_sum(n):
    si n == 0:
        retour 0
    retour 4000000000000000000 + huge_sum(n - 1)

LIMIT = 1000
RATE = 0.5
VERBOSE = Faux

déf scaled(n):
    total = 0
    pour i dans intervalle(n):
        si i < LIMIT:
            total += i
    retour total * RATE si non VERBOSE sinon 0.0

déf uses_late():
    retour LATE + 1

afficher(fib(20), fib(1), fib_loop(10), fib_loop(90), fib_loop(100))
afficher(factorial(10), factorial(20), factorial(25))
afficher(collatz(27), collatz(97), collatz(1))
afficher(floored(7, 2), floored(-7, 2), floored(7, -2), floored(-7, -2))
afficher(shifted(5, 2), shifted(-5, 2), shifted(1, 61), shifted(3, 70))
afficher(blend(3, 1.5), blend(-7, 0.25), blend(10**17, 0.5))
afficher(between(1, 2, 2), between(1, 1, 2), between(-5, 0, -1))
afficher(larger(3, 9), larger(-2, -8))
afficher(logic(Vrai, Faux), logic(Faux, Faux), logic(Vrai, Vrai))
afficher(depth(900), power(3, 5), power(3, 50), power(2, 62), power(-2, 63))
afficher(truncated(3.9), truncated(-3.9), truncated(1e18), truncated(-0.5))
afficher(smallest(1.5, -2.25), smallest(flottant("nan"), 1.0), smallest(1.0, flottant("nan")))
afficher(countdown(10), countdown(0), first_square_over(50), first_square_over(2))
afficher(below_float(9007199254740992), below_float(9007199254740993), below_float(2**62))
afficher(triangle(10), triangle(-3))
afficher(estimate_pi(10000, 2024), gcd(1071, 462), gcd(2**40, 6**20))
afficher(is_even(10), is_odd(7), is_even(3))
essayer:
    afficher(floored(1, 0))
sauf ZeroDivisionError comme error:
    afficher("ZeroDivisionError:", error)
afficher(floored(9, 4), floored(-9, 4))
essayer:
    afficher(blend(1, 0.0) / 0.0)
sauf ZeroDivisionError comme error:
    afficher("ZeroDivisionError:", error)
essayer:
    afficher(depth(5000))
sauf RecursionError comme error:
    afficher("RecursionError:", error)
afficher(depth(50))
essayer:
    afficher(truncated(flottant("inf")))
sauf OverflowError comme error:
    afficher("OverflowError:", error)
essayer:
    afficher(truncated(flottant("nan")))
sauf ValueError comme error:
    afficher("ValueError:", error)
essayer:
    afficher(is_even(-1))
sauf RecursionError comme error:
    afficher("RecursionError:", error)
afficher(sum_to(900), count_down(900, 0), huge_sum(2), huge_sum(3), fib(25))
essayer:
    afficher(sum_to(5000))
sauf RecursionError comme error:
    afficher("RecursionError:", error)
essayer:
    afficher(count_down(5000, 0))
sauf RecursionError comme error:
    afficher("RecursionError:", error)
afficher(sum_to(10), count_down(10, 5))
afficher(scaled(10), scaled(2000))
afficher(floor_powers(-7), floor_powers(13), floor_powers(-4611686018427387904), scale_powers(-7), scale_powers(13), scale_powers(9007199254740993))
essayer:
    afficher(uses_late())
sauf NameError comme error:
    afficher("NameError:", error)
LATE = 41
afficher(uses_late())
afficher(shifted(7, 1))
afficher(shifted(1, -1))
