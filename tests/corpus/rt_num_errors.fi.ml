maarittele attempt(label, func):
    yrita:
        val = func()
    paitsi ZeroDivisionError nimella err:
        tulosta(label, "ZeroDivisionError:", err)
    paitsi OverflowError nimella err:
        tulosta(label, "OverflowError:", err)
    paitsi ValueError nimella err:
        tulosta(label, "ValueError:", err)
    paitsi TypeError nimella err:
        tulosta(label, "TypeError:", err)
    muuten:
        tulosta(label, "ok", val)
    lopuksi:
        tulosta(label, "done")

attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 5 // 0)
attempt("mod", lambda: 5 % 0)
attempt("fdiv", lambda: 2.5 / 0.0)
attempt("divmod", lambda: jakojaannos(3, 0))
attempt("pow", lambda: 10.0 ** 400)
attempt("inf", lambda: kokonaisluku(liukuluku("inf")))
attempt("nanint", lambda: kokonaisluku(liukuluku("nan")))
attempt("parse", lambda: kokonaisluku("12abc"))
attempt("base", lambda: kokonaisluku("9", 8))
attempt("fparse", lambda: liukuluku("abc"))
attempt("negpow", lambda: potenssi(0, -1))
attempt("mix", lambda: "3" + 4)
attempt("fine", lambda: 10 // 3)
