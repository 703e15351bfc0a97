data = [4, 8, 15, 16, 23, 42]
si (size := longueur(data)) > 5:
    afficher("size", size)
pos = 0
tantque (val := data[pos]) < 16:
    afficher("val", val)
    pos += 1
afficher("stopped at", val, pos)
afficher([half pour num dans data si (half := num // 2) > 5])
afficher((big := maximum(data)) * 2, big)

déf double(num):
    retour num * 2

déf total(items):
    retour somme(items)

afficher(5 |> double, 5 |> double |> double, data |> total, data |> longueur |> chaine)
afficher([1, 2, 3] |> trier, "abc" |> liste, -7 |> valeurabsolue)
result = data |> total |> double
afficher(result)
