# Everything here is valid Python scoping: no diagnostics.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

class Shape:
    sides = 0
    def describe(self):
        return f"{self.__class__.__name__} with {self.sides} sides"

try:
    value = int("x")
except ValueError as error:
    message = str(error)
print(message, error if False else None)

with open(__file__) as handle:
    first_line = handle.readline()
print(first_line)

values = [y for x in range(5) if (y := x * 2) > 4]
print(values, y, is_even(10), make_counter()(), Shape().describe())
del values
