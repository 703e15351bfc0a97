# Generator functions: the body runs lazily and resumes after each yield, inside if, while and
# for statements; send(), yield from, early return, closures, recursion. Output: CPython 3.12.
def count_up(limit):
    print("body starts")
    num = 0
    while num < limit:
        yield num
        num += 1
    print("body ends")

gen = count_up(3)
print("made", type(gen).__name__)
print(next(gen), next(gen))
print(list(gen), list(gen), next(gen, "done"))

def labels(rows):
    for row in range(rows):
        if row % 2:
            yield (row, "odd")
        else:
            yield (row, "even")
            yield -row
    else:
        yield "exhausted"

print(list(labels(3)))

def fib():
    first, second = 0, 1
    while True:
        yield first
        first, second = second, first + second

print([val for _, val in zip(range(10), fib())])

def chain(items):
    yield "head"
    yield from items
    yield from (item * 10 for item in items)
    yield "tail"

print(list(chain([1, 2])))

def echo():
    got = yield "ready"
    while got is not None:
        got = yield "got " + str(got)
    yield "bye"

talker = echo()
print(next(talker), talker.send(1), talker.send("x"), talker.send(None))
try:
    talker.send(5)
except StopIteration:
    print("stopped")

def until_negative(items):
    for item in items:
        if item < 0:
            return
        yield item

print(list(until_negative([1, 2, -1, 3])))

def shifted(base):
    def add(val):
        return val + base
    for step in range(3):
        yield add(step)
    base = 100
    yield add(0)

print(list(shifted(10)))

class Tree:
    def __init__(self, value, kids):
        self.value = value
        self.kids = kids

    def walk(self):
        yield self.value
        for kid in self.kids:
            yield from kid.walk()

tree = Tree(1, [Tree(2, [Tree(3, [])]), Tree(4, [])])
print(list(tree.walk()), sum(tree.walk()))

def failing():
    yield 1
    raise ValueError("inside")

broken = failing()
print(next(broken))
try:
    next(broken)
except ValueError as err:
    print("caught", err)
print(list(broken))

def pull():
    source = iter([1])
    while True:
        yield next(source)

try:
    print(list(pull()))
except RuntimeError as err:
    print("runtime", err)

def scaled(first, *rest, factor=2, **extra):
    for val in rest:
        yield first + val * factor
    yield sorted(extra)

print(list(scaled(1, 2, 3, factor=10, zeta=1, alpha=2)))
closed = count_up(5)
print(next(closed))
closed.close()
print(list(closed))

def pair(num):
    yield num
    yield num + 1

total = 0
for num in range(200000):
    total += sum(pair(num))
print(total)
