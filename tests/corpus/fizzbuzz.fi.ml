jokaiselle number sisalla vali(1, 31):
    jos number % 15 == 0:
        tulosta("FizzBuzz")
    muuten_jos number % 3 == 0:
        tulosta("Fizz")
    muuten_jos number % 5 == 0:
        tulosta("Buzz")
    muuten:
        tulosta(number)
