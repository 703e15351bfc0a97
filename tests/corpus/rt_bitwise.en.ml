print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 255, -256 & 255, -1 ^ -1, -5 | -3)
print(1 << 10, 1 << 100, 255 >> 4, -255 >> 4, -1 >> 100)
print((1 << 64) - 1, ((1 << 64) - 1) >> 63, (2 ** 100) & (2 ** 100 - 1))
print(-(2 ** 70) >> 3, (2 ** 70) ^ (2 ** 69))
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, bin(mask))
mask &= ~8
print(mask, bin(mask))
mask ^= 0b1111
print(mask, bin(mask))
mask <<= 3
print(mask)
mask >>= 2
print(mask)
print(True + True, True * 10, False - 1, True / 2, True // 2)
print(True & False, True | False, True ^ True, -True)
print(sum([True, True, False, True]), int(True), bool(0), bool(-3))
print(None is None, None == 0, bool(None), str(None))
print(True == 1, False == 0, 1 == 1.0)
