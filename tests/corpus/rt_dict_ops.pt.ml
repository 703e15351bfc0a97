ages = {"zoe": 30, "adam": 25}
ages["mia"] = 22
ages["zoe"] = 31
imprima(ages, comprimento(ages), lista(ages), lista(ages.values()))
imprima(ages.get("adam"), ages.get("nobody"), ages.get("nobody", -1), "mia" em ages, 22 em ages)
imprima(ages.setdefault("adam", 0), ages.setdefault("leo", 40), ages)
imprima(ages.pop("mia"), ages.pop("nobody", "none"), ages)
ages.update({"adam": 26, "kim": 28}, extra=1)
imprima(ages)
imprima(ages.popitem(), ages)
apagar ages["zoe"]
ages["zoe"] = 1
imprima(ages, lista(ages.items())[0])
para name, age em ages.items():
    imprima(name, age)
counts = {}
para char em "mississippi":
    counts[char] = counts.get(char, 0) + 1
imprima(counts, máximo(counts, key=counts.get))
grouped = {}
para word em ["ant", "bee", "ape", "bat", "cow"]:
    grouped.setdefault(word[0], []).append(word)
imprima(grouped)
imprima(dicionário.fromkeys("abc", 0), dicionário([("x", 1), ("v", 2)]), dicionário(one=1, two=2))
imprima({1: "a", Verdadeiro: "b", 1.0: "c"}, {(1, 2): "tuple key", Nenhum: "none"})
imprima({"b": 1, "a": 2} == {"a": 2, "b": 1}, {"a": 1} | {"b": 2}, ordenado({"b": 1, "a": 2}.items()))
snapshot = dicionário(ages)
snapshot.clear()
imprima(snapshot, ages.keys(), ages.copy() == ages)
nested = {"outer": {"inner": [1, {"deep": Nenhum}]}, "items": [{}]}
imprima(nested, nested["outer"]["inner"][1]["deep"])
