nums = liste(bereich(1, 11))
ausgeben(laenge(nums), summe(nums), minimum(nums), maximum(nums), absolut(-5), absolut(-2.5))
ausgeben(sortiert([3, 1, 2], reverse=Wahr), liste(umgekehrt(nums))[:3], liste(bereich(10, 0, -3)))
für idx, val in aufzaehlen(["a", "b"], 1):
    ausgeben(idx, val)
ausgeben(liste(zippen([1, 2, 3], "xyz")), liste(abbilden(zeichenkette, [1, 2])), liste(filtern(Nichts, [0, 1, "", "a"])))
ausgeben(liste(filtern(lambda num: num % 4 == 0, nums)), liste(abbilden(lambda num: num * num, bereich(4))))
ausgeben(irgendein([0, 0, 1]), alle([1, 1, 0]), runden(3.14159, 2), runden(7.5), potenz(2, 10), potenz(3, 4, 5))
ausgeben(divmod(47, 5), zeichen(97), ordinal("b"), hexadezimal(4095), oktal(64), binaer(10))
ausgeben(ist_instanz(5, ganz), ist_instanz("a", zeichenkette), ist_instanz(2.0, ganz), ist_instanz(Wahr, ganz))
ausgeben(typ(5).__name__, typ("").__name__, typ([]).__name__, typ({}).__name__, typ(1.5).__name__)
ausgeben(ganz("42") + 1, gleitkomma("2.5") * 2, zeichenkette(3) + "x", boolesch(""), liste("hi"), wörterbuch(a=1))
ausgeben(menge([2, 2, 1]), tupel([1, 2]), unveraenderliche_menge([1]), darstellung("q"), formatieren(3.14159, ".2f"))
it = iterator([10, 20, 30])
ausgeben(naechstes(it), naechstes(it), naechstes(it), naechstes(it, "end"))

klasse Box:
    pass

box = Box()
attribut_setzen(box, "size", 3)
ausgeben(hat_attribut(box, "size"), attribut_holen(box, "size"), attribut_holen(box, "color", "none"), hat_attribut(box, "color"))
ausgeben(summe([[1], [2, 3]], []), maximum("apple", "pear", key=laenge), minimum(4, 2, 8), summe(bereich(5), 10))
ausgeben(sortiert(menge("hello")), laenge({"k": 1, "j": 2}), absolut(-0), runden(-2.5), runden(0.125, 2))
