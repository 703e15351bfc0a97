left = 17
right = 5
print(left + right, left - right, left * right)
print(left // right, left % right, left ** 2)
print(-left // right, -left % right, left // -right, left % -right)
print(7 // 7, 0 * 99, -0)
print(2 ** 10, 3 ** 0, (-2) ** 3)
print(abs(-12), abs(12))
print(1 + 2 * 3 - 4, (1 + 2) * (3 - 4))
print(100 // 7 * 7 + 100 % 7)
print(pow(3, 4), pow(2, 10, 1000))
print(max(3, 9, 2), min(3, 9, 2))
print(int("123") + 1, int(-3.9), int(3.9))
