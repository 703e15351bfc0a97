def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

counter = make_counter()
counter()
counter()
print(counter())
other = make_counter()
print(other(), counter())

def make_adder(amount):
    def add(value):
        return value + amount
    return add

add_five = make_adder(5)
print(add_five(10), make_adder(-1)(1))
adders = [make_adder(step) for step in range(3)]
print([adder(10) for adder in adders])
square = lambda value: value * value
print(square(7), (lambda left, right: left - right)(9, 4))
def compose(outer, inner):
    return lambda value: outer(inner(value))
print(compose(square, add_five)(1))
