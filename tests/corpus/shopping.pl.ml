ceny = {"bread": 2.5, "milk": 1.25, "cheese": 7.0}
koszyk = [("bread", 2), ("cheese", 1), ("milk", 3)]

funkcja suma_pozycji(towar, ilosc):
    zwroc ceny[towar] * ilosc

suma_calkowita = 0.0
dla towar, ilosc w koszyk:
    kwota = suma_pozycji(towar, ilosc)
    suma_calkowita += kwota
    drukuj(f"{towar:<8}{ilosc:>3} x {ceny[towar]:>5.2f} = {kwota:>6.2f}")
drukuj(f"{'TOTAL':<8}{suma_calkowita:>21.2f}")
drogie = [towar dla towar, ilosc w koszyk jesli ceny[towar] > 2]
drukuj(posortowane(drogie))
