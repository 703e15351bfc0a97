greek = "αβγ"
hindi = "हिन्दी"
chinese = "中文字符"
accent = "café"
skriv(langd(greek), langd(hindi), langd(chinese), langd(accent))
skriv(hindi[0], hindi[1], hindi[2], hindi[-1], hindi[::-1])
skriv(chinese[1], chinese[1:3], chinese[::-1], chinese[-1])
skriv(accent[3], accent.upper(), accent[::-1], accent.find("fé"), "fé" i accent)
skriv([teckenkod(char) for char i accent], [teckenkod(char) for char i hindi])
skriv(tecken(2361) + tecken(2367), tecken(20013) + tecken(25991), tecken(955).upper())
mixed = greek + "-" + chinese + "-" + accent
skriv(mixed, langd(mixed), mixed.split("-"), mixed.index("字"))
skriv(sorterad("éaz"), sorterad([chinese, greek, accent]), maximum(hindi))
skriv("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), greek.upper())
skriv(representation(accent), representation(hindi), ascii(accent), ascii(chinese))
skriv(f"[{accent:>8}]", f"[{chinese:*^8}]", f"[{greek:<5}]")
counts = {}
for char i "ééaé":
    counts[char] = counts.get(char, 0) + 1
skriv(counts, accent.encode("utf-8"), langd(chinese.encode("utf-8")))
skriv("naïve café".title(), "ÅNGSTRÖM".capitalize(), "x".join(greek))
