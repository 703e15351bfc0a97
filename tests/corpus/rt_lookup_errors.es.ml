items = [10, 20, 30]
table = {"one": 1, "two": 2}
intentar:
    imprimir(items[3])
excepto IndexError como err:
    imprimir("IndexError:", err)
intentar:
    imprimir(items[-4])
excepto IndexError como err:
    imprimir("IndexError:", err)
intentar:
    imprimir("abc"[5])
excepto IndexError como err:
    imprimir("IndexError:", err)
intentar:
    imprimir(table["three"])
excepto KeyError como err:
    imprimir("KeyError:", err, representacion(err))
intentar:
    items.index(99)
excepto ValueError como err:
    imprimir("ValueError:", err)
intentar:
    [].pop()
excepto IndexError como err:
    imprimir("IndexError:", err)
intentar:
    longitud(5)
excepto TypeError como err:
    imprimir("TypeError:", err)
intentar:
    items + (1, 2)
excepto TypeError como err:
    imprimir("TypeError:", err)
intentar:
    imprimir(Nada + 1)
excepto TypeError como err:
    imprimir("TypeError:", err)
intentar:
    {}.popitem()
excepto KeyError como err:
    imprimir("KeyError:", err)
intentar:
    table.undefined_attr
excepto AttributeError como err:
    imprimir("AttributeError:", err)
imprimir(table.get("three"), table.get("three", 0), items[1:99], items[-99:1])
