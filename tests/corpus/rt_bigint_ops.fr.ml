big = 2 ** 100
afficher(big, big - 1, -big)
fact = 1
pour num dans intervalle(1, 51):
    fact *= num
afficher(fact)
afficher(longueur(chaine(fact)), fact % 1000000007)
afficher(7 // 2, -7 // 2, 7 // -2, -7 // -2)
afficher(7 % 3, -7 % 3, 7 % -3, -7 % -3)
afficher(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
afficher(divmod(big, 10 ** 9))
afficher(puissance(2, 100, 1000000007), puissance(3, 200, 10 ** 9 + 9))
afficher(puissance(2, -1), puissance(-2, 3), (-2) ** 100)
afficher(entier("ff", 16), entier("777", 8), entier("101010", 2), entier("zz", 36))
afficher(entier("0x1F", 16), entier("-42"), entier("  12  "), entier("1_000"))
afficher(hexadécimal(255), hexadécimal(-255), octal(8), octal(-8), binaire(5), binaire(-5))
afficher(hexadécimal(big), binaire(2 ** 70 + 1))
afficher(3 * 2.5, 7 / 2, 10 / 5, 2 ** -2, 1 + 2.0)
afficher(big * 1.0, big == 2.0 ** 100, 10 ** 20 + 0.5)
afficher(valeurabsolue(-big), maximum(big, 3), minimum(-big, 0))
