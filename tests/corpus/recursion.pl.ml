funkcja fib(number):
    jesli number < 2:
        zwroc number
    zwroc fib(number - 1) + fib(number - 2)

funkcja factorial(number):
    jesli number <= 1:
        zwroc 1
    zwroc number * factorial(number - 1)

funkcja gcd(left, right):
    jesli right == 0:
        zwroc left
    zwroc gcd(right, left % right)

funkcja hanoi(disks):
    jesli disks == 0:
        zwroc 0
    zwroc 2 * hanoi(disks - 1) + 1

dla number w zakres(15):
    drukuj(fib(number), end=" ")
drukuj()
drukuj(fib(20))
drukuj(factorial(10), factorial(25))
drukuj(gcd(1071, 462), gcd(17, 5))
drukuj(hanoi(10))
