funkcja check(val):
    sprobuj:
        drukuj("attempt", val)
        jesli val == 0:
            podnies ValueError("zero")
        jesli val < 0:
            zwroc "negative"
        result = 10 // val
    wyjatek ValueError jako err:
        drukuj("caught", err)
        zwroc "handled"
    inaczej:
        drukuj("fine", result)
        zwroc "computed " + tekst(result)
    w_koncu:
        drukuj("always", val)

drukuj(check(5))
drukuj(check(0))
drukuj(check(-1))

funkcja override():
    sprobuj:
        zwroc "value"
    w_koncu:
        drukuj("cleanup first")

drukuj(override())

klasa AppError(Exception):
    funkcja __init__(self, code, text):
        super().__init__(text)
        self.code = code

sprobuj:
    sprobuj:
        {}["missing"]
    wyjatek KeyError jako err:
        podnies AppError(404, "missing") zmodulu err
wyjatek AppError jako err:
    drukuj(typ(err).__name__, err.code, err, typ(err.__cause__).__name__, err.args)
sprobuj:
    podnies RuntimeError
wyjatek RuntimeError jako err:
    drukuj(reprezentacja(err), tekst(err) == "", jest_instancja(err, Exception))
dla val w [1, "two", 3.0, Brak]:
    sprobuj:
        drukuj(val * 2 + 1)
    wyjatek TypeError jako err:
        drukuj("bad", typ(val).__name__, err)
sprobuj:
    podnies IndexError("deep", 42)
wyjatek Exception jako err:
    drukuj(typ(err).__name__, err.args, err)
