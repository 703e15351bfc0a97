for number i interval(1, 31):
    hvis number % 15 == 0:
        skriv("FizzBuzz")
    ellers_hvis number % 3 == 0:
        skriv("Fizz")
    ellers_hvis number % 5 == 0:
        skriv("Buzz")
    ellers:
        skriv(number)
