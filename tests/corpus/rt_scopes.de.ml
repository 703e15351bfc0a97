tally = 0

def bump(amount):
    global tally
    tally += amount
    rückgabe tally

ausgeben(bump(5), bump(10), tally)

def make_counter(begin):
    count = begin
    def step(by=1):
        nichtlokal count
        count += by
        rückgabe count
    rückgabe step

counter_a = make_counter(10)
counter_b = make_counter(100)
ausgeben(counter_a(), counter_a(), counter_b(5), counter_a(), counter_b())

def make_adders():
    def build(inc):
        rückgabe lambda val: val + inc
    rückgabe [build(inc) für inc in bereich(3)]

def make_late():
    rückgabe [lambda val: val + inc für inc in bereich(3)]

ausgeben([adder(10) für adder in make_adders()], [adder(10) für adder in make_late()])
label = "outside"

def shadow():
    label = "inside"
    rückgabe label

def reader():
    rückgabe label

ausgeben(shadow(), reader(), label)

def outer():
    depth = 1
    def middle():
        depth = 2
        def inner():
            nichtlokal depth
            depth += 10
            rückgabe depth
        rückgabe inner(), depth
    rückgabe middle(), depth

ausgeben(outer())

def memo_fib():
    cache = {}
    def fib(num):
        wenn num nicht in cache:
            cache[num] = num wenn num < 2 sonst fib(num - 1) + fib(num - 2)
        rückgabe cache[num]
    rückgabe fib

fast = memo_fib()
ausgeben(fast(90), fast(100))
