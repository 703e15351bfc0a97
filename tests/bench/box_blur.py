def make_image(width, height):
    pixels = [0] * (width * height)
    seed = 12345
    for index in range(width * height):
        seed = (seed * 1103515245 + 12345) % 2147483648
        pixels[index] = seed // 65536 % 256
    return pixels

def blur(pixels, width, height):
    result = [0] * (width * height)
    for row in range(height):
        for column in range(width):
            total = 0
            for delta_row in range(-1, 2):
                source_row = min(max(row + delta_row, 0), height - 1)
                base = source_row * width
                for delta_column in range(-1, 2):
                    source_column = min(max(column + delta_column, 0), width - 1)
                    total += pixels[base + source_column]
            result[row * width + column] = total // 9
    return result

width = 512
height = 512
image = blur(make_image(width, height), width, height)
checksum = 0
for value in image:
    checksum = (checksum * 31 + value) % 1000000007
print(checksum, image[0], image[width * height // 2 + 7], sum(image))
