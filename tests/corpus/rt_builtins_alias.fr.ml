nums = liste(intervalle(1, 11))
afficher(longueur(nums), somme(nums), minimum(nums), maximum(nums), valeurabsolue(-5), valeurabsolue(-2.5))
afficher(trier([3, 1, 2], reverse=Vrai), liste(inversé(nums))[:3], liste(intervalle(10, 0, -3)))
pour idx, val dans énumérer(["a", "b"], 1):
    afficher(idx, val)
afficher(liste(fusionner([1, 2, 3], "xyz")), liste(appliquer(chaine, [1, 2])), liste(filtrer(Rien, [0, 1, "", "a"])))
afficher(liste(filtrer(lambda num: num % 4 == 0, nums)), liste(appliquer(lambda num: num * num, intervalle(4))))
afficher(un_quelconque([0, 0, 1]), tous([1, 1, 0]), arrondir(3.14159, 2), arrondir(7.5), puissance(2, 10), puissance(3, 4, 5))
afficher(divmod(47, 5), caractère(97), ordinal("b"), hexadécimal(4095), octal(64), binaire(10))
afficher(est_instance(5, entier), est_instance("a", chaine), est_instance(2.0, entier), est_instance(Vrai, entier))
afficher(type_de(5).__name__, type_de("").__name__, type_de([]).__name__, type_de({}).__name__, type_de(1.5).__name__)
afficher(entier("42") + 1, flottant("2.5") * 2, chaine(3) + "x", booléen(""), liste("hi"), dico(a=1))
afficher(ensemble([2, 2, 1]), nuplet([1, 2]), ensemble_gelé([1]), représentation("q"), formater(3.14159, ".2f"))
it = itérateur([10, 20, 30])
afficher(suivant(it), suivant(it), suivant(it), suivant(it, "end"))

classe Box:
    passer

box = Box()
définir_attribut(box, "size", 3)
afficher(a_attribut(box, "size"), obtenir_attribut(box, "size"), obtenir_attribut(box, "color", "none"), a_attribut(box, "color"))
afficher(somme([[1], [2, 3]], []), maximum("apple", "pear", key=longueur), minimum(4, 2, 8), somme(intervalle(5), 10))
afficher(trier(ensemble("hello")), longueur({"k": 1, "j": 2}), valeurabsolue(-0), arrondir(-2.5), arrondir(0.125, 2))
