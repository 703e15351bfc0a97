numbers = [5, 3, 8]
numbers.append(1)
numbers.insert(0, 9)
اطبع(numbers, طول(numbers))
اطبع(numbers.pop(), numbers.pop(0), numbers)
numbers.extend([7, 7])
اطبع(numbers, numbers.index(8), numbers.count(7))
numbers.remove(7)
اطبع(numbers)
numbers.reverse()
اطبع(numbers)
numbers.sort()
اطبع(numbers, numbers[1:3], numbers[::-1], numbers[-2:])
numbers[0] = 100
numbers[1:3] = [0, 0, 0]
اطبع(numbers)
احذف numbers[0]
اطبع(numbers, مجموع(numbers), أدنى(numbers), أقصى(numbers))
grid = [[0] * 3 لكل row في مدى(2)]
grid[1][2] = 5
اطبع(grid)
اطبع([1, 2] + [3], [0] * 4, [] == [], [1, [2, [3]]])
mixed = [1, "two", 3.0, لاشيء, صحيح]
اطبع(mixed, mixed[1])
copy = numbers[:]
copy.clear()
اطبع(copy, numbers)
اطبع([1, 2] == [1, 2], [1, 2] < [1, 3], 3 في [1, 2, 3], 4 ليس في [1, 2, 3])
اطبع(قائمة(مدى(4)), قائمة("abc"), مرتب([3, 1, 2]))
