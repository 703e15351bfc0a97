সংজ্ঞা make_counter():
    count = 0
    সংজ্ঞা increment():
        অস্থানীয় count
        count += 1
        ফেরত count
    ফেরত increment

counter = make_counter()
counter()
counter()
ছাপাও(counter())
other = make_counter()
ছাপাও(other(), counter())

সংজ্ঞা make_adder(amount):
    সংজ্ঞা add(value):
        ফেরত value + amount
    ফেরত add

add_five = make_adder(5)
ছাপাও(add_five(10), make_adder(-1)(1))
adders = [make_adder(step) জন্য step মধ্যে range(3)]
ছাপাও([adder(10) জন্য adder মধ্যে adders])
square = ল্যাম্বডা value: value * value
ছাপাও(square(7), (ল্যাম্বডা left, right: left - right)(9, 4))
সংজ্ঞা compose(outer, inner):
    ফেরত ল্যাম্বডা value: outer(inner(value))
ছাপাও(compose(square, add_five)(1))
