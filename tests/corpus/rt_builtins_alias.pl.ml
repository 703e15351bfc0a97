nums = lista(zakres(1, 11))
drukuj(dlugosc(nums), suma(nums), minimum(nums), maksimum(nums), bezwzgledna(-5), bezwzgledna(-2.5))
drukuj(posortowane([3, 1, 2], reverse=Prawda), lista(odwrocone(nums))[:3], lista(zakres(10, 0, -3)))
dla idx, val w wylicz(["a", "b"], 1):
    drukuj(idx, val)
drukuj(lista(polacz([1, 2, 3], "xyz")), lista(mapuj(tekst, [1, 2])), lista(filtruj(Brak, [0, 1, "", "a"])))
drukuj(lista(filtruj(lambda num: num % 4 == 0, nums)), lista(mapuj(lambda num: num * num, zakres(4))))
drukuj(jakikolwiek([0, 0, 1]), wszystkie([1, 1, 0]), zaokraglij(3.14159, 2), zaokraglij(7.5), potega(2, 10), potega(3, 4, 5))
drukuj(dzielmod(47, 5), znak(97), porzadkowy("b"), szesnastkowy(4095), osemkowy(64), binarny(10))
drukuj(jest_instancja(5, calkowita), jest_instancja("a", tekst), jest_instancja(2.0, calkowita), jest_instancja(Prawda, calkowita))
drukuj(typ(5).__name__, typ("").__name__, typ([]).__name__, typ({}).__name__, typ(1.5).__name__)
drukuj(calkowita("42") + 1, zmiennoprzecinkowa("2.5") * 2, tekst(3) + "x", logiczna(""), lista("hi"), slownik(a=1))
drukuj(zbior([2, 2, 1]), krotka([1, 2]), zbior_niezmienny([1]), reprezentacja("q"), formatuj(3.14159, ".2f"))
it = iterator([10, 20, 30])
drukuj(nastepny(it), nastepny(it), nastepny(it), nastepny(it, "end"))

klasa Box:
    pomin

box = Box()
ustaw_atrybut(box, "size", 3)
drukuj(ma_atrybut(box, "size"), pobierz_atrybut(box, "size"), pobierz_atrybut(box, "color", "none"), ma_atrybut(box, "color"))
drukuj(suma([[1], [2, 3]], []), maksimum("apple", "pear", key=dlugosc), minimum(4, 2, 8), suma(zakres(5), 10))
drukuj(posortowane(zbior("hello")), dlugosc({"k": 1, "j": 2}), bezwzgledna(-0), zaokraglij(-2.5), zaokraglij(0.125, 2))
