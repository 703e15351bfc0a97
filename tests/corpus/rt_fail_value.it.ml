tokens = ["12", "-7", "0x10", "8"]
acc = 0
per tok in tokens:
    acc += intero(tok)
    stampa(tok, acc)
stampa("unreachable")
