people = [("bob", 25), ("amy", 31), ("cal", 25), ("dan", 19), ("eve", 31), ("fay", 25)]
print(sorted(people))
print(sorted(people, key=lambda rec: rec[1]))
print(sorted(people, key=lambda rec: rec[1], reverse=True))
print(sorted(people, key=lambda rec: (-rec[1], rec[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
print(sorted(nums, key=lambda val: val % 3), sorted("hello"), sorted((3, 1, 2)))
print(min(words, key=len), max(words, key=len), max(people, key=lambda rec: rec[1]))
print(min(nums), max(nums), max(3, 7, 5), min("zebra"))
scores = {"bob": 3, "amy": 5, "cal": 3}
print(sorted(scores), sorted(scores.items(), key=lambda kv: kv[1]), sorted(scores, key=scores.get))
print(list(reversed(nums)), sorted([[2, 1], [1, 9], [1, 2]]), sorted([0.5, -2, 1]))
try:
    sorted([1, "a", 2])
except TypeError as err:
    print("TypeError:", err)
