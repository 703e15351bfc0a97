# Generator expressions used as values: lazy, single-pass, closures that see later values,
# errors raised when the failing element is reached. Expected output: CPython 3.12.
def shout(val):
    print("compute", val)
    return val * 10

lazy = (shout(val) for val in [1, 2, 3])
print("made")
print(next(lazy))
print("between")
print(list(lazy))
print(list(lazy), sum(lazy), next(lazy, "done"))
print(type(lazy).__name__, iter(lazy) is lazy)

grid = (row * 10 + cell for row in range(4) if row for cell in range(row) if cell != 1)
print(list(grid))
print(list((row, cell) for row in "ab" for cell in (1, 2)))

def late():
    base = 1
    gen = (num + base for num in range(3))
    base = 100
    return gen

print(list(late()))
limit = 2
below = (num for num in range(5) if num < limit)
limit = 4
print(list(below))

numbers = [4, 2, 0, 1]
quotients = (12 // num for num in numbers)
print(next(quotients), next(quotients))
try:
    next(quotients)
except ZeroDivisionError as err:
    print("raised", err)
print(list(quotients))
try:
    early = (num for num in 42)
except TypeError as err:
    print("early", err)
deferred = (num for num in [1] for other in 42)
print("deferred made")
try:
    list(deferred)
except TypeError as err:
    print("deferred", err)

def total(values):
    acc = 0
    for val in values:
        acc += val
    return acc

print(total(num * num for num in range(5)))
print(list(zip((ch for ch in "abc"), (num for num in range(10)))))
print(list(enumerate(word.upper() for word in ["x", "y"])))
print(list(map(lambda num: num * 2, (num for num in range(3)))))
print(next((num for num in range(10) if num > 5), None), next((num for num in []), "empty"))
try:
    next(num for num in [])
except StopIteration:
    print("stop")

steps = (num for num in range(5))
for num in steps:
    print("first", num)
    if num == 1:
        break
for num in steps:
    print("rest", num)

makers = list(lambda: val for val in range(3))
print([maker() for maker in makers])
print([list(inner) for inner in ((col for col in range(row)) for row in range(4))])

def walrus():
    found = None
    big = list((found := val) for val in [3, 8, 1, 9] if val > 5)
    return big, found

print(walrus())

class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return (item * 2 for item in self.items)

print(list(Bag([1, 2])), sorted(Bag([3, 1])), 4 in Bag([2]))

def pull():
    source = iter([1])
    return list(next(source) for _ in range(3))

try:
    pull()
except RuntimeError as err:
    print("runtime", err)

acc = 0
for round_no in range(200000):
    gen = (round_no + step for step in range(3) if step)
    acc += total(gen)
print(acc)
