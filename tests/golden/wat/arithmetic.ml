x = 40
y = x + 2 - 1
print(x * y, x < y, -x)
