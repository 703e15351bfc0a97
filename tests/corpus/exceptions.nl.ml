klasse BudgetError(Exception):
    sla_over

definieer spend(amount):
    als amount > 100:
        werp BudgetError("too much: " + tekenreeks(amount))
    retourneer 100 - amount

probeer:
    afdrukken(spend(30))
    afdrukken(spend(300))
behalve BudgetError zoals error:
    afdrukken("caught", error)

probeer:
    [1, 2][5]
behalve IndexError zoals error:
    afdrukken("IndexError", error)

probeer:
    {"a": 1}["b"]
behalve KeyError zoals error:
    afdrukken("KeyError", error)

probeer:
    geheel("abc")
behalve ValueError zoals error:
    afdrukken("ValueError", error)
anders:
    afdrukken("no error")
eindelijk:
    afdrukken("finally runs")

probeer:
    afdrukken(1 / 0)
behalve ZeroDivisionError zoals error:
    afdrukken("ZeroDivisionError", error)

definieer checked(value):
    probeer:
        als value < 0:
            werp ValueError("negative")
        retourneer "ok"
    behalve ValueError:
        retourneer "handled"
    eindelijk:
        afdrukken("cleanup", value)

afdrukken(checked(1), checked(-1))

probeer:
    probeer:
        werp RuntimeError("inner")
    behalve RuntimeError:
        werp
behalve RuntimeError zoals error:
    afdrukken("re-raised", error)

afdrukken(is_instantie(BudgetError("x"), Exception), tekenreeks(ValueError("message")))
