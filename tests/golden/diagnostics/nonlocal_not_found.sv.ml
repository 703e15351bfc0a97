# ickelokal (nonlocal) needs a binding in an enclosing function, not in the module.
summa = 0

definiera yttre():
    antal = 0
    definiera inre():
        ickelokal antal
        ickelokal summa
        antal = antal + 1
        retur antal
    retur inre

skriv(yttre()())
