raw = b"caf\xc3\xa9"
quoted = b"it's"
both = b'say "hi" and \'bye\''
controls = b"\t\n\r\\\x00\x7f\xff"
afficher(raw, quoted, both, controls, rb"C:\dir\n", b"")
afficher(représentation(raw), chaîne(quoted), f"[{raw}]", longueur(raw), type_de(raw), est_instance(raw, octets), est_instance("x", octets))

word = "café"
encoded = word.encode("utf-8")
afficher(encoded, encoded == raw, encoded.decode("utf-8"), raw.decode(), longueur(word), longueur(encoded))
afficher("é".encode("UTF-8"), "é".encode("utf8"), "é".encode("Latin-1"), "é".encode("iso-8859-1"), "abc".encode("ascii"))
afficher(b"caf\xe9".decode("latin1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
afficher(b"ok\xffok".decode("utf-8", "replace"), "日本".encode(), longueur("日本".encode("utf-8")), "日本".encode().decode())

afficher(raw[0], raw[-1], raw[1:3], raw[::-1], raw[::2], liste(raw), [code pour code dans b"hi"])
afficher(99 dans raw, b"af" dans raw, b"xyz" dans raw, 195 dans raw, 7 dans raw)
afficher(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" <= b"abc", b"b" > b"abc", b"abc" >= b"abc", b"abc" == "abc")

table = {b"key": 1, b"other": 2}
afficher(table[b"k" + b"ey"], hachage(b"key") == hachage(b"ke" + b"y"), longueur({b"a", b"a", b"b"}), trier([b"pear", b"apple", b"fig"]))
afficher(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0, booléen(b""), booléen(b"\x00"), maximum(b"hello"), minimum(b"hello"), somme(b"\x01\x02"))
si non b"":
    afficher("empty bytes are falsy")

afficher(octets(), octets(3), octets([104, 105]), octets(intervalle(65, 70)), octets("é", "utf-8"), octets(b"copy"), octets((1, 2)))
afficher(octets(num + 97 pour num dans intervalle(3)), octets("ab", encoding="ascii"), liste(inversé(b"abc")))

sample = b"  Hello, World  "
afficher(sample.strip(), sample.lstrip(), sample.rstrip(), b"xxhixx".strip(b"x"), sample.upper(), sample.lower())
afficher(b"a,b,,c".split(b","), b" one  two three ".split(), b"a,b,c".split(b",", 1), b"-".join([b"x", b"y", b"z"]))
afficher(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".find(b"x"), b"banana".index(b"n"), b"banana".rfind(b"a"))
afficher(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2))
afficher(raw.hex(), b"\x01\xab".hex(":"), octets.fromhex("de ad be ef"))

déf probe(label, action):
    essayer:
        afficher(label, action())
    sauf ValueError comme err:
        afficher(label, "is a ValueError:", type_de(err).__name__, err)
    sauf Exception comme err:
        afficher(label, type_de(err).__name__, err)

probe("ascii", lambda: word.encode("ascii"))
probe("latin", lambda: "€".encode("latin-1"))
probe("lead", lambda: b"\xff".decode())
probe("cut", lambda: b"caf\xc3".decode("utf-8"))
probe("codec", lambda: "x".encode("klingon"))
probe("index", lambda: raw[10])
probe("span", lambda: octets([256]))
probe("concat", lambda: b"a" + "b")
probe("member", lambda: "a" dans b"abc")
probe("nocodec", lambda: octets("abc"))
essayer:
    b"\xe6\x97".decode()
sauf UnicodeDecodeError comme err:
    afficher("caught", err.start, err.end, err.reason, est_instance(err, ValueError))
afficher(b"\xe9t\xe9".decode("ascii"))
afficher("unreachable")
