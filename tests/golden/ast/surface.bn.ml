# উল্টো ক্রমের বিবৃতি: ITERABLE মধ্যে X জন্য:, COND যদি:, COND যতক্ষণ:, EXPR সাথে:
numbers = [3, 1, 2]
total = 0
numbers মধ্যে n জন্য:
    n > 1 যদি:
        total += n
    নাহলে:
        total -= 1
    total > 10 যতক্ষণ:
        total -= 10
total > 0 যদি:
    range(2) মধ্যে m জন্য:
        ছাপাও(m, total)
open("data.txt") সাথে:
    ছাড়ো
ছাপাও(total)
