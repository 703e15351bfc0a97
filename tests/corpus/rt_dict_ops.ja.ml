ages = {"zoe": 30, "adam": 25}
ages["mia"] = 22
ages["zoe"] = 31
表示(ages, 長さ(ages), リスト(ages), リスト(ages.values()))
表示(ages.get("adam"), ages.get("nobody"), ages.get("nobody", -1), "mia" 中 ages, 22 中 ages)
表示(ages.setdefault("adam", 0), ages.setdefault("leo", 40), ages)
表示(ages.pop("mia"), ages.pop("nobody", "none"), ages)
ages.update({"adam": 26, "kim": 28}, extra=1)
表示(ages)
表示(ages.popitem(), ages)
削除 ages["zoe"]
ages["zoe"] = 1
表示(ages, リスト(ages.items())[0])
毎 name, age 中 ages.items():
    表示(name, age)
counts = {}
毎 char 中 "mississippi":
    counts[char] = counts.get(char, 0) + 1
表示(counts, 最大値(counts, key=counts.get))
grouped = {}
毎 word 中 ["ant", "bee", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
表示(grouped)
表示(辞書.fromkeys("abc", 0), 辞書([("x", 1), ("v", 2)]), 辞書(one=1, two=2))
表示({1: "a", 真: "b", 1.0: "c"}, {(1, 2): "tuple key", なし: "none"})
表示({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} | {"b": 2}, ソート済み({"b": 1, "a": 2}.items()))
snapshot = 辞書(ages)
snapshot.clear()
表示(snapshot, ages.keys(), ages.copy() == ages)
nested = {"outer": {"inner": [1, {"deep": なし}]}, "items": [{}]}
表示(nested, nested["outer"]["inner"][1]["deep"])
