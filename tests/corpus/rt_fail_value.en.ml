tokens = ["12", "-7", "0x10", "8"]
acc = 0
for tok in tokens:
    acc += int(tok)
    print(tok, acc)
print("unreachable")
