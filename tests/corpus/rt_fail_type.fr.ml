parts = ["a", "b", 3]
joined = ""
pour part dans parts:
    afficher("adding", part)
    joined = joined + part
    afficher(joined)
afficher("unreachable")
