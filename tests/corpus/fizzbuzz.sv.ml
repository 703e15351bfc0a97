for number i intervall(1, 31):
    om number % 15 == 0:
        skriv("FizzBuzz")
    annars_om number % 3 == 0:
        skriv("Fizz")
    annars_om number % 5 == 0:
        skriv("Buzz")
    annars:
        skriv(number)
