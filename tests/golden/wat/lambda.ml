square = lambda value: value * value
words = ["bb", "a", "ccc"]
print(square(4), sorted(words, key=lambda word: len(word)), sum(x * x for x in range(4)))
