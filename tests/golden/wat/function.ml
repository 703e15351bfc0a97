def add(a, b=1):
    return a + b

print(add(2), add(2, b=5))
