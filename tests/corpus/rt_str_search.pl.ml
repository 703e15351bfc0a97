line = "  alpha, beta,,gamma , delta  "
drukuj(line.split(","))
drukuj(line.split(",", 2))
drukuj(line.rsplit(",", 1))
drukuj(line.split())
drukuj("a b  c".split(" "), "one two three".split(maxsplit=1))
drukuj([part.strip() dla part w line.split(",")])
drukuj("[" + line.strip() + "]", "[" + line.lstrip() + "]", "[" + line.rstrip() + "]")
drukuj("xxhixx".strip("x"), "--==text==--".strip("-="), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
drukuj("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaaa".replace("aa", "b"))
text = "the cat sat on the mat"
drukuj(text.find("at"), text.rfind("at"), text.find("dog"), text.find("at", 6), text.rfind("at", 0, 10))
drukuj(text.index("sat"), text.rindex("the"), text.count("at"), text.count("t"), text.count(""))
drukuj(text.startswith("the"), text.endswith("mat"), text.startswith("cat", 4), text.endswith(("dog", "mat")))
drukuj(text.partition(" sat "), text.rpartition("the"), text.partition("zzz"))
drukuj("|".join(text.split(" ")[::-1]), " ".join(posortowane(text.split(), key=dlugosc)))
block = """first row
second row

fourth row"""
drukuj(block.splitlines(), dlugosc(block.splitlines()))
drukuj([row.upper() dla row w block.splitlines() jesli row])
sprobuj:
    text.index("dog")
wyjatek ValueError jako err:
    drukuj("ValueError:", err)
