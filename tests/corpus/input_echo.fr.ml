name = saisir()
count = entier(saisir())
total = 0
pour index dans intervalle(count):
    total += entier(saisir())
afficher("name:", name)
afficher("sum:", total)
line = saisir()
afficher(line.upper())
