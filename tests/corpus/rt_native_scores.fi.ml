pisteet = [72, 85, 90, 66, 85, 58]
yhteensa = summa(pisteet)
keskiarvo = yhteensa / pituus(pisteet)
tulosta("Σ", yhteensa, "μ", keskiarvo)
paras = maksimi(pisteet)
tulosta("max", paras, pisteet.index(paras), pisteet.count(paras))
arvosanat = {}
jokaiselle piste sisalla pisteet:
    jos piste >= 85:
        arvosana = "A"
    muuten_jos piste >= 70:
        arvosana = "B"
    muuten:
        arvosana = "C"
    arvosanat[arvosana] = arvosanat.get(arvosana, 0) + 1
tulosta(arvosanat)
yli = [piste - 70 jokaiselle piste sisalla pisteet jos piste > 70]
tulosta(yli, jarjestetty(pisteet, reverse=Tosi)[:3])
tulosta(f"{keskiarvo:.2f}", pyorista(keskiarvo), keskiarvo > 75, yhteensa // 7, yhteensa % 7)

maarittele vaihteluvali(arvot):
    palauta maksimi(arvot) - minimi(arvot)

tulosta(vaihteluvali(pisteet), vaihteluvali([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
