numbers = [5, 3, 8]
numbers.append(1)
numbers.insert(0, 9)
ausgeben(numbers, laenge(numbers))
ausgeben(numbers.pop(), numbers.pop(0), numbers)
numbers.extend([7, 7])
ausgeben(numbers, numbers.index(8), numbers.count(7))
numbers.remove(7)
ausgeben(numbers)
numbers.reverse()
ausgeben(numbers)
numbers.sort()
ausgeben(numbers, numbers[1:3], numbers[::-1], numbers[-2:])
numbers[0] = 100
numbers[1:3] = [0, 0, 0]
ausgeben(numbers)
loschen numbers[0]
ausgeben(numbers, summe(numbers), minimum(numbers), maximum(numbers))
grid = [[0] * 3 für row in bereich(2)]
grid[1][2] = 5
ausgeben(grid)
ausgeben([1, 2] + [3], [0] * 4, [] == [], [1, [2, [3]]])
mixed = [1, "two", 3.0, Nichts, Wahr]
ausgeben(mixed, mixed[1])
copy = numbers[:]
copy.clear()
ausgeben(copy, numbers)
ausgeben([1, 2] == [1, 2], [1, 2] < [1, 3], 3 in [1, 2, 3], 4 nicht in [1, 2, 3])
ausgeben(liste(bereich(4)), liste("abc"), sortiert([3, 1, 2]))
