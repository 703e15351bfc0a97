nums = liste(interval(1, 11))
skriv(laengde(nums), summering(nums), minimum(nums), maksimum(nums), absolut(-5), absolut(-2.5))
skriv(sorteret([3, 1, 2], reverse=Sand), liste(omvendt(nums))[:3], liste(interval(10, 0, -3)))
for idx, val i nummerer(["a", "b"], 1):
    skriv(idx, val)
skriv(liste(sammenkobl([1, 2, 3], "xyz")), liste(anvend(streng, [1, 2])), liste(filtrer(Ingen, [0, 1, "", "a"])))
skriv(liste(filtrer(lambda num: num % 4 == 0, nums)), liste(anvend(lambda num: num * num, interval(4))))
skriv(nogen([0, 0, 1]), alle([1, 1, 0]), afrund(3.14159, 2), afrund(7.5), potens(2, 10), potens(3, 4, 5))
skriv(divmod(47, 5), tegn(97), tegnkode("b"), hexadecimal(4095), oktal(64), binaer(10))
skriv(er_instans(5, heltal), er_instans("a", streng), er_instans(2.0, heltal), er_instans(Sand, heltal))
skriv(type_af(5).__name__, type_af("").__name__, type_af([]).__name__, type_af({}).__name__, type_af(1.5).__name__)
skriv(heltal("42") + 1, flydetal("2.5") * 2, streng(3) + "x", boolsk(""), liste("hi"), ordbog(a=1))
skriv(maengde([2, 2, 1]), tupel([1, 2]), frossen_maengde([1]), repraesentation("q"), formater(3.14159, ".2f"))
it = iterator([10, 20, 30])
skriv(naeste(it), naeste(it), naeste(it), naeste(it, "end"))

klasse Box:
    pass

box = Box()
saet_attribut(box, "size", 3)
skriv(har_attribut(box, "size"), hent_attribut(box, "size"), hent_attribut(box, "color", "none"), har_attribut(box, "color"))
skriv(summering([[1], [2, 3]], []), maksimum("apple", "pear", key=laengde), minimum(4, 2, 8), summering(interval(5), 10))
skriv(sorteret(maengde("hello")), laengde({"k": 1, "j": 2}), absolut(-0), afrund(-2.5), afrund(0.125, 2))
