definiera check(val):
    forsok:
        skriv("attempt", val)
        om val == 0:
            kasta ValueError("zero")
        om val < 0:
            retur "negative"
        result = 10 // val
    utom ValueError som err:
        skriv("caught", err)
        retur "handled"
    annars:
        skriv("fine", result)
        retur "computed " + strang(result)
    slutligen:
        skriv("always", val)

skriv(check(5))
skriv(check(0))
skriv(check(-1))

definiera override():
    forsok:
        retur "value"
    slutligen:
        skriv("cleanup first")

skriv(override())

klass AppError(Exception):
    definiera __init__(self, code, text):
        super().__init__(text)
        self.code = code

forsok:
    forsok:
        {}["missing"]
    utom KeyError som err:
        kasta AppError(404, "missing") fran err
utom AppError som err:
    skriv(typ(err).__name__, err.code, err, typ(err.__cause__).__name__, err.args)
forsok:
    kasta RuntimeError
utom RuntimeError som err:
    skriv(representation(err), strang(err) == "", ar_instans(err, Exception))
for val i [1, "two", 3.0, Ingen]:
    forsok:
        skriv(val * 2 + 1)
    utom TypeError som err:
        skriv("bad", typ(val).__name__, err)
forsok:
    kasta IndexError("deep", 42)
utom Exception som err:
    skriv(typ(err).__name__, err.args, err)
