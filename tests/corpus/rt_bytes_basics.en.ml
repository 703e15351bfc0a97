raw = b"caf\xc3\xa9"
quoted = b"it's"
both = b'say "hi" and \'bye\''
controls = b"\t\n\r\\\x00\x7f\xff"
print(raw, quoted, both, controls, rb"C:\dir\n", b"")
print(repr(raw), str(quoted), f"[{raw}]", len(raw), type(raw), isinstance(raw, bytes), isinstance("x", bytes))

word = "café"
encoded = word.encode("utf-8")
print(encoded, encoded == raw, encoded.decode("utf-8"), raw.decode(), len(word), len(encoded))
print("é".encode("UTF-8"), "é".encode("utf8"), "é".encode("Latin-1"), "é".encode("iso-8859-1"), "abc".encode("ascii"))
print(b"caf\xe9".decode("latin1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print(b"ok\xffok".decode("utf-8", "replace"), "日本".encode(), len("日本".encode("utf-8")), "日本".encode().decode())

print(raw[0], raw[-1], raw[1:3], raw[::-1], raw[::2], list(raw), [code for code in b"hi"])
print(99 in raw, b"af" in raw, b"xyz" in raw, 195 in raw, 7 in raw)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" <= b"abc", b"b" > b"abc", b"abc" >= b"abc", b"abc" == "abc")

table = {b"key": 1, b"other": 2}
print(table[b"k" + b"ey"], hash(b"key") == hash(b"ke" + b"y"), len({b"a", b"a", b"b"}), sorted([b"pear", b"apple", b"fig"]))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0, bool(b""), bool(b"\x00"), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
if not b"":
    print("empty bytes are falsy")

print(bytes(), bytes(3), bytes([104, 105]), bytes(range(65, 70)), bytes("é", "utf-8"), bytes(b"copy"), bytes((1, 2)))
print(bytes(num + 97 for num in range(3)), bytes("ab", encoding="ascii"), list(reversed(b"abc")))

sample = b"  Hello, World  "
print(sample.strip(), sample.lstrip(), sample.rstrip(), b"xxhixx".strip(b"x"), sample.upper(), sample.lower())
print(b"a,b,,c".split(b","), b" one  two three ".split(), b"a,b,c".split(b",", 1), b"-".join([b"x", b"y", b"z"]))
print(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".find(b"x"), b"banana".index(b"n"), b"banana".rfind(b"a"))
print(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2))
print(raw.hex(), b"\x01\xab".hex(":"), bytes.fromhex("de ad be ef"))

def probe(label, action):
    try:
        print(label, action())
    except ValueError as err:
        print(label, "is a ValueError:", type(err).__name__, err)
    except Exception as err:
        print(label, type(err).__name__, err)

probe("ascii", lambda: word.encode("ascii"))
probe("latin", lambda: "€".encode("latin-1"))
probe("lead", lambda: b"\xff".decode())
probe("cut", lambda: b"caf\xc3".decode("utf-8"))
probe("codec", lambda: "x".encode("klingon"))
probe("index", lambda: raw[10])
probe("span", lambda: bytes([256]))
probe("concat", lambda: b"a" + "b")
probe("member", lambda: "a" in b"abc")
probe("nocodec", lambda: bytes("abc"))
try:
    b"\xe6\x97".decode()
except UnicodeDecodeError as err:
    print("caught", err.start, err.end, err.reason, isinstance(err, ValueError))
print(b"\xe9t\xe9".decode("ascii"))
print("unreachable")
