déf fib(number):
    si number < 2:
        retour number
    retour fib(number - 1) + fib(number - 2)

afficher(fib(30))
