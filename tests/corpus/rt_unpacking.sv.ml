first, second = 1, 2
first, second = second, first
skriv(first, second)
head, *rest = [1, 2, 3, 4]
skriv(head, rest)
*init, last = "abcd"
skriv(init, last)
left, *middle, right = intervall(6)
skriv(left, middle, right)
one, *empty, two = (10, 20)
skriv(one, empty, two)
(alpha, beta), gamma = (1, 2), [3]
skriv(alpha, beta, gamma)
for idx, item i numrera({"ab": 1, "cd": 2}.items()):
    key, val = item
    skriv(idx, key, val)
for num, *others i [(1, 2, 3), (4,), (5, 6)]:
    skriv(num, others)
merged = [*intervall(3), *"ab", *[9]]
skriv(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
skriv(combined)
point = (3, 4)
skriv(*point, sep=" : ")
skriv(*[1, 2, 3], *(4, 5), sep="-", end="!")
row = 1, 2, 3
single = 5,
skriv(row, single, langd(single), typ(row).__name__)
skriv((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (2,) > (1, 99), maximum((1, "b"), (1, "a")))
skriv(row.index(2), row.count(1), tuppel("ab"), tuppel([1, [2]]), 2 i row)
forsok:
    left, right = [1, 2, 3]
utom ValueError som err:
    skriv("ValueError:", err)
forsok:
    left, right, third = [1, 2]
utom ValueError som err:
    skriv("ValueError:", err)
