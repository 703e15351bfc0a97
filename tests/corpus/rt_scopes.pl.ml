tally = 0

funkcja bump(amount):
    globalne tally
    tally += amount
    zwroc tally

drukuj(bump(5), bump(10), tally)

funkcja make_counter(begin):
    count = begin
    funkcja step(by=1):
        nielokalne count
        count += by
        zwroc count
    zwroc step

counter_a = make_counter(10)
counter_b = make_counter(100)
drukuj(counter_a(), counter_a(), counter_b(5), counter_a(), counter_b())

funkcja make_adders():
    funkcja build(inc):
        zwroc lambda val: val + inc
    zwroc [build(inc) dla inc w zakres(3)]

funkcja make_late():
    zwroc [lambda val: val + inc dla inc w zakres(3)]

drukuj([adder(10) dla adder w make_adders()], [adder(10) dla adder w make_late()])
label = "outside"

funkcja shadow():
    label = "inside"
    zwroc label

funkcja reader():
    zwroc label

drukuj(shadow(), reader(), label)

funkcja outer():
    depth = 1
    funkcja middle():
        depth = 2
        funkcja inner():
            nielokalne depth
            depth += 10
            zwroc depth
        zwroc inner(), depth
    zwroc middle(), depth

drukuj(outer())

funkcja memo_fib():
    cache = {}
    funkcja fib(num):
        jesli num nie w cache:
            cache[num] = num jesli num < 2 inaczej fib(num - 1) + fib(num - 2)
        zwroc cache[num]
    zwroc fib

fast = memo_fib()
drukuj(fast(90), fast(100))
