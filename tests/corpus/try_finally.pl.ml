# `except (A, B)` and `raise ... from` follow Python (the original accepts only one class name):
# the expected output is CPython 3.12's for the English program.
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

funkcja swallow():
    sprobuj:
        podnies KeyError("k")
    w_koncu:
        zwroc "swallowed"

drukuj(swallow())

dla i w range(5):
    sprobuj:
        jesli i == 1:
            kontynuuj
        jesli i == 3:
            przerwij
        drukuj("body", i)
    w_koncu:
        drukuj("fin", i)

funkcja nested():
    sprobuj:
        sprobuj:
            podnies ValueError("inner")
        w_koncu:
            drukuj("inner finally")
    wyjatek ValueError jako err:
        drukuj("outer caught", err)
        sprobuj:
            podnies TypeError("second")
        wyjatek TypeError jako t:
            drukuj("ctx", repr(t.__context__))
    w_koncu:
        drukuj("outer finally")
    zwroc "done"

drukuj(nested())

sprobuj:
    sprobuj:
        {}["missing"]
    wyjatek KeyError jako err:
        podnies ValueError("bad") zmodulu err
wyjatek ValueError jako err:
    drukuj(repr(err), repr(err.__cause__))

sprobuj:
    sprobuj:
        1 / 0
    wyjatek ZeroDivisionError:
        podnies
wyjatek (TypeError, ZeroDivisionError) jako err:
    drukuj("tuple caught", err)

funkcja reraise_outside():
    podnies
sprobuj:
    sprobuj:
        podnies IndexError("ix")
    wyjatek IndexError:
        reraise_outside()
wyjatek IndexError jako err:
    drukuj("outside reraise", err)

sprobuj:
    reraise_outside()
wyjatek RuntimeError jako err:
    drukuj(err)

count = 0
dopoki Prawda:
    count += 1
    sprobuj:
        sprobuj:
            jesli count > 2:
                przerwij
        w_koncu:
            drukuj("while fin", count)
    wyjatek ValueError:
        pomin
drukuj("count", count)

sprobuj:
    sprobuj:
        podnies ValueError(1)
    wyjatek ValueError:
        podnies TypeError(2)
wyjatek TypeError jako err:
    drukuj(repr(err), repr(err.__context__))
sprobuj:
    sprobuj:
        podnies ValueError(1)
    w_koncu:
        drukuj("fin before")
wyjatek ValueError jako err:
    drukuj("after fin", repr(err), err.__context__)
