def is_prime(number):
    si number < 2:
        devolver Falso
    divisor = 2
    mientras divisor * divisor <= number:
        si number % divisor == 0:
            devolver Falso
        divisor += 1
    devolver Verdadero

found = 0
candidate = 0
mientras found < 20:
    si is_prime(candidate):
        imprimir(candidate, end=" ")
        found += 1
    candidate += 1
imprimir()
imprimir(is_prime(7919), is_prime(7917))
