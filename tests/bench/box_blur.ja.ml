関数 make_image(width, height):
    pixels = [0] * (width * height)
    seed = 12345
    毎 index 中 範囲(width * height):
        seed = (seed * 1103515245 + 12345) % 2147483648
        pixels[index] = seed // 65536 % 256
    戻る pixels

関数 blur(pixels, width, height):
    result = [0] * (width * height)
    毎 row 中 範囲(height):
        毎 column 中 範囲(width):
            total = 0
            毎 delta_row 中 範囲(-1, 2):
                source_row = 最小値(最大値(row + delta_row, 0), height - 1)
                base = source_row * width
                毎 delta_column 中 範囲(-1, 2):
                    source_column = 最小値(最大値(column + delta_column, 0), width - 1)
                    total += pixels[base + source_column]
            result[row * width + column] = total // 9
    戻る result

width = 512
height = 512
image = blur(make_image(width, height), width, height)
checksum = 0
毎 value 中 image:
    checksum = (checksum * 31 + value) % 1000000007
表示(checksum, image[0], image[width * height // 2 + 7], 合計(image))
