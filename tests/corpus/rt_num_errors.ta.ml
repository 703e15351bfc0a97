வரையறு attempt(label, func):
    முயற்சி:
        val = func()
    விதிவிலக்கு ZeroDivisionError ஆக err:
        அச்சிடு(label, "ZeroDivisionError:", err)
    விதிவிலக்கு OverflowError ஆக err:
        அச்சிடு(label, "OverflowError:", err)
    விதிவிலக்கு ValueError ஆக err:
        அச்சிடு(label, "ValueError:", err)
    விதிவிலக்கு TypeError ஆக err:
        அச்சிடு(label, "TypeError:", err)
    இல்லை:
        அச்சிடு(label, "ok", val)
    இறுதியாக:
        அச்சிடு(label, "done")

attempt("div", லாம்டா: 1 / 0)
attempt("floordiv", லாம்டா: 5 // 0)
attempt("mod", லாம்டா: 5 % 0)
attempt("fdiv", லாம்டா: 2.5 / 0.0)
attempt("divmod", லாம்டா: வகுமீதி(3, 0))
attempt("pow", லாம்டா: 10.0 ** 400)
attempt("inf", லாம்டா: முழு(மிதவை("inf")))
attempt("nanint", லாம்டா: முழு(மிதவை("nan")))
attempt("parse", லாம்டா: முழு("12abc"))
attempt("base", லாம்டா: முழு("9", 8))
attempt("fparse", லாம்டா: மிதவை("abc"))
attempt("negpow", லாம்டா: அடுக்கு(0, -1))
attempt("mix", லாம்டா: "3" + 4)
attempt("fine", லாம்டா: 10 // 3)
