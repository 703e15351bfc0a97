first, second = 1, 2
first, second = second, first
tulosta(first, second)
head, *rest = [1, 2, 3, 4]
tulosta(head, rest)
*init, last = "abcd"
tulosta(init, last)
left, *middle, right = vali(6)
tulosta(left, middle, right)
one, *empty, two = (10, 20)
tulosta(one, empty, two)
(alpha, beta), gamma = (1, 2), [3]
tulosta(alpha, beta, gamma)
jokaiselle idx, item sisalla numeroi({"ab": 1, "cd": 2}.items()):
    key, val = item
    tulosta(idx, key, val)
jokaiselle num, *others sisalla [(1, 2, 3), (4,), (5, 6)]:
    tulosta(num, others)
merged = [*vali(3), *"ab", *[9]]
tulosta(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
tulosta(combined)
point = (3, 4)
tulosta(*point, sep=" : ")
tulosta(*[1, 2, 3], *(4, 5), sep="-", end="!")
row = 1, 2, 3
single = 5,
tulosta(row, single, pituus(single), tyyppi(row).__name__)
tulosta((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (2,) > (1, 99), maksimi((1, "b"), (1, "a")))
tulosta(row.index(2), row.count(1), monikko("ab"), monikko([1, [2]]), 2 sisalla row)
yrita:
    left, right = [1, 2, 3]
paitsi ValueError nimella err:
    tulosta("ValueError:", err)
yrita:
    left, right, third = [1, 2]
paitsi ValueError nimella err:
    tulosta("ValueError:", err)
