classe BudgetError(Exception):
    passe

defina spend(amount):
    se amount > 100:
        lance BudgetError("too much: " + texto(amount))
    retorne 100 - amount

tente:
    imprima(spend(30))
    imprima(spend(300))
exceto BudgetError como error:
    imprima("caught", error)

tente:
    [1, 2][5]
exceto IndexError como error:
    imprima("IndexError", error)

tente:
    {"a": 1}["b"]
exceto KeyError como error:
    imprima("KeyError", error)

tente:
    inteiro("abc")
exceto ValueError como error:
    imprima("ValueError", error)
senão:
    imprima("no error")
finalmente:
    imprima("finally runs")

tente:
    imprima(1 / 0)
exceto ZeroDivisionError como error:
    imprima("ZeroDivisionError", error)

defina checked(value):
    tente:
        se value < 0:
            lance ValueError("negative")
        retorne "ok"
    exceto ValueError:
        retorne "handled"
    finalmente:
        imprima("cleanup", value)

imprima(checked(1), checked(-1))

tente:
    tente:
        lance RuntimeError("inner")
    exceto RuntimeError:
        lance
exceto RuntimeError como error:
    imprima("re-raised", error)

imprima(é_instancia(BudgetError("x"), Exception), texto(ValueError("message")))
