base = liste(intervalle(10))
afficher(base[2:8:2], base[::-3], base[-3:], base[8:2:-2], base[::])
work = base[:]
work[2:5] = ["a", "b"]
afficher(work)
work[1:1] = [100, 200, 300]
afficher(work)
work[:3] = []
afficher(work)
work[::2] = [0] * longueur(work[::2])
afficher(work)
work[-2:] = "xy"
afficher(work)
supprimer work[::3]
afficher(work)
supprimer work[1:3]
afficher(work)
supprimer work[0]
afficher(work)
essayer:
    work[::2] = [1]
sauf ValueError comme err:
    afficher("ValueError:", err)
letters = liste("abcdefg")
letters[1:6:2] = ["B", "D", "F"]
afficher(letters, "".join(letters[::-1]))
span = tranche(1, 5, 2)
afficher(letters[span], base[span], span.stop, span.step)
pair = (1, 2, 3, 4, 5)
afficher(pair[1:4], pair[::-1], pair[:0], type_de(pair[1:2]).__name__)
