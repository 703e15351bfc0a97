items = [10, 20, 30]
table = {"one": 1, "two": 2}
essayer:
    afficher(items[3])
sauf IndexError comme err:
    afficher("IndexError:", err)
essayer:
    afficher(items[-4])
sauf IndexError comme err:
    afficher("IndexError:", err)
essayer:
    afficher("abc"[5])
sauf IndexError comme err:
    afficher("IndexError:", err)
essayer:
    afficher(table["three"])
sauf KeyError comme err:
    afficher("KeyError:", err, représentation(err))
essayer:
    items.index(99)
sauf ValueError comme err:
    afficher("ValueError:", err)
essayer:
    [].pop()
sauf IndexError comme err:
    afficher("IndexError:", err)
essayer:
    longueur(5)
sauf TypeError comme err:
    afficher("TypeError:", err)
essayer:
    items + (1, 2)
sauf TypeError comme err:
    afficher("TypeError:", err)
essayer:
    afficher(Rien + 1)
sauf TypeError comme err:
    afficher("TypeError:", err)
essayer:
    {}.popitem()
sauf KeyError comme err:
    afficher("KeyError:", err)
essayer:
    table.undefined_attr
sauf AttributeError comme err:
    afficher("AttributeError:", err)
afficher(table.get("three"), table.get("three", 0), items[1:99], items[-99:1])
