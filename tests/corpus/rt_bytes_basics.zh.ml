raw = b"caf\xc3\xa9"
quoted = b"it's"
both = b'say "hi" and \'bye\''
controls = b"\t\n\r\\\x00\x7f\xff"
打印(raw, quoted, both, controls, rb"C:\dir\n", b"")
打印(表示(raw), 字符串(quoted), f"[{raw}]", 长度(raw), 类型(raw), 是实例(raw, 字节), 是实例("x", 字节))

word = "café"
encoded = word.encode("utf-8")
打印(encoded, encoded == raw, encoded.decode("utf-8"), raw.decode(), 长度(word), 长度(encoded))
打印("é".encode("UTF-8"), "é".encode("utf8"), "é".encode("Latin-1"), "é".encode("iso-8859-1"), "abc".encode("ascii"))
打印(b"caf\xe9".decode("latin1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
打印(b"ok\xffok".decode("utf-8", "replace"), "日本".encode(), 长度("日本".encode("utf-8")), "日本".encode().decode())

打印(raw[0], raw[-1], raw[1:3], raw[::-1], raw[::2], 列表(raw), [code 对于 code 里 b"hi"])
打印(99 里 raw, b"af" 里 raw, b"xyz" 里 raw, 195 里 raw, 7 里 raw)
打印(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" <= b"abc", b"b" > b"abc", b"abc" >= b"abc", b"abc" == "abc")

table = {b"key": 1, b"other": 2}
打印(table[b"k" + b"ey"], 哈希(b"key") == 哈希(b"ke" + b"y"), 长度({b"a", b"a", b"b"}), 排序([b"pear", b"apple", b"fig"]))
打印(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"x" * 0, 布尔(b""), 布尔(b"\x00"), 最大值(b"hello"), 最小值(b"hello"), 总和(b"\x01\x02"))
如果 非 b"":
    打印("empty bytes are falsy")

打印(字节(), 字节(3), 字节([104, 105]), 字节(范围(65, 70)), 字节("é", "utf-8"), 字节(b"copy"), 字节((1, 2)))
打印(字节(num + 97 对于 num 里 范围(3)), 字节("ab", encoding="ascii"), 列表(反转(b"abc")))

sample = b"  Hello, World  "
打印(sample.strip(), sample.lstrip(), sample.rstrip(), b"xxhixx".strip(b"x"), sample.upper(), sample.lower())
打印(b"a,b,,c".split(b","), b" one  two three ".split(), b"a,b,c".split(b",", 1), b"-".join([b"x", b"y", b"z"]))
打印(b"banana".count(b"a"), b"banana".count(97), b"banana".find(b"na"), b"banana".find(b"x"), b"banana".index(b"n"), b"banana".rfind(b"a"))
打印(b"banana".startswith(b"ban"), b"banana".endswith((b"x", b"na")), b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2))
打印(raw.hex(), b"\x01\xab".hex(":"), 字节.fromhex("de ad be ef"))

函数 probe(label, action):
    尝试:
        打印(label, action())
    除了 ValueError 作为 err:
        打印(label, "is a ValueError:", 类型(err).__name__, err)
    除了 Exception 作为 err:
        打印(label, 类型(err).__name__, err)

probe("ascii", 匿名: word.encode("ascii"))
probe("latin", 匿名: "€".encode("latin-1"))
probe("lead", 匿名: b"\xff".decode())
probe("cut", 匿名: b"caf\xc3".decode("utf-8"))
probe("codec", 匿名: "x".encode("klingon"))
probe("index", 匿名: raw[10])
probe("span", 匿名: 字节([256]))
probe("concat", 匿名: b"a" + "b")
probe("member", 匿名: "a" 里 b"abc")
probe("nocodec", 匿名: 字节("abc"))
尝试:
    b"\xe6\x97".decode()
除了 UnicodeDecodeError 作为 err:
    打印("caught", err.start, err.end, err.reason, 是实例(err, ValueError))
打印(b"\xe9t\xe9".decode("ascii"))
打印("unreachable")
