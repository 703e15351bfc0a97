numbers = [5, 3, 8]
numbers.append(1)
numbers.insert(0, 9)
छापो(numbers, len(numbers))
छापो(numbers.pop(), numbers.pop(0), numbers)
numbers.extend([7, 7])
छापो(numbers, numbers.index(8), numbers.count(7))
numbers.remove(7)
छापो(numbers)
numbers.reverse()
छापो(numbers)
numbers.sort()
छापो(numbers, numbers[1:3], numbers[::-1], numbers[-2:])
numbers[0] = 100
numbers[1:3] = [0, 0, 0]
छापो(numbers)
हटाओ numbers[0]
छापो(numbers, sum(numbers), min(numbers), max(numbers))
grid = [[0] * 3 के_लिए row में range(2)]
grid[1][2] = 5
छापो(grid)
छापो([1, 2] + [3], [0] * 4, [] == [], [1, [2, [3]]])
mixed = [1, "two", 3.0, कुछनहीं, सत्य]
छापो(mixed, mixed[1])
copy = numbers[:]
copy.clear()
छापो(copy, numbers)
छापो([1, 2] == [1, 2], [1, 2] < [1, 3], 3 में [1, 2, 3], 4 नहीं में [1, 2, 3])
छापो(सूची(range(4)), सूची("abc"), sorted([3, 1, 2]))
