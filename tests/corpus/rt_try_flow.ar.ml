دالة check(val):
    حاول:
        اطبع("attempt", val)
        إذا val == 0:
            ارفع ValueError("zero")
        إذا val < 0:
            إرجاع "negative"
        result = 10 // val
    استثناء ValueError كـ err:
        اطبع("caught", err)
        إرجاع "handled"
    وإلا:
        اطبع("fine", result)
        إرجاع "computed " + نص(result)
    أخيراً:
        اطبع("always", val)

اطبع(check(5))
اطبع(check(0))
اطبع(check(-1))

دالة override():
    حاول:
        إرجاع "value"
    أخيراً:
        اطبع("cleanup first")

اطبع(override())

صنف AppError(Exception):
    دالة __init__(self, code, text):
        super().__init__(text)
        self.code = code

حاول:
    حاول:
        {}["missing"]
    استثناء KeyError كـ err:
        ارفع AppError(404, "missing") من err
استثناء AppError كـ err:
    اطبع(نوع(err).__name__, err.code, err, نوع(err.__cause__).__name__, err.args)
حاول:
    ارفع RuntimeError
استثناء RuntimeError كـ err:
    اطبع(تمثيل(err), نص(err) == "", هو_نموذج(err, Exception))
لكل val في [1, "two", 3.0, لاشيء]:
    حاول:
        اطبع(val * 2 + 1)
    استثناء TypeError كـ err:
        اطبع("bad", نوع(val).__name__, err)
حاول:
    ارفع IndexError("deep", 42)
استثناء Exception كـ err:
    اطبع(نوع(err).__name__, err.args, err)
