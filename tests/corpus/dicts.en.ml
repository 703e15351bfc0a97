ages = {"ann": 31, "bob": 25}
ages["cid"] = 40
ages["ann"] = 32
print(ages, len(ages))
print(ages["bob"], ages.get("dan"), ages.get("dan", 0))
print("ann" in ages, "zed" in ages)
print(list(ages.keys()), list(ages.values()))
for key, value in ages.items():
    print(key, value)
del ages["bob"]
print(ages)
ages.update({"eve": 22, "ann": 33})
print(ages, ages.pop("cid"), ages)
print(ages.setdefault("fay", 1), ages)
counts = {}
for letter in "mississippi":
    counts[letter] = counts.get(letter, 0) + 1
print(counts)
print({1: "one", 2.5: [1, 2], (1, 2): None})
print(dict([("x", 1), ("y", 2)]), dict(zed=26))
print({key: key * key for key in range(4)})
merged = {**ages, "new": 0}
print(merged, {} == dict())
