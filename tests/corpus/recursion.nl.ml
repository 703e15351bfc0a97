definieer fib(number):
    als number < 2:
        retourneer number
    retourneer fib(number - 1) + fib(number - 2)

definieer factorial(number):
    als number <= 1:
        retourneer 1
    retourneer number * factorial(number - 1)

definieer gcd(left, right):
    als right == 0:
        retourneer left
    retourneer gcd(right, left % right)

definieer hanoi(disks):
    als disks == 0:
        retourneer 0
    retourneer 2 * hanoi(disks - 1) + 1

voor number in bereik(15):
    afdrukken(fib(number), end=" ")
afdrukken()
afdrukken(fib(20))
afdrukken(factorial(10), factorial(25))
afdrukken(gcd(1071, 462), gcd(17, 5))
afdrukken(hanoi(10))
