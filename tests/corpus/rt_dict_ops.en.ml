ages = {"zoe": 30, "adam": 25}
ages["mia"] = 22
ages["zoe"] = 31
print(ages, len(ages), list(ages), list(ages.values()))
print(ages.get("adam"), ages.get("nobody"), ages.get("nobody", -1), "mia" in ages, 22 in ages)
print(ages.setdefault("adam", 0), ages.setdefault("leo", 40), ages)
print(ages.pop("mia"), ages.pop("nobody", "none"), ages)
ages.update({"adam": 26, "kim": 28}, extra=1)
print(ages)
print(ages.popitem(), ages)
del ages["zoe"]
ages["zoe"] = 1
print(ages, list(ages.items())[0])
for name, age in ages.items():
    print(name, age)
counts = {}
for char in "mississippi":
    counts[char] = counts.get(char, 0) + 1
print(counts, max(counts, key=counts.get))
grouped = {}
for word in ["ant", "bee", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
print(dict.fromkeys("abc", 0), dict([("x", 1), ("v", 2)]), dict(one=1, two=2))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key", None: "none"})
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} | {"b": 2}, sorted({"b": 1, "a": 2}.items()))
snapshot = dict(ages)
snapshot.clear()
print(snapshot, ages.keys(), ages.copy() == ages)
nested = {"outer": {"inner": [1, {"deep": None}]}, "items": [{}]}
print(nested, nested["outer"]["inner"][1]["deep"])
