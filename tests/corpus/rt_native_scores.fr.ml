notes = [72, 85, 90, 66, 85, 58]
somme_notes = somme(notes)
moyenne = somme_notes / longueur(notes)
afficher("Σ", somme_notes, "μ", moyenne)
meilleure = maximum(notes)
afficher("max", meilleure, notes.index(meilleure), notes.count(meilleure))
mentions = {}
pour note dans notes:
    si note >= 85:
        mention = "A"
    sinon si note >= 70:
        mention = "B"
    sinon:
        mention = "C"
    mentions[mention] = mentions.get(mention, 0) + 1
afficher(mentions)
au_dessus = [note - 70 pour note dans notes si note > 70]
afficher(au_dessus, trier(notes, reverse=Vrai)[:3])
afficher(f"{moyenne:.2f}", arrondir(moyenne), moyenne > 75, somme_notes // 7, somme_notes % 7)

déf etendue(valeurs):
    retour maximum(valeurs) - minimum(valeurs)

afficher(etendue(notes), etendue([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
