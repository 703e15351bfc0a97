point = (3, 4)
打印(point, point[0], 长度(point))
first, second = point
打印(first + second)
single = (5,)
打印(single, tuple(), tuple([1, 2]))
nested = ((1, 2), (3, (4, 5)))
打印(nested, nested[1][1][0])
head, *rest = [1, 2, 3, 4]
打印(head, rest)
*init, last = (1, 2, 3)
打印(init, last)
函数 min_max(values):
    返回 最小值(values), 最大值(values)
low, high = min_max([4, 8, 1, 9])
打印(low, high, min_max([2]))
打印((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, "a") == (1, "a"))
打印(divmod(17, 5), divmod(-17, 5))
pairs = [(1, "one"), (2, "two")]
对于 number, word 里 pairs:
    打印(number, word)
打印((1, 2, 3).index(2), (1, 1, 2).count(1))
