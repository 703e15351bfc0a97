def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def scale(x, k):
    return x * k / 2.0

print(gcd(12, 18), scale(1.5, 3))
