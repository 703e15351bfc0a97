items = [10, 20, 30]
table = {"one": 1, "two": 2}
try:
    print(items[3])
except IndexError as err:
    print("IndexError:", err)
try:
    print(items[-4])
except IndexError as err:
    print("IndexError:", err)
try:
    print("abc"[5])
except IndexError as err:
    print("IndexError:", err)
try:
    print(table["three"])
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    items.index(99)
except ValueError as err:
    print("ValueError:", err)
try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)
try:
    len(5)
except TypeError as err:
    print("TypeError:", err)
try:
    items + (1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    print(None + 1)
except TypeError as err:
    print("TypeError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    table.undefined_attr
except AttributeError as err:
    print("AttributeError:", err)
print(table.get("three"), table.get("three", 0), items[1:99], items[-99:1])
