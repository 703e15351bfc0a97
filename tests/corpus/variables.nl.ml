count = 10
count = count + 1
count += 5
count -= 2
count *= 3
afdrukken(count)
count //= 4
count %= 7
afdrukken(count)
first, second = 1, 2
first, second = second, first
afdrukken(first, second)
alpha = beta = 7
afdrukken(alpha, beta)
ratio = 10
ratio /= 4
afdrukken(ratio)
power = 3
power **= 3
afdrukken(power)
label = "ab"
label += "cd"
label *= 2
afdrukken(label)
