வரையறு make_counter():
    count = 0
    வரையறு increment():
        உள்ளூரல்லாத count
        count += 1
        திருப்பு count
    திருப்பு increment

counter = make_counter()
counter()
counter()
அச்சிடு(counter())
other = make_counter()
அச்சிடு(other(), counter())

வரையறு make_adder(amount):
    வரையறு add(value):
        திருப்பு value + amount
    திருப்பு add

add_five = make_adder(5)
அச்சிடு(add_five(10), make_adder(-1)(1))
adders = [make_adder(step) ஒவ்வொரு step இல் range(3)]
அச்சிடு([adder(10) ஒவ்வொரு adder இல் adders])
square = லாம்டா value: value * value
அச்சிடு(square(7), (லாம்டா left, right: left - right)(9, 4))
வரையறு compose(outer, inner):
    திருப்பு லாம்டா value: outer(inner(value))
அச்சிடு(compose(square, add_five)(1))
