函数 total(*numbers):
    返回 总和(numbers)

函数 describe(first, *rest, **options):
    打印(first, rest, options)

函数 keyword_only(value, *, scale=2):
    返回 value * scale

打印(total(), total(1, 2, 3))
describe(1)
describe(1, 2, 3, color="red", size=4)
arguments = [10, 20, 30]
打印(total(*arguments), total(*arguments, 40))
settings = {"color": "blue"}
describe(*arguments, **settings)
打印(keyword_only(5), keyword_only(5, scale=10))
函数 pair(left, right=0):
    返回 (left, right)
打印(pair(*[1, 2]), pair(**{"left": 3}), pair(right=4, left=5))
打印(*[1, 2, 3], sep="|")
