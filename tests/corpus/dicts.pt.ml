ages = {"ann": 31, "bob": 25}
ages["cid"] = 40
ages["ann"] = 32
imprima(ages, comprimento(ages))
imprima(ages["bob"], ages.get("dan"), ages.get("dan", 0))
imprima("ann" em ages, "zed" em ages)
imprima(lista(ages.keys()), lista(ages.values()))
para key, value em ages.items():
    imprima(key, value)
apagar ages["bob"]
imprima(ages)
ages.update({"eve": 22, "ann": 33})
imprima(ages, ages.pop("cid"), ages)
imprima(ages.setdefault("fay", 1), ages)
counts = {}
para letter em "mississippi":
    counts[letter] = counts.get(letter, 0) + 1
imprima(counts)
imprima({1: "one", 2.5: [1, 2], (1, 2): Nenhum})
imprima(dicionário([("x", 1), ("y", 2)]), dicionário(zed=26))
imprima({key: key * key para key em intervalo(4)})
merged = {**ages, "new": 0}
imprima(merged, {} == dicionário())
