def estimate(samples, seed):
    inside = 0
    for index in range(samples):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed / 2147483648.0
        if x * x <= 0.25:
            inside += 1
    return inside

print(estimate(1000, 7))
print("done", f"{1 + 2}")
