line = "  alpha, beta,,gamma , delta  "
打印(line.split(","))
打印(line.split(",", 2))
打印(line.rsplit(",", 1))
打印(line.split())
打印("a b  c".split(" "), "one two three".split(maxsplit=1))
打印([part.strip() 对于 part 里 line.split(",")])
打印("[" + line.strip() + "]", "[" + line.lstrip() + "]", "[" + line.rstrip() + "]")
打印("xxhixx".strip("x"), "--==text==--".strip("-="), "abcab".lstrip("ab"), "abcab".rstrip("ab"))
打印("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "", 2), "aaaa".replace("aa", "b"))
text = "the cat sat on the mat"
打印(text.find("at"), text.rfind("at"), text.find("dog"), text.find("at", 6), text.rfind("at", 0, 10))
打印(text.index("sat"), text.rindex("the"), text.count("at"), text.count("t"), text.count(""))
打印(text.startswith("the"), text.endswith("mat"), text.startswith("cat", 4), text.endswith(("dog", "mat")))
打印(text.partition(" sat "), text.rpartition("the"), text.partition("zzz"))
打印("|".join(text.split(" ")[::-1]), " ".join(排序(text.split(), key=长度)))
block = """first row
second row

fourth row"""
打印(block.splitlines(), 长度(block.splitlines()))
打印([row.upper() 对于 row 里 block.splitlines() 如果 row])
尝试:
    text.index("dog")
除了 ValueError 作为 err:
    打印("ValueError:", err)
