number = 27
steps = 0
while number != 1:
    if number % 2 == 0:
        number = number // 2
    else:
        number = 3 * number + 1
    steps += 1
print("steps", steps)

counter = 0
while True:
    counter += 1
    if counter % 2 == 0:
        continue
    if counter > 9:
        break
    print(counter, end=" ")
print()

countdown = 3
while countdown > 0:
    print("countdown", countdown)
    countdown -= 1
else:
    print("done")
