def attempt(label, func):
    try:
        val = func()
    except ZeroDivisionError as err:
        print(label, "ZeroDivisionError:", err)
    except OverflowError as err:
        print(label, "OverflowError:", err)
    except ValueError as err:
        print(label, "ValueError:", err)
    except TypeError as err:
        print(label, "TypeError:", err)
    else:
        print(label, "ok", val)
    finally:
        print(label, "done")

attempt("div", lambda: 1 / 0)
attempt("floordiv", lambda: 5 // 0)
attempt("mod", lambda: 5 % 0)
attempt("fdiv", lambda: 2.5 / 0.0)
attempt("divmod", lambda: divmod(3, 0))
attempt("pow", lambda: 10.0 ** 400)
attempt("inf", lambda: int(float("inf")))
attempt("nanint", lambda: int(float("nan")))
attempt("parse", lambda: int("12abc"))
attempt("base", lambda: int("9", 8))
attempt("fparse", lambda: float("abc"))
attempt("negpow", lambda: pow(0, -1))
attempt("mix", lambda: "3" + 4)
attempt("fine", lambda: 10 // 3)
