greek = "αβγ"
hindi = "हिन्दी"
chinese = "中文字符"
accent = "café"
print(len(greek), len(hindi), len(chinese), len(accent))
print(hindi[0], hindi[1], hindi[2], hindi[-1], hindi[::-1])
print(chinese[1], chinese[1:3], chinese[::-1], chinese[-1])
print(accent[3], accent.upper(), accent[::-1], accent.find("fé"), "fé" in accent)
print([ord(char) for char in accent], [ord(char) for char in hindi])
print(chr(2361) + chr(2367), chr(20013) + chr(25991), chr(955).upper())
mixed = greek + "-" + chinese + "-" + accent
print(mixed, len(mixed), mixed.split("-"), mixed.index("字"))
print(sorted("éaz"), sorted([chinese, greek, accent]), max(hindi))
print("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), greek.upper())
print(repr(accent), repr(hindi), ascii(accent), ascii(chinese))
print(f"[{accent:>8}]", f"[{chinese:*^8}]", f"[{greek:<5}]")
counts = {}
for char in "ééaé":
    counts[char] = counts.get(char, 0) + 1
print(counts, accent.encode("utf-8"), len(chinese.encode("utf-8")))
print("naïve café".title(), "ÅNGSTRÖM".capitalize(), "x".join(greek))
