tally = 0

definisci bump(amount):
    globale tally
    tally += amount
    ritorna tally

stampa(bump(5), bump(10), tally)

definisci make_counter(begin):
    count = begin
    definisci step(by=1):
        nonlocale count
        count += by
        ritorna count
    ritorna step

counter_a = make_counter(10)
counter_b = make_counter(100)
stampa(counter_a(), counter_a(), counter_b(5), counter_a(), counter_b())

definisci make_adders():
    definisci build(inc):
        ritorna lambda val: val + inc
    ritorna [build(inc) per inc in intervallo(3)]

definisci make_late():
    ritorna [lambda val: val + inc per inc in intervallo(3)]

stampa([adder(10) per adder in make_adders()], [adder(10) per adder in make_late()])
label = "outside"

definisci shadow():
    label = "inside"
    ritorna label

definisci reader():
    ritorna label

stampa(shadow(), reader(), label)

definisci outer():
    depth = 1
    definisci middle():
        depth = 2
        definisci inner():
            nonlocale depth
            depth += 10
            ritorna depth
        ritorna inner(), depth
    ritorna middle(), depth

stampa(outer())

definisci memo_fib():
    cache = {}
    definisci fib(num):
        se num non in cache:
            cache[num] = num se num < 2 altrimenti fib(num - 1) + fib(num - 2)
        ritorna cache[num]
    ritorna fib

fast = memo_fib()
stampa(fast(90), fast(100))
