items = [10, 20, 30]
table = {"one": 1, "two": 2}
forsok:
    skriv(items[3])
utom IndexError som err:
    skriv("IndexError:", err)
forsok:
    skriv(items[-4])
utom IndexError som err:
    skriv("IndexError:", err)
forsok:
    skriv("abc"[5])
utom IndexError som err:
    skriv("IndexError:", err)
forsok:
    skriv(table["three"])
utom KeyError som err:
    skriv("KeyError:", err, representation(err))
forsok:
    items.index(99)
utom ValueError som err:
    skriv("ValueError:", err)
forsok:
    [].pop()
utom IndexError som err:
    skriv("IndexError:", err)
forsok:
    langd(5)
utom TypeError som err:
    skriv("TypeError:", err)
forsok:
    items + (1, 2)
utom TypeError som err:
    skriv("TypeError:", err)
forsok:
    skriv(Ingen + 1)
utom TypeError som err:
    skriv("TypeError:", err)
forsok:
    {}.popitem()
utom KeyError som err:
    skriv("KeyError:", err)
forsok:
    table.undefined_attr
utom AttributeError som err:
    skriv("AttributeError:", err)
skriv(table.get("three"), table.get("three", 0), items[1:99], items[-99:1])
