name = syote()
count = kokonaisluku(syote())
total = 0
jokaiselle index sisalla vali(count):
    total += kokonaisluku(syote())
tulosta("name:", name)
tulosta("sum:", total)
line = syote()
tulosta(line.upper())
