# A forma «ITERABLE para X:» ao lado das formas canônicas.
numbers = [3, 1, 2]
total = 0
numbers para n:
    se n > 1:
        total += n
    senão:
        total -= 1
    enquanto total > 10:
        total -= 10
se total > 0:
    range(2) para m:
        imprima(m, total)
com open("data.txt"):
    passe
imprima(total)
