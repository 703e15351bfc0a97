nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 6)
nums.insert(-1, 4)
tulosta(nums, pituus(nums))
tulosta(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
tulosta(nums, nums.index(9), nums.count(3), 3 sisalla nums)
nums.reverse()
tulosta(nums, nums[::-1], nums[1:-1])
copy = nums.copy()
copy[0] = 100
alias = nums
alias.append(0)
tulosta(nums, copy, alias on nums, copy on nums, copy == nums)
grid = [[0] * 3 jokaiselle row sisalla vali(2)]
grid[0][1] = 5
shared = [[0] * 2] * 2
shared[0][0] = 9
tulosta(grid, shared)
tulosta([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2, 3]] == [1, [2, 3]])
tulosta([1, 2] + [3], [0] * 4, [[]] * 2, lista(vali(3)) * 2)
nums.clear()
tulosta(nums, pituus(nums), totuusarvo(nums), totuusarvo([0]))
mixed = [1, "two", 3.0, EiMitaan, Tosi, [4, (5, 6)], {"k": [7]}]
tulosta(mixed)
tulosta(merkkijono(mixed) == esitys(mixed), pituus(mixed[5]), mixed[5][1][0], mixed[-1]["k"][-1])
nested = [1, 2]
nested.append(nested)
tulosta(nested)
