# Deutsch: Umlaute in Schlüsselwörtern und Namen.
sei größe = 3
solange größe > 0:
    größe = größe - 1
für i in bereich(größe):
    wenn i nicht in [1] und i ist nicht Nichts:
        ausgeben(i)
    sonstwenn Wahr oder Falsch:
        pass
    sonst:
        abbrechen
klasse Ölfass:
    def füllen(selbst):
        rückgabe laenge([1])
