first, second = 1, 2
first, second = second, first
stampa(first, second)
head, *rest = [1, 2, 3, 4]
stampa(head, rest)
*init, last = "abcd"
stampa(init, last)
left, *middle, right = intervallo(6)
stampa(left, middle, right)
one, *empty, two = (10, 20)
stampa(one, empty, two)
(alpha, beta), gamma = (1, 2), [3]
stampa(alpha, beta, gamma)
per idx, item in enumerare({"ab": 1, "cd": 2}.items()):
    key, val = item
    stampa(idx, key, val)
per num, *others in [(1, 2, 3), (4,), (5, 6)]:
    stampa(num, others)
merged = [*intervallo(3), *"ab", *[9]]
stampa(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
stampa(combined)
point = (3, 4)
stampa(*point, sep=" : ")
stampa(*[1, 2, 3], *(4, 5), sep="-", end="!")
row = 1, 2, 3
single = 5,
stampa(row, single, lunghezza(single), tipo(row).__name__)
stampa((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (2,) > (1, 99), massimo((1, "b"), (1, "a")))
stampa(row.index(2), row.count(1), tupla("ab"), tupla([1, [2]]), 2 in row)
prova:
    left, right = [1, 2, 3]
eccetto ValueError come err:
    stampa("ValueError:", err)
prova:
    left, right, third = [1, 2]
eccetto ValueError come err:
    stampa("ValueError:", err)
