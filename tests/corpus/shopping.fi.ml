hinnat = {"bread": 2.5, "milk": 1.25, "cheese": 7.0}
kori = [("bread", 2), ("cheese", 1), ("milk", 3)]

maarittele rivisumma(tuote, maara):
    palauta hinnat[tuote] * maara

kokonaissumma = 0.0
jokaiselle tuote, maara sisalla kori:
    summa_rivi = rivisumma(tuote, maara)
    kokonaissumma += summa_rivi
    tulosta(f"{tuote:<8}{maara:>3} x {hinnat[tuote]:>5.2f} = {summa_rivi:>6.2f}")
tulosta(f"{'TOTAL':<8}{kokonaissumma:>21.2f}")
kalliit = [tuote jokaiselle tuote, maara sisalla kori jos hinnat[tuote] > 2]
tulosta(jarjestetty(kalliit))
