déf is_prime(number):
    si number < 2:
        retour Faux
    divisor = 2
    tantque divisor * divisor <= number:
        si number % divisor == 0:
            retour Faux
        divisor += 1
    retour Vrai

found = 0
candidate = 0
tantque found < 20:
    si is_prime(candidate):
        afficher(candidate, end=" ")
        found += 1
    candidate += 1
afficher()
afficher(is_prime(7919), is_prime(7917))
