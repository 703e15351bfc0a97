دالة make_counter():
    count = 0
    دالة increment():
        غير_محلي count
        count += 1
        إرجاع count
    إرجاع increment

counter = make_counter()
counter()
counter()
اطبع(counter())
other = make_counter()
اطبع(other(), counter())

دالة make_adder(amount):
    دالة add(value):
        إرجاع value + amount
    إرجاع add

add_five = make_adder(5)
اطبع(add_five(10), make_adder(-1)(1))
adders = [make_adder(step) لكل step في مدى(3)]
اطبع([adder(10) لكل adder في adders])
square = لامدا value: value * value
اطبع(square(7), (لامدا left, right: left - right)(9, 4))
دالة compose(outer, inner):
    إرجاع لامدا value: outer(inner(value))
اطبع(compose(square, add_five)(1))
