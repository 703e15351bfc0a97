def scaled(items, factor):
    return (item * factor for item in items if item)

print(list(scaled([1, 0, 2], 3)))
