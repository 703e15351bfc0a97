nums = lijst(bereik(1, 11))
afdrukken(lengte(nums), som(nums), minimum(nums), maximum(nums), absoluut(-5), absoluut(-2.5))
afdrukken(gesorteerd([3, 1, 2], reverse=Waar), lijst(omgekeerd(nums))[:3], lijst(bereik(10, 0, -3)))
voor idx, val in opsommen(["a", "b"], 1):
    afdrukken(idx, val)
afdrukken(lijst(koppel([1, 2, 3], "xyz")), lijst(toepassen(tekenreeks, [1, 2])), lijst(filteren(Geen, [0, 1, "", "a"])))
afdrukken(lijst(filteren(lambda num: num % 4 == 0, nums)), lijst(toepassen(lambda num: num * num, bereik(4))))
afdrukken(enige([0, 0, 1]), alle([1, 1, 0]), afronden(3.14159, 2), afronden(7.5), macht(2, 10), macht(3, 4, 5))
afdrukken(deelrest(47, 5), teken(97), codepunt("b"), hexadecimaal(4095), octaal(64), binair(10))
afdrukken(is_instantie(5, geheel), is_instantie("a", tekenreeks), is_instantie(2.0, geheel), is_instantie(Waar, geheel))
afdrukken(type_van(5).__name__, type_van("").__name__, type_van([]).__name__, type_van({}).__name__, type_van(1.5).__name__)
afdrukken(geheel("42") + 1, drijvend("2.5") * 2, tekenreeks(3) + "x", booleaans(""), lijst("hi"), woordenboek(a=1))
afdrukken(verzameling([2, 2, 1]), tuple([1, 2]), bevroren_verzameling([1]), representatie("q"), formatteren(3.14159, ".2f"))
it = iterator([10, 20, 30])
afdrukken(volgende(it), volgende(it), volgende(it), volgende(it, "end"))

klasse Box:
    sla_over

box = Box()
zet_attribuut(box, "size", 3)
afdrukken(heeft_attribuut(box, "size"), haal_attribuut(box, "size"), haal_attribuut(box, "color", "none"), heeft_attribuut(box, "color"))
afdrukken(som([[1], [2, 3]], []), maximum("apple", "pear", key=lengte), minimum(4, 2, 8), som(bereik(5), 10))
afdrukken(gesorteerd(verzameling("hello")), lengte({"k": 1, "j": 2}), absoluut(-0), afronden(-2.5), afronden(0.125, 2))
