nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(100, 6)
nums.insert(-1, 4)
ছাপাও(nums, দৈর্ঘ্য(nums))
ছাপাও(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
ছাপাও(nums, nums.index(9), nums.count(3), 3 মধ্যে nums)
nums.reverse()
ছাপাও(nums, nums[::-1], nums[1:-1])
copy = nums.copy()
copy[0] = 100
alias = nums
alias.append(0)
ছাপাও(nums, copy, alias হলো nums, copy হলো nums, copy == nums)
grid = [[0] * 3 জন্য row মধ্যে পরিসর(2)]
grid[0][1] = 5
shared = [[0] * 2] * 2
shared[0][0] = 9
ছাপাও(grid, shared)
ছাপাও([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2, 3]] == [1, [2, 3]])
ছাপাও([1, 2] + [3], [0] * 4, [[]] * 2, তালিকা(পরিসর(3)) * 2)
nums.clear()
ছাপাও(nums, দৈর্ঘ্য(nums), বুলিয়ান(nums), বুলিয়ান([0]))
mixed = [1, "two", 3.0, কিছুনা, সত্য, [4, (5, 6)], {"k": [7]}]
ছাপাও(mixed)
ছাপাও(পাঠ্য(mixed) == উপস্থাপনা(mixed), দৈর্ঘ্য(mixed[5]), mixed[5][1][0], mixed[-1]["k"][-1])
nested = [1, 2]
nested.append(nested)
ছাপাও(nested)
