# `except (A, B)` and `raise ... from` follow Python (the original accepts only one class name):
# the expected output is CPython 3.12's for the English program.
déf check(val):
    essayer:
        afficher("attempt", val)
        si val == 0:
            lever ValueError("zero")
        si val < 0:
            retour "negative"
        result = 10 // val
    sauf ValueError comme err:
        afficher("caught", err)
        retour "handled"
    sinon:
        afficher("fine", result)
        retour "computed " + chaine(result)
    finalement:
        afficher("always", val)

afficher(check(5))
afficher(check(0))
afficher(check(-1))

déf override():
    essayer:
        retour "value"
    finalement:
        afficher("cleanup first")

afficher(override())

déf swallow():
    essayer:
        lever KeyError("k")
    finalement:
        retour "swallowed"

afficher(swallow())

pour i dans range(5):
    essayer:
        si i == 1:
            continuer
        si i == 3:
            arrêter
        afficher("body", i)
    finalement:
        afficher("fin", i)

déf nested():
    essayer:
        essayer:
            lever ValueError("inner")
        finalement:
            afficher("inner finally")
    sauf ValueError comme err:
        afficher("outer caught", err)
        essayer:
            lever TypeError("second")
        sauf TypeError comme t:
            afficher("ctx", repr(t.__context__))
    finalement:
        afficher("outer finally")
    retour "done"

afficher(nested())

essayer:
    essayer:
        {}["missing"]
    sauf KeyError comme err:
        lever ValueError("bad") depuis err
sauf ValueError comme err:
    afficher(repr(err), repr(err.__cause__))

essayer:
    essayer:
        1 / 0
    sauf ZeroDivisionError:
        lever
sauf (TypeError, ZeroDivisionError) comme err:
    afficher("tuple caught", err)

déf reraise_outside():
    lever
essayer:
    essayer:
        lever IndexError("ix")
    sauf IndexError:
        reraise_outside()
sauf IndexError comme err:
    afficher("outside reraise", err)

essayer:
    reraise_outside()
sauf RuntimeError comme err:
    afficher(err)

count = 0
tantque Vrai:
    count += 1
    essayer:
        essayer:
            si count > 2:
                arrêter
        finalement:
            afficher("while fin", count)
    sauf ValueError:
        passer
afficher("count", count)

essayer:
    essayer:
        lever ValueError(1)
    sauf ValueError:
        lever TypeError(2)
sauf TypeError comme err:
    afficher(repr(err), repr(err.__context__))
essayer:
    essayer:
        lever ValueError(1)
    finalement:
        afficher("fin before")
sauf ValueError comme err:
    afficher("after fin", repr(err), err.__context__)
