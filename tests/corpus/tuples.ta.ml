point = (3, 4)
அச்சிடு(point, point[0], len(point))
first, second = point
அச்சிடு(first + second)
single = (5,)
அச்சிடு(single, tuple(), tuple([1, 2]))
nested = ((1, 2), (3, (4, 5)))
அச்சிடு(nested, nested[1][1][0])
head, *rest = [1, 2, 3, 4]
அச்சிடு(head, rest)
*init, last = (1, 2, 3)
அச்சிடு(init, last)
வரையறு min_max(values):
    திருப்பு min(values), max(values)
low, high = min_max([4, 8, 1, 9])
அச்சிடு(low, high, min_max([2]))
அச்சிடு((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 0), (1, "a") == (1, "a"))
அச்சிடு(divmod(17, 5), divmod(-17, 5))
pairs = [(1, "one"), (2, "two")]
ஒவ்வொரு number, word இல் pairs:
    அச்சிடு(number, word)
அச்சிடு((1, 2, 3).index(2), (1, 1, 2).count(1))
