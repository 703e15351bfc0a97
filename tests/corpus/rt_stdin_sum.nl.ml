count = geheel(invoer())
values = []
voor idx in bereik(count):
    line = invoer()
    values.append(drijvend(line) als "." in line anders geheel(line))
afdrukken(values, som(values), maximum(values))
words = invoer().split()
afdrukken(lengte(words), words[::-1], " ".join(word.capitalize() voor word in words))
rows = 0
chars = 0
terwijl Waar:
    probeer:
        line = invoer()
    behalve EOFError:
        afdrukken("eof after", rows, "rows", chars, "chars")
        breek
    rows += 1
    chars += lengte(line)
    afdrukken(rows, representatie(line), line.strip().isdigit())
