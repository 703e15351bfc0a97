tally = 0

সংজ্ঞা bump(amount):
    বিশ্বব্যাপী tally
    tally += amount
    ফেরত tally

ছাপাও(bump(5), bump(10), tally)

সংজ্ঞা make_counter(begin):
    count = begin
    সংজ্ঞা step(by=1):
        অস্থানীয় count
        count += by
        ফেরত count
    ফেরত step

counter_a = make_counter(10)
counter_b = make_counter(100)
ছাপাও(counter_a(), counter_a(), counter_b(5), counter_a(), counter_b())

সংজ্ঞা make_adders():
    সংজ্ঞা build(inc):
        ফেরত ল্যাম্বডা val: val + inc
    ফেরত [build(inc) জন্য inc মধ্যে পরিসর(3)]

সংজ্ঞা make_late():
    ফেরত [ল্যাম্বডা val: val + inc জন্য inc মধ্যে পরিসর(3)]

ছাপাও([adder(10) জন্য adder মধ্যে make_adders()], [adder(10) জন্য adder মধ্যে make_late()])
label = "outside"

সংজ্ঞা shadow():
    label = "inside"
    ফেরত label

সংজ্ঞা reader():
    ফেরত label

ছাপাও(shadow(), reader(), label)

সংজ্ঞা outer():
    depth = 1
    সংজ্ঞা middle():
        depth = 2
        সংজ্ঞা inner():
            অস্থানীয় depth
            depth += 10
            ফেরত depth
        ফেরত inner(), depth
    ফেরত middle(), depth

ছাপাও(outer())

সংজ্ঞা memo_fib():
    cache = {}
    সংজ্ঞা fib(num):
        যদি num না মধ্যে cache:
            cache[num] = num যদি num < 2 নাহলে fib(num - 1) + fib(num - 2)
        ফেরত cache[num]
    ফেরত fib

fast = memo_fib()
ছাপাও(fast(90), fast(100))
