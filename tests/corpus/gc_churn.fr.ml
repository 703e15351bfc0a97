# Alloue environ 1 Go de chaînes et de listes éphémères ; la limite du tas est de 64 Mo,
# donc ce programme ne termine que si le ramasse-miettes récupère la mémoire.
soit total = 0
pour chaque étape dans intervalle(100000):
    morceau = "ab" * 5000
    parties = [étape, étape + 1, morceau]
    total += longueur(morceau) + longueur(parties)
afficher(total)
