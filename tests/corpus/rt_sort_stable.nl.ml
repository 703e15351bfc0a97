people = [("bob", 25), ("amy", 31), ("cal", 25), ("dan", 19), ("eve", 31), ("fay", 25)]
afdrukken(gesorteerd(people))
afdrukken(gesorteerd(people, key=lambda rec: rec[1]))
afdrukken(gesorteerd(people, key=lambda rec: rec[1], reverse=Waar))
afdrukken(gesorteerd(people, key=lambda rec: (-rec[1], rec[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
afdrukken(gesorteerd(words))
afdrukken(gesorteerd(words, key=tekenreeks.lower))
afdrukken(gesorteerd(words, key=lengte))
afdrukken(gesorteerd(words, key=lengte, reverse=Waar))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
afdrukken(nums)
nums.sort(reverse=Waar)
afdrukken(nums)
nums.sort(key=absoluut)
afdrukken(nums)
afdrukken(gesorteerd(nums, key=lambda val: val % 3), gesorteerd("hello"), gesorteerd((3, 1, 2)))
afdrukken(minimum(words, key=lengte), maximum(words, key=lengte), maximum(people, key=lambda rec: rec[1]))
afdrukken(minimum(nums), maximum(nums), maximum(3, 7, 5), minimum("zebra"))
scores = {"bob": 3, "amy": 5, "cal": 3}
afdrukken(gesorteerd(scores), gesorteerd(scores.items(), key=lambda kv: kv[1]), gesorteerd(scores, key=scores.get))
afdrukken(lijst(omgekeerd(nums)), gesorteerd([[2, 1], [1, 9], [1, 2]]), gesorteerd([0.5, -2, 1]))
probeer:
    gesorteerd([1, "a", 2])
behalve TypeError zoals err:
    afdrukken("TypeError:", err)
