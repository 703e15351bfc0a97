people = [("bob", 25), ("amy", 31), ("cal", 25), ("dan", 19), ("eve", 31), ("fay", 25)]
ছাপাও(সাজানো(people))
ছাপাও(সাজানো(people, key=ল্যাম্বডা rec: rec[1]))
ছাপাও(সাজানো(people, key=ল্যাম্বডা rec: rec[1], reverse=সত্য))
ছাপাও(সাজানো(people, key=ল্যাম্বডা rec: (-rec[1], rec[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
ছাপাও(সাজানো(words))
ছাপাও(সাজানো(words, key=পাঠ্য.lower))
ছাপাও(সাজানো(words, key=দৈর্ঘ্য))
ছাপাও(সাজানো(words, key=দৈর্ঘ্য, reverse=সত্য))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
ছাপাও(nums)
nums.sort(reverse=সত্য)
ছাপাও(nums)
nums.sort(key=পরম)
ছাপাও(nums)
ছাপাও(সাজানো(nums, key=ল্যাম্বডা val: val % 3), সাজানো("hello"), সাজানো((3, 1, 2)))
ছাপাও(সর্বনিম্ন(words, key=দৈর্ঘ্য), সর্বোচ্চ(words, key=দৈর্ঘ্য), সর্বোচ্চ(people, key=ল্যাম্বডা rec: rec[1]))
ছাপাও(সর্বনিম্ন(nums), সর্বোচ্চ(nums), সর্বোচ্চ(3, 7, 5), সর্বনিম্ন("zebra"))
scores = {"bob": 3, "amy": 5, "cal": 3}
ছাপাও(সাজানো(scores), সাজানো(scores.items(), key=ল্যাম্বডা kv: kv[1]), সাজানো(scores, key=scores.get))
ছাপাও(তালিকা(উল্টানো(nums)), সাজানো([[2, 1], [1, 9], [1, 2]]), সাজানো([0.5, -2, 1]))
চেষ্টা:
    সাজানো([1, "a", 2])
ব্যতিক্রম TypeError হিসাবে err:
    ছাপাও("TypeError:", err)
