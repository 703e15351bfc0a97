line = "  alpha, beta,,gamma , delta  "
skriv(line.split(","))
skriv(line.split(",", 2))
skriv(line.rsplit(",", 1))
skriv(line.split())
skriv("a b  c".split(" "), "one two three".split(maxsplit=1))
skriv([part.strip() for part i line.split(",")])
skriv("[" + line.strip() + "]", "[" + line.lstrip() + "]", "[" + line.rstrip() + "]")
skriv("xxhixx".strip("x"), "--==text==--".strip("-="), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
skriv("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaaa".replace("aa", "b"))
text = "the cat sat on the mat"
skriv(text.find("at"), text.rfind("at"), text.find("dog"), text.find("at", 6), text.rfind("at", 0, 10))
skriv(text.index("sat"), text.rindex("the"), text.count("at"), text.count("t"), text.count(""))
skriv(text.startswith("the"), text.endswith("mat"), text.startswith("cat", 4), text.endswith(("dog", "mat")))
skriv(text.partition(" sat "), text.rpartition("the"), text.partition("zzz"))
skriv("|".join(text.split(" ")[::-1]), " ".join(sorteret(text.split(), key=laengde)))
block = """first row
second row

fourth row"""
skriv(block.splitlines(), laengde(block.splitlines()))
skriv([row.upper() for row i block.splitlines() hvis row])
prov:
    text.index("dog")
undtagen ValueError som err:
    skriv("ValueError:", err)
