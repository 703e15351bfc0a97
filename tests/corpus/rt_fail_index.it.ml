values = [3, 1, 4, 1, 5]
total = 0
per pos in intervallo(6):
    total += values[pos]
    stampa(pos, total)
stampa("unreachable")
