def is_prime(number):
    wenn number < 2:
        rückgabe Falsch
    divisor = 2
    solange divisor * divisor <= number:
        wenn number % divisor == 0:
            rückgabe Falsch
        divisor += 1
    rückgabe Wahr

found = 0
candidate = 0
solange found < 20:
    wenn is_prime(candidate):
        ausgeben(candidate, end=" ")
        found += 1
    candidate += 1
ausgeben()
ausgeben(is_prime(7919), is_prime(7917))
