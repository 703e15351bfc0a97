big = 2 ** 100
drukuj(big, big - 1, -big)
fact = 1
dla num w zakres(1, 51):
    fact *= num
drukuj(fact)
drukuj(dlugosc(tekst(fact)), fact % 1000000007)
drukuj(7 // 2, -7 // 2, 7 // -2, -7 // -2)
drukuj(7 % 3, -7 % 3, 7 % -3, -7 % -3)
drukuj(dzielmod(17, 5), dzielmod(-17, 5), dzielmod(17, -5))
drukuj(dzielmod(big, 10 ** 9))
drukuj(potega(2, 100, 1000000007), potega(3, 200, 10 ** 9 + 9))
drukuj(potega(2, -1), potega(-2, 3), (-2) ** 100)
drukuj(calkowita("ff", 16), calkowita("777", 8), calkowita("101010", 2), calkowita("zz", 36))
drukuj(calkowita("0x1F", 16), calkowita("-42"), calkowita("  12  "), calkowita("1_000"))
drukuj(szesnastkowy(255), szesnastkowy(-255), osemkowy(8), osemkowy(-8), binarny(5), binarny(-5))
drukuj(szesnastkowy(big), binarny(2 ** 70 + 1))
drukuj(3 * 2.5, 7 / 2, 10 / 5, 2 ** -2, 1 + 2.0)
drukuj(big * 1.0, big == 2.0 ** 100, 10 ** 20 + 0.5)
drukuj(bezwzgledna(-big), maksimum(big, 3), minimum(-big, 0))
