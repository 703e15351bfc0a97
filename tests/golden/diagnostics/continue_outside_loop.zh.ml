# 继续 (continue) outside a loop, and in the 否则 (else) clause of a loop.
对于 项 里 [1, 2]:
    如果 项 == 1:
        继续
    打印(项)
否则:
    继续

继续
