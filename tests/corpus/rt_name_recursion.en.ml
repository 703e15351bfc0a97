counter = 5
print(counter)
del counter
try:
    print(counter)
except NameError as err:
    print("NameError:", err)
counter = 7
print(counter)

def descend(depth):
    return descend(depth + 1)

try:
    descend(0)
except RecursionError as err:
    print("RecursionError:", err)

def countdown(num):
    if num == 0:
        return 0
    return 1 + countdown(num - 1)

print(countdown(500))
try:
    raise ValueError("custom message")
except ValueError as err:
    print("caught", err)
finally:
    print("cleanup")
try:
    raise KeyError("k")
except LookupError as err:
    print("LookupError catches KeyError", repr(err))
try:
    assert 1 + 1 == 3, "bad sum"
except AssertionError as err:
    print("AssertionError:", err)
