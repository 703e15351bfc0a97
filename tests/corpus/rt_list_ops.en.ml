nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 6)
nums.insert(-1, 4)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3), 3 in nums)
nums.reverse()
print(nums, nums[::-1], nums[1:-1])
copy = nums.copy()
copy[0] = 100
alias = nums
alias.append(0)
print(nums, copy, alias is nums, copy is nums, copy == nums)
grid = [[0] * 3 for row in range(2)]
grid[0][1] = 5
shared = [[0] * 2] * 2
shared[0][0] = 9
print(grid, shared)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2, 3]] == [1, [2, 3]])
print([1, 2] + [3], [0] * 4, [[]] * 2, list(range(3)) * 2)
nums.clear()
print(nums, len(nums), bool(nums), bool([0]))
mixed = [1, "two", 3.0, None, True, [4, (5, 6)], {"k": [7]}]
print(mixed)
print(str(mixed) == repr(mixed), len(mixed[5]), mixed[5][1][0], mixed[-1]["k"][-1])
nested = [1, 2]
nested.append(nested)
print(nested)
