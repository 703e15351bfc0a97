tokens = ["12", "-7", "0x10", "8"]
acc = 0
voor tok in tokens:
    acc += geheel(tok)
    afdrukken(tok, acc)
afdrukken("unreachable")
