for index in range(5):
    print(index, end=" ")
print()
for index in range(2, 12, 3):
    print(index, end=" ")
print()
for index in range(10, 0, -2):
    print(index, end=" ")
print()
total = 0
for index in range(1, 101):
    total += index
print("total", total)
for row in range(1, 4):
    line = ""
    for column in range(1, 4):
        line += str(row * column) + " "
    print(line)
for index in range(3):
    if index == 5:
        break
else:
    print("no break")
