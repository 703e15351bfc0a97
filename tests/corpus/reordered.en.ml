numbers = [3, 1, 2]
total = 0
for number in numbers:
    total += number
print(total)
count = 3
while count > 0:
    count -= 1
print(count)
flag = total > 5
if flag:
    print("OK")
