ages = {"ann": 31, "bob": 25}
ages["cid"] = 40
ages["ann"] = 32
表示(ages, 長さ(ages))
表示(ages["bob"], ages.get("dan"), ages.get("dan", 0))
表示("ann" 中 ages, "zed" 中 ages)
表示(リスト(ages.keys()), リスト(ages.values()))
毎 key, value 中 ages.items():
    表示(key, value)
削除 ages["bob"]
表示(ages)
ages.update({"eve": 22, "ann": 33})
表示(ages, ages.pop("cid"), ages)
表示(ages.setdefault("fay", 1), ages)
counts = {}
毎 letter 中 "mississippi":
    counts[letter] = counts.get(letter, 0) + 1
表示(counts)
表示({1: "one", 2.5: [1, 2], (1, 2): なし})
表示(辞書([("x", 1), ("y", 2)]), 辞書(zed=26))
表示({key: key * key 毎 key 中 範囲(4)})
merged = {**ages, "new": 0}
表示(merged, {} == 辞書())
