# FizzBuzz: eine Funktion mit sonstwenn, eine für-Schleife, ein f-String, eine Listenabstraktion.
def fizzbuzz(n):
    wenn n % 15 == 0:
        rückgabe "FizzBuzz"
    sonstwenn n % 3 == 0:
        rückgabe "Fizz"
    sonstwenn n % 5 == 0:
        rückgabe "Buzz"
    sonst:
        rückgabe zeichenkette(n)


total = 0
für i in range(1, 16):
    word = fizzbuzz(i)
    wenn word != zeichenkette(i):
        total += 1
    ausgeben(f"{i:>2}: {word}")
squares = [k * k für k in range(10) wenn k % 2 == 0]
ausgeben(total, squares, sep=", ")
solange total > 0:
    total -= 4
sonst:
    ausgeben("done", total nicht in squares, total ist Nichts)
