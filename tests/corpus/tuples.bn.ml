point = (3, 4)
ছাপাও(point, point[0], len(point))
first, second = point
ছাপাও(first + second)
single = (5,)
ছাপাও(single, tuple(), tuple([1, 2]))
nested = ((1, 2), (3, (4, 5)))
ছাপাও(nested, nested[1][1][0])
head, *rest = [1, 2, 3, 4]
ছাপাও(head, rest)
*init, last = (1, 2, 3)
ছাপাও(init, last)
সংজ্ঞা min_max(values):
    ফেরত min(values), max(values)
low, high = min_max([4, 8, 1, 9])
ছাপাও(low, high, min_max([2]))
ছাপাও((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, "a") == (1, "a"))
ছাপাও(divmod(17, 5), divmod(-17, 5))
pairs = [(1, "one"), (2, "two")]
জন্য number, word মধ্যে pairs:
    ছাপাও(number, word)
ছাপাও((1, 2, 3).index(2), (1, 1, 2).count(1))
