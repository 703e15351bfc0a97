def fib(number):
    if number < 2:
        return number
    return fib(number - 1) + fib(number - 2)

def factorial(number):
    if number <= 1:
        return 1
    return number * factorial(number - 1)

def gcd(left, right):
    if right == 0:
        return left
    return gcd(right, left % right)

def hanoi(disks):
    if disks == 0:
        return 0
    return 2 * hanoi(disks - 1) + 1

for number in range(15):
    print(fib(number), end=" ")
print()
print(fib(20))
print(factorial(10), factorial(25))
print(gcd(1071, 462), gcd(17, 5))
print(hanoi(10))
