stock = {"apple": 3, "pear": 0}

definiera take(fruit):
    stock[fruit] -= 1
    retur stock[fruit]

skriv(take("apple"))
skriv(stock)
skriv(take("plum"))
skriv("unreachable")
