# 語順を入れ替えた文（ITERABLE 内の 各 X に対して:、COND もし:、COND 間:、EXPR 付き:）。
numbers = [3, 1, 2]
total = 0
numbers 内の 各 n に対して:
    n > 1 もし:
        total += n
    でなければ:
        total -= 1
    total > 10 間:
        total -= 10
total > 0 もし:
    range(2) 内の 各 m に対して:
        表示(m, total)
open("data.txt") 付き:
    パス
表示(total)
