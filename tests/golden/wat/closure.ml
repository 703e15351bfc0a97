def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

counter = make_counter()
print(counter(), counter(5))
