greek = "αβγ"
hindi = "हिन्दी"
chinese = "中文字符"
accent = "café"
छापो(लंबाई(greek), लंबाई(hindi), लंबाई(chinese), लंबाई(accent))
छापो(hindi[0], hindi[1], hindi[2], hindi[-1], hindi[::-1])
छापो(chinese[1], chinese[1:3], chinese[::-1], chinese[-1])
छापो(accent[3], accent.upper(), accent[::-1], accent.find("fé"), "fé" में accent)
छापो([क्रमांक(char) के_लिए char में accent], [क्रमांक(char) के_लिए char में hindi])
छापो(अक्षर(2361) + अक्षर(2367), अक्षर(20013) + अक्षर(25991), अक्षर(955).upper())
mixed = greek + "-" + chinese + "-" + accent
छापो(mixed, लंबाई(mixed), mixed.split("-"), mixed.index("字"))
छापो(क्रमबद्ध("éaz"), क्रमबद्ध([chinese, greek, accent]), अधिकतम(hindi))
छापो("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), greek.upper())
छापो(प्रतिनिधि(accent), प्रतिनिधि(hindi), ASCII(accent), ASCII(chinese))
छापो(f"[{accent:>8}]", f"[{chinese:*^8}]", f"[{greek:<5}]")
counts = {}
के_लिए char में "ééaé":
    counts[char] = counts.get(char, 0) + 1
छापो(counts, accent.encode("utf-8"), लंबाई(chinese.encode("utf-8")))
छापो("naïve café".title(), "ÅNGSTRÖM".capitalize(), "x".join(greek))
