对于 index 里 范围(5):
    打印(index, end=" ")
打印()
对于 index 里 范围(2, 12, 3):
    打印(index, end=" ")
打印()
对于 index 里 范围(10, 0, -2):
    打印(index, end=" ")
打印()
total = 0
对于 index 里 范围(1, 101):
    total += index
打印("total", total)
对于 row 里 范围(1, 4):
    line = ""
    对于 column 里 范围(1, 4):
        line += 字符串(row * column) + " "
    打印(line)
对于 index 里 范围(3):
    如果 index == 5:
        终止
否则:
    打印("no break")
