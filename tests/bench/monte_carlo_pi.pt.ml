defina estimate_pi(samples, seed):
    inside = 0
    para index em intervalo(samples):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x_coord = seed / 2147483648.0
        seed = (seed * 1103515245 + 12345) % 2147483648
        y_coord = seed / 2147483648.0
        se x_coord * x_coord + y_coord * y_coord <= 1.0:
            inside += 1
    retorne inside

samples = 1000000
inside = estimate_pi(samples, 2024)
imprima(inside, f"{4.0 * inside / samples:.6f}")
