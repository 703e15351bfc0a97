greek = "αβγ"
hindi = "हिन्दी"
chinese = "中文字符"
accent = "café"
表示(長さ(greek), 長さ(hindi), 長さ(chinese), 長さ(accent))
表示(hindi[0], hindi[1], hindi[2], hindi[-1], hindi[::-1])
表示(chinese[1], chinese[1:3], chinese[::-1], chinese[-1])
表示(accent[3], accent.upper(), accent[::-1], accent.find("fé"), "fé" 中 accent)
表示([文字コード(char) 毎 char 中 accent], [文字コード(char) 毎 char 中 hindi])
表示(文字(2361) + 文字(2367), 文字(20013) + 文字(25991), 文字(955).upper())
mixed = greek + "-" + chinese + "-" + accent
表示(mixed, 長さ(mixed), mixed.split("-"), mixed.index("字"))
表示(ソート済み("éaz"), ソート済み([chinese, greek, accent]), 最大値(hindi))
表示("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), greek.upper())
表示(表現(accent), 表現(hindi), ASCII(accent), ASCII(chinese))
表示(f"[{accent:>8}]", f"[{chinese:*^8}]", f"[{greek:<5}]")
counts = {}
毎 char 中 "ééaé":
    counts[char] = counts.get(char, 0) + 1
表示(counts, accent.encode("utf-8"), 長さ(chinese.encode("utf-8")))
表示("naïve café".title(), "ÅNGSTRÖM".capitalize(), "x".join(greek))
