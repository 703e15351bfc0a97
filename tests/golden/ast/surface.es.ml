# La forma «ITERABLE para X:» junto a las formas canónicas.
numbers = [3, 1, 2]
total = 0
numbers para n:
    si n > 1:
        total += n
    sino:
        total -= 1
    mientras total > 10:
        total -= 10
si total > 0:
    range(2) para m:
        imprimir(m, total)
con open("data.txt"):
    pasar
imprimir(total)
