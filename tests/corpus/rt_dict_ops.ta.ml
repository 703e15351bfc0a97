ages = {"zoe": 30, "adam": 25}
ages["mia"] = 22
ages["zoe"] = 31
அச்சிடு(ages, நீளம்(ages), பட்டியல்(ages), பட்டியல்(ages.values()))
அச்சிடு(ages.get("adam"), ages.get("nobody"), ages.get("nobody", -1), "mia" இல் ages, 22 இல் ages)
அச்சிடு(ages.setdefault("adam", 0), ages.setdefault("leo", 40), ages)
அச்சிடு(ages.pop("mia"), ages.pop("nobody", "none"), ages)
ages.update({"adam": 26, "kim": 28}, extra=1)
அச்சிடு(ages)
அச்சிடு(ages.popitem(), ages)
அழி ages["zoe"]
ages["zoe"] = 1
அச்சிடு(ages, பட்டியல்(ages.items())[0])
ஒவ்வொரு name, age இல் ages.items():
    அச்சிடு(name, age)
counts = {}
ஒவ்வொரு char இல் "mississippi":
    counts[char] = counts.get(char, 0) + 1
அச்சிடு(counts, அதிகபட்சம்(counts, key=counts.get))
grouped = {}
ஒவ்வொரு word இல் ["ant", "bee", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
அச்சிடு(grouped)
அச்சிடு(அகராதி.fromkeys("abc", 0), அகராதி([("x", 1), ("v", 2)]), அகராதி(one=1, two=2))
அச்சிடு({1: "a", உண்மை: "b", 1.0: "c"}, {(1, 2): "tuple key", ஒன்றுமில்லை: "none"})
அச்சிடு({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} | {"b": 2}, வரிசைப்படுத்து({"b": 1, "a": 2}.items()))
snapshot = அகராதி(ages)
snapshot.clear()
அச்சிடு(snapshot, ages.keys(), ages.copy() == ages)
nested = {"outer": {"inner": [1, {"deep": ஒன்றுமில்லை}]}, "items": [{}]}
அச்சிடு(nested, nested["outer"]["inner"][1]["deep"])
