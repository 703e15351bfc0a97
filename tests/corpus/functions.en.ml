def greet(name, punctuation="!"):
    return "Hi " + name + punctuation

def area(width, height):
    return width * height

def nothing():
    pass

print(greet("Ada"))
print(greet("Bob", "?"))
print(greet(punctuation=".", name="Cy"))
print(area(3, 4), area(2.5, 2))
print(nothing())

def apply_twice(function, value):
    return function(function(value))

def double(value):
    return value * 2

print(apply_twice(double, 5))
