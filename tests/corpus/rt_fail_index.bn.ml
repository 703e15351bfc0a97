values = [3, 1, 4, 1, 5]
total = 0
জন্য pos মধ্যে পরিসর(6):
    total += values[pos]
    ছাপাও(pos, total)
ছাপাও("unreachable")
