count = 10
count = count + 1
count += 5
count -= 2
count *= 3
print(count)
count //= 4
count %= 7
print(count)
first, second = 1, 2
first, second = second, first
print(first, second)
alpha = beta = 7
print(alpha, beta)
ratio = 10
ratio /= 4
print(ratio)
power = 3
power **= 3
print(power)
label = "ab"
label += "cd"
label *= 2
print(label)
