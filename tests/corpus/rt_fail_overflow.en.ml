val = 10.0
for step in range(12):
    val = val ** 2
    print(step, val)
print("unreachable")
