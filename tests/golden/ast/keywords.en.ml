# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
import math
from math import sqrt as root

const LIMIT = 7
let total = 0
flag = True
nothing = None


def sign_of(number):
    global total
    total = total + number
    if number < 0 and not flag:
        return "negative"
    elif number == 0 or number is nothing:
        return "zero"
    else:
        return "positive"


def make_counter():
    count = 0
    step = 1

    def bump():
        nonlocal count
        local step
        count = count + step
        return count

    return bump


def odd_numbers(limit):
    n = 0
    while True:
        n = n + 1
        if n > limit:
            break
        if n % 2 == 0:
            continue
        yield n


async def fetch(x):
    return x


async def collect_one():
    return await fetch(1)


class Holder:
    def __init__(self, content):
        self.content = content

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return False


def describe(item):
    match item:
        case 1:
            return "one"
        default:
            return "other"


def ask():
    return input("? ")


double = lambda x: x * 2
for number in odd_numbers(LIMIT):
    print(sign_of(number), double(number), describe(number))
assert 4 not in [1, 2, 3]
try:
    raise ValueError("bad")
except ValueError as problem:
    print(problem)
finally:
    pass
with Holder(5) as holder:
    print(holder.content)
pairs = dict(key=1)
items = list([1, 2])
del items[0]
counter = make_counter()
print(int("7"), float("1.5"), str(3), bool(1), root(16.0))
print(math.floor(2.5), counter(), counter(), items, pairs, total)
