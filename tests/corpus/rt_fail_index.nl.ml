values = [3, 1, 4, 1, 5]
total = 0
voor pos in bereik(6):
    total += values[pos]
    afdrukken(pos, total)
afdrukken("unreachable")
