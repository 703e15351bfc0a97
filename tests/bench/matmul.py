def make_matrix(size, salt):
    matrix = []
    for row in range(size):
        line = []
        for column in range(size):
            line.append(((row * 31 + column * 17 + salt) % 101) / 101.0)
        matrix.append(line)
    return matrix

def multiply(left, right, size):
    result = []
    for row in range(size):
        left_row = left[row]
        line = [0.0] * size
        for inner in range(size):
            factor = left_row[inner]
            right_row = right[inner]
            for column in range(size):
                line[column] += factor * right_row[column]
        result.append(line)
    return result

size = 200
product = multiply(make_matrix(size, 3), make_matrix(size, 7), size)
diagonal_sum = 0.0
for index in range(size):
    diagonal_sum += product[index][index]
corner = product[size - 1][0]
print(f"{diagonal_sum:.6f}")
print(f"{corner:.6f}")
