class BudgetError(Exception):
    pass

def spend(amount):
    if amount > 100:
        raise BudgetError("too much: " + str(amount))
    return 100 - amount

try:
    print(spend(30))
    print(spend(300))
except BudgetError as error:
    print("caught", error)

try:
    [1, 2][5]
except IndexError as error:
    print("IndexError", error)

try:
    {"a": 1}["b"]
except KeyError as error:
    print("KeyError", error)

try:
    int("abc")
except ValueError as error:
    print("ValueError", error)
else:
    print("no error")
finally:
    print("finally runs")

try:
    print(1 / 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)

def checked(value):
    try:
        if value < 0:
            raise ValueError("negative")
        return "ok"
    except ValueError:
        return "handled"
    finally:
        print("cleanup", value)

print(checked(1), checked(-1))

try:
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        raise
except RuntimeError as error:
    print("re-raised", error)

print(isinstance(BudgetError("x"), Exception), str(ValueError("message")))
