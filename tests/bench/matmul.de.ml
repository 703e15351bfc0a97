def make_matrix(size, salt):
    matrix = []
    für row in bereich(size):
        line = []
        für column in bereich(size):
            line.append(((row * 31 + column * 17 + salt) % 101) / 101.0)
        matrix.append(line)
    rückgabe matrix

def multiply(left, right, size):
    result = []
    für row in bereich(size):
        left_row = left[row]
        line = [0.0] * size
        für inner in bereich(size):
            factor = left_row[inner]
            right_row = right[inner]
            für column in bereich(size):
                line[column] += factor * right_row[column]
        result.append(line)
    rückgabe result

size = 200
product = multiply(make_matrix(size, 3), make_matrix(size, 7), size)
diagonal_sum = 0.0
für index in bereich(size):
    diagonal_sum += product[index][index]
corner = product[size - 1][0]
ausgeben(f"{diagonal_sum:.6f}")
ausgeben(f"{corner:.6f}")
