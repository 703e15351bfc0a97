definiera fib(number):
    om number < 2:
        retur number
    retur fib(number - 1) + fib(number - 2)

definiera factorial(number):
    om number <= 1:
        retur 1
    retur number * factorial(number - 1)

definiera gcd(left, right):
    om right == 0:
        retur left
    retur gcd(right, left % right)

definiera hanoi(disks):
    om disks == 0:
        retur 0
    retur 2 * hanoi(disks - 1) + 1

for number i intervall(15):
    skriv(fib(number), end=" ")
skriv()
skriv(fib(20))
skriv(factorial(10), factorial(25))
skriv(gcd(1071, 462), gcd(17, 5))
skriv(hanoi(10))
