# FizzBuzz : une fonction avec sinon si, une boucle pour, une f-string, une compréhension.
déf fizzbuzz(n):
    si n % 15 == 0:
        retour "FizzBuzz"
    sinon si n % 3 == 0:
        retour "Fizz"
    sinon si n % 5 == 0:
        retour "Buzz"
    sinon:
        retour chaine(n)


total = 0
pour i dans range(1, 16):
    word = fizzbuzz(i)
    si word != chaine(i):
        total += 1
    afficher(f"{i:>2}: {word}")
squares = [k * k pour k dans range(10) si k % 2 == 0]
afficher(total, squares, sep=", ")
tant que total > 0:
    total -= 4
sinon:
    afficher("done", total pas dans squares, total est Rien)
