line = "  alpha, beta,,gamma , delta  "
afficher(line.split(","))
afficher(line.split(",", 2))
afficher(line.rsplit(",", 1))
afficher(line.split())
afficher("a b  c".split(" "), "one two three".split(maxsplit=1))
afficher([part.strip() pour part dans line.split(",")])
afficher("[" + line.strip() + "]", "[" + line.lstrip() + "]", "[" + line.rstrip() + "]")
afficher("xxhixx".strip("x"), "--==text==--".strip("-="), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
afficher("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaaa".replace("aa", "b"))
text = "the cat sat on the mat"
afficher(text.find("at"), text.rfind("at"), text.find("dog"), text.find("at", 6), text.rfind("at", 0, 10))
afficher(text.index("sat"), text.rindex("the"), text.count("at"), text.count("t"), text.count(""))
afficher(text.startswith("the"), text.endswith("mat"), text.startswith("cat", 4), text.endswith(("dog", "mat")))
afficher(text.partition(" sat "), text.rpartition("the"), text.partition("zzz"))
afficher("|".join(text.split(" ")[::-1]), " ".join(trier(text.split(), key=longueur)))
block = """first row
second row

fourth row"""
afficher(block.splitlines(), longueur(block.splitlines()))
afficher([row.upper() pour row dans block.splitlines() si row])
essayer:
    text.index("dog")
sauf ValueError comme err:
    afficher("ValueError:", err)
