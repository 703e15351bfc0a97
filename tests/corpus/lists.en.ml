numbers = [5, 3, 8]
numbers.append(1)
numbers.insert(0, 9)
print(numbers, len(numbers))
print(numbers.pop(), numbers.pop(0), numbers)
numbers.extend([7, 7])
print(numbers, numbers.index(8), numbers.count(7))
numbers.remove(7)
print(numbers)
numbers.reverse()
print(numbers)
numbers.sort()
print(numbers, numbers[1:3], numbers[::-1], numbers[-2:])
numbers[0] = 100
numbers[1:3] = [0, 0, 0]
print(numbers)
del numbers[0]
print(numbers, sum(numbers), min(numbers), max(numbers))
grid = [[0] * 3 for row in range(2)]
grid[1][2] = 5
print(grid)
print([1, 2] + [3], [0] * 4, [] == [], [1, [2, [3]]])
mixed = [1, "two", 3.0, None, True]
print(mixed, mixed[1])
copy = numbers[:]
copy.clear()
print(copy, numbers)
print([1, 2] == [1, 2], [1, 2] < [1, 3], 3 in [1, 2, 3], 4 not in [1, 2, 3])
print(list(range(4)), list("abc"), sorted([3, 1, 2]))
