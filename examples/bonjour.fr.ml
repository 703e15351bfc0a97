# Un premier programme en français : salutations et une petite boucle.
soit nom = "le monde"
afficher(f"Bonjour, {nom} !")

déf carré(nombre):
    retour nombre * nombre

pour chaque valeur dans intervalle(1, 4):
    si valeur % 2 == 0:
        afficher(valeur, "est pair, son carré vaut", carré(valeur))
    sinon:
        afficher(valeur, "est impair, son carré vaut", carré(valeur))
