val = 10.0
for step i intervall(12):
    val = val ** 2
    skriv(step, val)
skriv("unreachable")
