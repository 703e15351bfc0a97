punkte = [72, 85, 90, 66, 85, 58]
gesamt = summe(punkte)
schnitt = gesamt / laenge(punkte)
ausgeben("Σ", gesamt, "μ", schnitt)
beste = maximum(punkte)
ausgeben("max", beste, punkte.index(beste), punkte.count(beste))
noten = {}
für punkt in punkte:
    wenn punkt >= 85:
        note = "A"
    sonstwenn punkt >= 70:
        note = "B"
    sonst:
        note = "C"
    noten[note] = noten.get(note, 0) + 1
ausgeben(noten)
darueber = [punkt - 70 für punkt in punkte wenn punkt > 70]
ausgeben(darueber, sortiert(punkte, reverse=Wahr)[:3])
ausgeben(f"{schnitt:.2f}", runden(schnitt), schnitt > 75, gesamt // 7, gesamt % 7)

def spannweite(werte):
    rückgabe maximum(werte) - minimum(werte)

ausgeben(spannweite(punkte), spannweite([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
