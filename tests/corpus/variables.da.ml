count = 10
count = count + 1
count += 5
count -= 2
count *= 3
skriv(count)
count //= 4
count %= 7
skriv(count)
first, second = 1, 2
first, second = second, first
skriv(first, second)
alpha = beta = 7
skriv(alpha, beta)
ratio = 10
ratio /= 4
skriv(ratio)
power = 3
power **= 3
skriv(power)
label = "ab"
label += "cd"
label *= 2
skriv(label)
