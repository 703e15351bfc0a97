big = 2 ** 100
print(big, big - 1, -big)
fact = 1
for num in range(1, 51):
    fact *= num
print(fact)
print(len(str(fact)), fact % 1000000007)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(big, 10 ** 9))
print(pow(2, 100, 1000000007), pow(3, 200, 10 ** 9 + 9))
print(pow(2, -1), pow(-2, 3), (-2) ** 100)
print(int("ff", 16), int("777", 8), int("101010", 2), int("zz", 36))
print(int("0x1F", 16), int("-42"), int("  12  "), int("1_000"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5))
print(hex(big), bin(2 ** 70 + 1))
print(3 * 2.5, 7 / 2, 10 / 5, 2 ** -2, 1 + 2.0)
print(big * 1.0, big == 2.0 ** 100, 10 ** 20 + 0.5)
print(abs(-big), max(big, 3), min(-big, 0))
