def estimate_pi(samples, seed):
    inside = 0
    for index in range(samples):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x_coord = seed / 2147483648.0
        seed = (seed * 1103515245 + 12345) % 2147483648
        y_coord = seed / 2147483648.0
        if x_coord * x_coord + y_coord * y_coord <= 1.0:
            inside += 1
    return inside

samples = 1000000
inside = estimate_pi(samples, 2024)
print(inside, f"{4.0 * inside / samples:.6f}")
