parts = ["a", "b", 3]
joined = ""
for part i parts:
    skriv("adding", part)
    joined = joined + part
    skriv(joined)
skriv("unreachable")
