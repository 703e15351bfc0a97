nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 6)
nums.insert(-1, 4)
imprimir(nums, longitud(nums))
imprimir(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
imprimir(nums, nums.index(9), nums.count(3), 3 en nums)
nums.reverse()
imprimir(nums, nums[::-1], nums[1:-1])
copy = nums.copy()
copy[0] = 100
alias = nums
alias.append(0)
imprimir(nums, copy, alias es nums, copy es nums, copy == nums)
grid = [[0] * 3 para row en rango(2)]
grid[0][1] = 5
shared = [[0] * 2] * 2
shared[0][0] = 9
imprimir(grid, shared)
imprimir([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2, 3]] == [1, [2, 3]])
imprimir([1, 2] + [3], [0] * 4, [[]] * 2, lista(rango(3)) * 2)
nums.clear()
imprimir(nums, longitud(nums), booleano(nums), booleano([0]))
mixed = [1, "two", 3.0, Nada, Verdadero, [4, (5, 6)], {"k": [7]}]
imprimir(mixed)
imprimir(cadena(mixed) == representacion(mixed), longitud(mixed[5]), mixed[5][1][0], mixed[-1]["k"][-1])
nested = [1, 2]
nested.append(nested)
imprimir(nested)
