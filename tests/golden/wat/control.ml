n = 0
while n < 10:
    n += 1
    if n == 3:
        continue
    elif n > 7:
        break
for i in range(3):
    print(i)
