ages = {"ann": 31, "bob": 25}
ages["cid"] = 40
ages["ann"] = 32
stampa(ages, lunghezza(ages))
stampa(ages["bob"], ages.get("dan"), ages.get("dan", 0))
stampa("ann" in ages, "zed" in ages)
stampa(lista(ages.keys()), lista(ages.values()))
per key, value in ages.items():
    stampa(key, value)
elimina ages["bob"]
stampa(ages)
ages.update({"eve": 22, "ann": 33})
stampa(ages, ages.pop("cid"), ages)
stampa(ages.setdefault("fay", 1), ages)
counts = {}
per letter in "mississippi":
    counts[letter] = counts.get(letter, 0) + 1
stampa(counts)
stampa({1: "one", 2.5: [1, 2], (1, 2): Nessuno})
stampa(dizionario([("x", 1), ("y", 2)]), dizionario(zed=26))
stampa({key: key * key per key in intervallo(4)})
merged = {**ages, "new": 0}
stampa(merged, {} == dizionario())
