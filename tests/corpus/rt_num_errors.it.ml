definisci attempt(label, func):
    prova:
        val = func()
    eccetto ZeroDivisionError come err:
        stampa(label, "ZeroDivisionError:", err)
    eccetto OverflowError come err:
        stampa(label, "OverflowError:", err)
    eccetto ValueError come err:
        stampa(label, "ValueError:", err)
    eccetto TypeError come err:
        stampa(label, "TypeError:", err)
    altrimenti:
        stampa(label, "ok", val)
    infine:
        stampa(label, "done")

attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 5 // 0)
attempt("mod", lambda: 5 % 0)
attempt("fdiv", lambda: 2.5 / 0.0)
attempt("divmod", lambda: divmod(3, 0))
attempt("pow", lambda: 10.0 ** 400)
attempt("inf", lambda: intero(decimale("inf")))
attempt("nanint", lambda: intero(decimale("nan")))
attempt("parse", lambda: intero("12abc"))
attempt("base", lambda: intero("9", 8))
attempt("fparse", lambda: decimale("abc"))
attempt("negpow", lambda: potenza(0, -1))
attempt("mix", lambda: "3" + 4)
attempt("fine", lambda: 10 // 3)
