ages = {"zoe": 30, "adam": 25}
ages["mia"] = 22
ages["zoe"] = 31
ausgeben(ages, laenge(ages), liste(ages), liste(ages.values()))
ausgeben(ages.get("adam"), ages.get("nobody"), ages.get("nobody", -1), "mia" in ages, 22 in ages)
ausgeben(ages.setdefault("adam", 0), ages.setdefault("leo", 40), ages)
ausgeben(ages.pop("mia"), ages.pop("nobody", "none"), ages)
ages.update({"adam": 26, "kim": 28}, extra=1)
ausgeben(ages)
ausgeben(ages.popitem(), ages)
loschen ages["zoe"]
ages["zoe"] = 1
ausgeben(ages, liste(ages.items())[0])
für name, age in ages.items():
    ausgeben(name, age)
counts = {}
für char in "mississippi":
    counts[char] = counts.get(char, 0) + 1
ausgeben(counts, maximum(counts, key=counts.get))
grouped = {}
für word in ["ant", "bee", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
ausgeben(grouped)
ausgeben(wörterbuch.fromkeys("abc", 0), wörterbuch([("x", 1), ("v", 2)]), wörterbuch(one=1, two=2))
ausgeben({1: "a", Wahr: "b", 1.0: "c"}, {(1, 2): "tuple key", Nichts: "none"})
ausgeben({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} | {"b": 2}, sortiert({"b": 1, "a": 2}.items()))
snapshot = wörterbuch(ages)
snapshot.clear()
ausgeben(snapshot, ages.keys(), ages.copy() == ages)
nested = {"outer": {"inner": [1, {"deep": Nichts}]}, "items": [{}]}
ausgeben(nested, nested["outer"]["inner"][1]["deep"])
