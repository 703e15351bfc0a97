preise = {"bread": 2.5, "milk": 1.25, "cheese": 7.0}
korb = [("bread", 2), ("cheese", 1), ("milk", 3)]

def zeilensumme(artikel, menge):
    rückgabe preise[artikel] * menge

gesamtsumme = 0.0
für artikel, menge in korb:
    betrag = zeilensumme(artikel, menge)
    gesamtsumme += betrag
    ausgeben(f"{artikel:<8}{menge:>3} x {preise[artikel]:>5.2f} = {betrag:>6.2f}")
ausgeben(f"{'TOTAL':<8}{gesamtsumme:>21.2f}")
teuer = [artikel für artikel, menge in korb wenn preise[artikel] > 2]
ausgeben(sortiert(teuer))
