values = [3, 1, 4, 1, 5]
total = 0
for pos in range(6):
    total += values[pos]
    print(pos, total)
print("unreachable")
