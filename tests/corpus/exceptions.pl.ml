klasa BudgetError(Exception):
    pomin

funkcja spend(amount):
    jesli amount > 100:
        podnies BudgetError("too much: " + tekst(amount))
    zwroc 100 - amount

sprobuj:
    drukuj(spend(30))
    drukuj(spend(300))
wyjatek BudgetError jako error:
    drukuj("caught", error)

sprobuj:
    [1, 2][5]
wyjatek IndexError jako error:
    drukuj("IndexError", error)

sprobuj:
    {"a": 1}["b"]
wyjatek KeyError jako error:
    drukuj("KeyError", error)

sprobuj:
    calkowita("abc")
wyjatek ValueError jako error:
    drukuj("ValueError", error)
inaczej:
    drukuj("no error")
w_koncu:
    drukuj("finally runs")

sprobuj:
    drukuj(1 / 0)
wyjatek ZeroDivisionError jako error:
    drukuj("ZeroDivisionError", error)

funkcja checked(value):
    sprobuj:
        jesli value < 0:
            podnies ValueError("negative")
        zwroc "ok"
    wyjatek ValueError:
        zwroc "handled"
    w_koncu:
        drukuj("cleanup", value)

drukuj(checked(1), checked(-1))

sprobuj:
    sprobuj:
        podnies RuntimeError("inner")
    wyjatek RuntimeError:
        podnies
wyjatek RuntimeError jako error:
    drukuj("re-raised", error)

drukuj(jest_instancja(BudgetError("x"), Exception), tekst(ValueError("message")))
