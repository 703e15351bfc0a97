# `except (A, B)` and `raise ... from` follow Python (the original accepts only one class name):
# the expected output is CPython 3.12's for the English program.
def check(val):
    versuchen:
        ausgeben("attempt", val)
        wenn val == 0:
            auslösen ValueError("zero")
        wenn val < 0:
            rückgabe "negative"
        result = 10 // val
    ausnahme ValueError als err:
        ausgeben("caught", err)
        rückgabe "handled"
    sonst:
        ausgeben("fine", result)
        rückgabe "computed " + zeichenkette(result)
    schließlich:
        ausgeben("always", val)

ausgeben(check(5))
ausgeben(check(0))
ausgeben(check(-1))

def override():
    versuchen:
        rückgabe "value"
    schließlich:
        ausgeben("cleanup first")

ausgeben(override())

def swallow():
    versuchen:
        auslösen KeyError("k")
    schließlich:
        rückgabe "swallowed"

ausgeben(swallow())

für i in range(5):
    versuchen:
        wenn i == 1:
            weiter
        wenn i == 3:
            abbrechen
        ausgeben("body", i)
    schließlich:
        ausgeben("fin", i)

def nested():
    versuchen:
        versuchen:
            auslösen ValueError("inner")
        schließlich:
            ausgeben("inner finally")
    ausnahme ValueError als err:
        ausgeben("outer caught", err)
        versuchen:
            auslösen TypeError("second")
        ausnahme TypeError als t:
            ausgeben("ctx", repr(t.__context__))
    schließlich:
        ausgeben("outer finally")
    rückgabe "done"

ausgeben(nested())

versuchen:
    versuchen:
        {}["missing"]
    ausnahme KeyError als err:
        auslösen ValueError("bad") von err
ausnahme ValueError als err:
    ausgeben(repr(err), repr(err.__cause__))

versuchen:
    versuchen:
        1 / 0
    ausnahme ZeroDivisionError:
        auslösen
ausnahme (TypeError, ZeroDivisionError) als err:
    ausgeben("tuple caught", err)

def reraise_outside():
    auslösen
versuchen:
    versuchen:
        auslösen IndexError("ix")
    ausnahme IndexError:
        reraise_outside()
ausnahme IndexError als err:
    ausgeben("outside reraise", err)

versuchen:
    reraise_outside()
ausnahme RuntimeError als err:
    ausgeben(err)

count = 0
solange Wahr:
    count += 1
    versuchen:
        versuchen:
            wenn count > 2:
                abbrechen
        schließlich:
            ausgeben("while fin", count)
    ausnahme ValueError:
        pass
ausgeben("count", count)

versuchen:
    versuchen:
        auslösen ValueError(1)
    ausnahme ValueError:
        auslösen TypeError(2)
ausnahme TypeError als err:
    ausgeben(repr(err), repr(err.__context__))
versuchen:
    versuchen:
        auslösen ValueError(1)
    schließlich:
        ausgeben("fin before")
ausnahme ValueError als err:
    ausgeben("after fin", repr(err), err.__context__)
