first, second = 1, 2
first, second = second, first
اطبع(first, second)
head, *rest = [1, 2, 3, 4]
اطبع(head, rest)
*init, last = "abcd"
اطبع(init, last)
left, *middle, right = مدى(6)
اطبع(left, middle, right)
one, *empty, two = (10, 20)
اطبع(one, empty, two)
(alpha, beta), gamma = (1, 2), [3]
اطبع(alpha, beta, gamma)
لكل idx, item في ترقيم({"ab": 1, "cd": 2}.items()):
    key, val = item
    اطبع(idx, key, val)
لكل num, *others في [(1, 2, 3), (4,), (5, 6)]:
    اطبع(num, others)
merged = [*مدى(3), *"ab", *[9]]
اطبع(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
اطبع(combined)
point = (3, 4)
اطبع(*point, sep=" : ")
اطبع(*[1, 2, 3], *(4, 5), sep="-", end="!")
row = 1, 2, 3
single = 5,
اطبع(row, single, طول(single), نوع(row).__name__)
اطبع((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (2,) > (1, 99), أقصى((1, "b"), (1, "a")))
اطبع(row.index(2), row.count(1), تيوبل("ab"), تيوبل([1, [2]]), 2 في row)
حاول:
    left, right = [1, 2, 3]
استثناء ValueError كـ err:
    اطبع("ValueError:", err)
حاول:
    left, right, third = [1, 2]
استثناء ValueError كـ err:
    اطبع("ValueError:", err)
