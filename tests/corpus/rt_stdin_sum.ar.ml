count = عدد_صحيح(إدخال())
values = []
لكل idx في مدى(count):
    line = إدخال()
    values.append(عشري(line) إذا "." في line وإلا عدد_صحيح(line))
اطبع(values, مجموع(values), أقصى(values))
words = إدخال().split()
اطبع(طول(words), words[::-1], " ".join(word.capitalize() لكل word في words))
rows = 0
chars = 0
طالما صحيح:
    حاول:
        line = إدخال()
    استثناء EOFError:
        اطبع("eof after", rows, "rows", chars, "chars")
        توقف
    rows += 1
    chars += طول(line)
    اطبع(rows, تمثيل(line), line.strip().isdigit())
