print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
big = 1
for factor in range(1, 31):
    big *= factor
print(big)
print(big // 10 ** 20, big % 1000007)
print(-big // 7, -big % 7)
print(int("123456789012345678901234567890") * 3)
print(10 ** 30 + 1 > 10 ** 30, 10 ** 30 == 10 ** 30)
print(2 ** 62 + 2 ** 62, 9223372036854775807 + 1)
print(-9223372036854775808 - 1, abs(-(10 ** 25)))
print(str(7 ** 40), len(str(3 ** 200)))
print((10 ** 20) / 4, 12345678901234567890 % 97)
print(hex(2 ** 70), bin(37), oct(64))
