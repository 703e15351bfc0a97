point = (3, 4)
print(point, point[0], len(point))
first, second = point
print(first + second)
single = (5,)
print(single, tuple(), tuple([1, 2]))
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
head, *rest = [1, 2, 3, 4]
print(head, rest)
*init, last = (1, 2, 3)
print(init, last)
def min_max(values):
    return min(values), max(values)
low, high = min_max([4, 8, 1, 9])
print(low, high, min_max([2]))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, "a") == (1, "a"))
print(divmod(17, 5), divmod(-17, 5))
pairs = [(1, "one"), (2, "two")]
for number, word in pairs:
    print(number, word)
print((1, 2, 3).index(2), (1, 1, 2).count(1))
