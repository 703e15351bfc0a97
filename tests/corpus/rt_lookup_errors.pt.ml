items = [10, 20, 30]
table = {"one": 1, "two": 2}
tente:
    imprima(items[3])
exceto IndexError como err:
    imprima("IndexError:", err)
tente:
    imprima(items[-4])
exceto IndexError como err:
    imprima("IndexError:", err)
tente:
    imprima("abc"[5])
exceto IndexError como err:
    imprima("IndexError:", err)
tente:
    imprima(table["three"])
exceto KeyError como err:
    imprima("KeyError:", err, representacao(err))
tente:
    items.index(99)
exceto ValueError como err:
    imprima("ValueError:", err)
tente:
    [].pop()
exceto IndexError como err:
    imprima("IndexError:", err)
tente:
    comprimento(5)
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    items + (1, 2)
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    imprima(Nenhum + 1)
exceto TypeError como err:
    imprima("TypeError:", err)
tente:
    {}.popitem()
exceto KeyError como err:
    imprima("KeyError:", err)
tente:
    table.undefined_attr
exceto AttributeError como err:
    imprima("AttributeError:", err)
imprima(table.get("three"), table.get("three", 0), items[1:99], items[-99:1])
