tally = 0

def bump(amount):
    global tally
    tally += amount
    return tally

print(bump(5), bump(10), tally)

def make_counter(begin):
    count = begin
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

counter_a = make_counter(10)
counter_b = make_counter(100)
print(counter_a(), counter_a(), counter_b(5), counter_a(), counter_b())

def make_adders():
    def build(inc):
        return lambda val: val + inc
    return [build(inc) for inc in range(3)]

def make_late():
    return [lambda val: val + inc for inc in range(3)]

print([adder(10) for adder in make_adders()], [adder(10) for adder in make_late()])
label = "outside"

def shadow():
    label = "inside"
    return label

def reader():
    return label

print(shadow(), reader(), label)

def outer():
    depth = 1
    def middle():
        depth = 2
        def inner():
            nonlocal depth
            depth += 10
            return depth
        return inner(), depth
    return middle(), depth

print(outer())

def memo_fib():
    cache = {}
    def fib(num):
        if num not in cache:
            cache[num] = num if num < 2 else fib(num - 1) + fib(num - 2)
        return cache[num]
    return fib

fast = memo_fib()
print(fast(90), fast(100))
