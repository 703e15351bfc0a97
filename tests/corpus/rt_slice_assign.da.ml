base = liste(interval(10))
skriv(base[2:8:2], base[::-3], base[-3:], base[8:2:-2], base[::])
work = base[:]
work[2:5] = ["a", "b"]
skriv(work)
work[1:1] = [100, 200, 300]
skriv(work)
work[:3] = []
skriv(work)
work[::2] = [0] * laengde(work[::2])
skriv(work)
work[-2:] = "xy"
skriv(work)
slet work[::3]
skriv(work)
slet work[1:3]
skriv(work)
slet work[0]
skriv(work)
prov:
    work[::2] = [1]
undtagen ValueError som err:
    skriv("ValueError:", err)
letters = liste("abcdefg")
letters[1:6:2] = ["B", "D", "F"]
skriv(letters, "".join(letters[::-1]))
span = segment(1, 5, 2)
skriv(letters[span], base[span], span.stop, span.step)
pair = (1, 2, 3, 4, 5)
skriv(pair[1:4], pair[::-1], pair[:0], type_af(pair[1:2]).__name__)
