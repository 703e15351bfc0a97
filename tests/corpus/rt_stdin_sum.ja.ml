count = 整数(入力())
values = []
毎 idx 中 範囲(count):
    line = 入力()
    values.append(浮動小数(line) もし "." 中 line でなければ 整数(line))
表示(values, 合計(values), 最大値(values))
words = 入力().split()
表示(長さ(words), words[::-1], " ".join(word.capitalize() 毎 word 中 words))
rows = 0
chars = 0
間 真:
    試行:
        line = 入力()
    例外 EOFError:
        表示("eof after", rows, "rows", chars, "chars")
        中断
    rows += 1
    chars += 長さ(line)
    表示(rows, 表現(line), line.strip().isdigit())
