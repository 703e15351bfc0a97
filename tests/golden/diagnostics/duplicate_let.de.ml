# `sei` (let) twice in one scope; plain assignment may rebind freely.
sei zähler = 0
sei zähler = 1
summe = 0
summe = 2

def rechnen():
    sei zähler = 5
    wenn zähler > 3:
        sei ergebnis = 1
    sonst:
        sei ergebnis = 2
    rückgabe ergebnis

ausgeben(rechnen(), zähler, summe)
