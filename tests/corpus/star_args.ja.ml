関数 total(*numbers):
    戻る 合計(numbers)

関数 describe(first, *rest, **options):
    表示(first, rest, options)

関数 keyword_only(value, *, scale=2):
    戻る value * scale

表示(total(), total(1, 2, 3))
describe(1)
describe(1, 2, 3, color="red", size=4)
arguments = [10, 20, 30]
表示(total(*arguments), total(*arguments, 40))
settings = {"color": "blue"}
describe(*arguments, **settings)
表示(keyword_only(5), keyword_only(5, scale=10))
関数 pair(left, right=0):
    戻る (left, right)
表示(pair(*[1, 2]), pair(**{"left": 3}), pair(right=4, left=5))
表示(*[1, 2, 3], sep="|")
