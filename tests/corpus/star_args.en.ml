def total(*numbers):
    return sum(numbers)

def describe(first, *rest, **options):
    print(first, rest, options)

def keyword_only(value, *, scale=2):
    return value * scale

print(total(), total(1, 2, 3))
describe(1)
describe(1, 2, 3, color="red", size=4)
arguments = [10, 20, 30]
print(total(*arguments), total(*arguments, 40))
settings = {"color": "blue"}
describe(*arguments, **settings)
print(keyword_only(5), keyword_only(5, scale=10))
def pair(left, right=0):
    return (left, right)
print(pair(*[1, 2]), pair(**{"left": 3}), pair(right=4, left=5))
print(*[1, 2, 3], sep="|")
