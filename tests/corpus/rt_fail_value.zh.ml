tokens = ["12", "-7", "0x10", "8"]
acc = 0
对于 tok 里 tokens:
    acc += 整数(tok)
    打印(tok, acc)
打印("unreachable")
