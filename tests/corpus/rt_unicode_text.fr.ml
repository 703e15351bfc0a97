greek = "αβγ"
hindi = "हिन्दी"
chinese = "中文字符"
accent = "café"
afficher(longueur(greek), longueur(hindi), longueur(chinese), longueur(accent))
afficher(hindi[0], hindi[1], hindi[2], hindi[-1], hindi[::-1])
afficher(chinese[1], chinese[1:3], chinese[::-1], chinese[-1])
afficher(accent[3], accent.upper(), accent[::-1], accent.find("fé"), "fé" dans accent)
afficher([ordinal(char) pour char dans accent], [ordinal(char) pour char dans hindi])
afficher(caractère(2361) + caractère(2367), caractère(20013) + caractère(25991), caractère(955).upper())
mixed = greek + "-" + chinese + "-" + accent
afficher(mixed, longueur(mixed), mixed.split("-"), mixed.index("字"))
afficher(trier("éaz"), trier([chinese, greek, accent]), maximum(hindi))
afficher("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), greek.upper())
afficher(représentation(accent), représentation(hindi), ascii(accent), ascii(chinese))
afficher(f"[{accent:>8}]", f"[{chinese:*^8}]", f"[{greek:<5}]")
counts = {}
pour char dans "ééaé":
    counts[char] = counts.get(char, 0) + 1
afficher(counts, accent.encode("utf-8"), longueur(chinese.encode("utf-8")))
afficher("naïve café".title(), "ÅNGSTRÖM".capitalize(), "x".join(greek))
