first, second = 1, 2
first, second = second, first
print(first, second)
head, *rest = [1, 2, 3, 4]
print(head, rest)
*init, last = "abcd"
print(init, last)
left, *middle, right = range(6)
print(left, middle, right)
one, *empty, two = (10, 20)
print(one, empty, two)
(alpha, beta), gamma = (1, 2), [3]
print(alpha, beta, gamma)
for idx, item in enumerate({"ab": 1, "cd": 2}.items()):
    key, val = item
    print(idx, key, val)
for num, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(num, others)
merged = [*range(3), *"ab", *[9]]
print(merged)
combined = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(combined)
point = (3, 4)
print(*point, sep=" : ")
print(*[1, 2, 3], *(4, 5), sep="-", end="!")
row = 1, 2, 3
single = 5,
print(row, single, len(single), type(row).__name__)
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (2,) > (1, 99), max((1, "b"), (1, "a")))
print(row.index(2), row.count(1), tuple("ab"), tuple([1, [2]]), 2 in row)
try:
    left, right = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    left, right, third = [1, 2]
except ValueError as err:
    print("ValueError:", err)
