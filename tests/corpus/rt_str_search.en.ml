line = "  alpha, beta,,gamma , delta  "
print(line.split(","))
print(line.split(",", 2))
print(line.rsplit(",", 1))
print(line.split())
print("a b  c".split(" "), "one two three".split(maxsplit=1))
print([part.strip() for part in line.split(",")])
print("[" + line.strip() + "]", "[" + line.lstrip() + "]", "[" + line.rstrip() + "]")
print("xxhixx".strip("x"), "--==text==--".strip("-="), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaaa".replace("aa", "b"))
text = "the cat sat on the mat"
print(text.find("at"), text.rfind("at"), text.find("dog"), text.find("at", 6), text.rfind("at", 0, 10))
print(text.index("sat"), text.rindex("the"), text.count("at"), text.count("t"), text.count(""))
print(text.startswith("the"), text.endswith("mat"), text.startswith("cat", 4), text.endswith(("dog", "mat")))
print(text.partition(" sat "), text.rpartition("the"), text.partition("zzz"))
print("|".join(text.split(" ")[::-1]), " ".join(sorted(text.split(), key=len)))
block = """first row
second row

fourth row"""
print(block.splitlines(), len(block.splitlines()))
print([row.upper() for row in block.splitlines() if row])
try:
    text.index("dog")
except ValueError as err:
    print("ValueError:", err)
