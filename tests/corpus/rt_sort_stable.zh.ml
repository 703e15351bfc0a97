people = [("bob", 25), ("amy", 31), ("cal", 25), ("dan", 19), ("eve", 31), ("fay", 25)]
打印(排序(people))
打印(排序(people, key=匿名 rec: rec[1]))
打印(排序(people, key=匿名 rec: rec[1], reverse=真))
打印(排序(people, key=匿名 rec: (-rec[1], rec[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
打印(排序(words))
打印(排序(words, key=字符串.lower))
打印(排序(words, key=长度))
打印(排序(words, key=长度, reverse=真))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
打印(nums)
nums.sort(reverse=真)
打印(nums)
nums.sort(key=绝对值)
打印(nums)
打印(排序(nums, key=匿名 val: val % 3), 排序("hello"), 排序((3, 1, 2)))
打印(最小值(words, key=长度), 最大值(words, key=长度), 最大值(people, key=匿名 rec: rec[1]))
打印(最小值(nums), 最大值(nums), 最大值(3, 7, 5), 最小值("zebra"))
scores = {"bob": 3, "amy": 5, "cal": 3}
打印(排序(scores), 排序(scores.items(), key=匿名 kv: kv[1]), 排序(scores, key=scores.get))
打印(列表(反转(nums)), 排序([[2, 1], [1, 9], [1, 2]]), 排序([0.5, -2, 1]))
尝试:
    排序([1, "a", 2])
除了 TypeError 作为 err:
    打印("TypeError:", err)
