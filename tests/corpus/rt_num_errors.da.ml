definer attempt(label, func):
    prov:
        val = func()
    undtagen ZeroDivisionError som err:
        skriv(label, "ZeroDivisionError:", err)
    undtagen OverflowError som err:
        skriv(label, "OverflowError:", err)
    undtagen ValueError som err:
        skriv(label, "ValueError:", err)
    undtagen TypeError som err:
        skriv(label, "TypeError:", err)
    ellers:
        skriv(label, "ok", val)
    endelig:
        skriv(label, "done")

attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 5 // 0)
attempt("mod", lambda: 5 % 0)
attempt("fdiv", lambda: 2.5 / 0.0)
attempt("divmod", lambda: divmod(3, 0))
attempt("pow", lambda: 10.0 ** 400)
attempt("inf", lambda: heltal(flydetal("inf")))
attempt("nanint", lambda: heltal(flydetal("nan")))
attempt("parse", lambda: heltal("12abc"))
attempt("base", lambda: heltal("9", 8))
attempt("fparse", lambda: flydetal("abc"))
attempt("negpow", lambda: potens(0, -1))
attempt("mix", lambda: "3" + 4)
attempt("fine", lambda: 10 // 3)
