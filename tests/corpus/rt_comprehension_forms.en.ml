squares = [num * num for num in range(10)]
evens = [num for num in squares if num % 2 == 0]
print(squares, evens)
pairs = [(row, col) for row in range(3) for col in range(row)]
print(pairs)
matrix = [[row * 3 + col for col in range(3)] for row in range(3)]
print(matrix)
print([matrix[col][row] for row in range(3) for col in range(3)])
flat = [cell for line in matrix for cell in line if cell % 2 == 1 if cell > 2]
print(flat)
print([num if num % 3 else -num for num in range(7)])
lengths = {word: len(word) for word in ["ab", "cde", "f"]}
print(lengths)
inverse = {val: key for key, val in lengths.items()}
print(inverse)
print({num % 4 for num in range(20)}, {num * num for num in [-2, -1, 1, 2]})
gen = (num * 2 for num in range(5))
print(sum(gen), sum(gen))
print(sum(num for num in range(101)), max(len(word) for word in ["a", "abc", "ab"]))
print(any(num > 8 for num in squares), all(num >= 0 for num in squares), min(num % 7 for num in range(3, 9)))
print(any([]), all([]), sorted({3: "c", 1: "a"}), [char * 2 for char in "abc"])
print([[col for col in range(row)] for row in range(4)])
total = 0
found = [total := total + num for num in range(5)]
print(found, total)
print(list(zip(*matrix)), dict(zip("abc", range(3))))
