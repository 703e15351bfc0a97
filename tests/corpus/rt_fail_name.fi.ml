temp = [1, 2, 3]
tulosta(summa(temp))
poista temp
tulosta("deleted")
tulosta(pituus(temp))
tulosta("unreachable")
