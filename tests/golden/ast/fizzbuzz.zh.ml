# FizzBuzz：函数、否则如果、循环、f 字符串、推导式。
函数 fizzbuzz(n):
    如果 n % 15 == 0:
        返回 "FizzBuzz"
    否则如果 n % 3 == 0:
        返回 "Fizz"
    否则如果 n % 5 == 0:
        返回 "Buzz"
    否则:
        返回 字符串(n)


total = 0
对于 i 里 range(1, 16):
    word = fizzbuzz(i)
    如果 word != 字符串(i):
        total += 1
    打印(f"{i:>2}: {word}")
squares = [k * k 对于 k 里 range(10) 如果 k % 2 == 0]
打印(total, squares, sep=", ")
当 total > 0:
    total -= 4
否则:
    打印("done", total 不在 squares, total 是 空)
