val = 10.0
dla step w zakres(12):
    val = val ** 2
    drukuj(step, val)
drukuj("unreachable")
