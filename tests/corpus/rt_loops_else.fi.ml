jokaiselle num sisalla vali(2, 20):
    jokaiselle div sisalla vali(2, num):
        jos num % div == 0:
            keskeyta
    muuten:
        tulosta(num, end=" ")
tulosta()
count = 0
kun count < 10:
    count += 1
    jos count % 3 == 0:
        jatka
    jos count > 7:
        keskeyta
    tulosta(count, end=",")
muuten:
    tulosta("whole")
tulosta()
steps = 3
kun steps > 0:
    steps -= 1
muuten:
    tulosta("done", steps)
jokaiselle item sisalla []:
    tulosta("never")
muuten:
    tulosta("empty")
jokaiselle outer_idx sisalla vali(3):
    jokaiselle inner_idx sisalla vali(3):
        jos inner_idx == outer_idx:
            jatka
        jos inner_idx > outer_idx:
            keskeyta
        tulosta(outer_idx, inner_idx)
val = 5
tulosta(1 < val < 10, 1 < val > 10, 0 <= val <= 5 < 6, val == 5 != 4, 3 < val sisalla [5])
tulosta("big" jos val > 3 muuten "small", "neg" jos val < 0 muuten "zero" jos val == 0 muuten "pos")
tulosta(val > 3 ja "yes", val < 3 ja "yes", val < 3 tai "fallback", 0 tai EiMitaan, [] tai {} tai "last")
tulosta(ei val, ei 0, ei [], ei "a", val on ei EiMitaan)
parity = ["even" jos num % 2 == 0 muuten "odd" jokaiselle num sisalla vali(5)]
tulosta(parity)
acc = []
idx = 0
kun Tosi:
    idx += 1
    jos idx > 100:
        keskeyta
    jos idx % 20:
        jatka
    acc.append(idx)
tulosta(acc, idx)
