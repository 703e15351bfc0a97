wyniki = [72, 85, 90, 66, 85, 58]
razem = suma(wyniki)
srednia = razem / dlugosc(wyniki)
drukuj("Σ", razem, "μ", srednia)
najlepszy = maksimum(wyniki)
drukuj("max", najlepszy, wyniki.index(najlepszy), wyniki.count(najlepszy))
oceny = {}
dla wynik w wyniki:
    jesli wynik >= 85:
        ocena = "A"
    inaczej_jesli wynik >= 70:
        ocena = "B"
    inaczej:
        ocena = "C"
    oceny[ocena] = oceny.get(ocena, 0) + 1
drukuj(oceny)
powyzej = [wynik - 70 dla wynik w wyniki jesli wynik > 70]
drukuj(powyzej, posortowane(wyniki, reverse=Prawda)[:3])
drukuj(f"{srednia:.2f}", zaokraglij(srednia), srednia > 75, razem // 7, razem % 7)

funkcja rozstep(wartosci):
    zwroc maksimum(wartosci) - minimum(wartosci)

drukuj(rozstep(wyniki), rozstep([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
