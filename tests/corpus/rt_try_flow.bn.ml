সংজ্ঞা check(val):
    চেষ্টা:
        ছাপাও("attempt", val)
        যদি val == 0:
            তোলো ValueError("zero")
        যদি val < 0:
            ফেরত "negative"
        result = 10 // val
    ব্যতিক্রম ValueError হিসাবে err:
        ছাপাও("caught", err)
        ফেরত "handled"
    নাহলে:
        ছাপাও("fine", result)
        ফেরত "computed " + পাঠ্য(result)
    অবশেষে:
        ছাপাও("always", val)

ছাপাও(check(5))
ছাপাও(check(0))
ছাপাও(check(-1))

সংজ্ঞা override():
    চেষ্টা:
        ফেরত "value"
    অবশেষে:
        ছাপাও("cleanup first")

ছাপাও(override())

শ্রেণি AppError(Exception):
    সংজ্ঞা __init__(self, code, text):
        super().__init__(text)
        self.code = code

চেষ্টা:
    চেষ্টা:
        {}["missing"]
    ব্যতিক্রম KeyError হিসাবে err:
        তোলো AppError(404, "missing") থেকে err
ব্যতিক্রম AppError হিসাবে err:
    ছাপাও(ধরন(err).__name__, err.code, err, ধরন(err.__cause__).__name__, err.args)
চেষ্টা:
    তোলো RuntimeError
ব্যতিক্রম RuntimeError হিসাবে err:
    ছাপাও(উপস্থাপনা(err), পাঠ্য(err) == "", দৃষ্টান্ত_কি(err, Exception))
জন্য val মধ্যে [1, "two", 3.0, কিছুনা]:
    চেষ্টা:
        ছাপাও(val * 2 + 1)
    ব্যতিক্রম TypeError হিসাবে err:
        ছাপাও("bad", ধরন(val).__name__, err)
চেষ্টা:
    তোলো IndexError("deep", 42)
ব্যতিক্রম Exception হিসাবে err:
    ছাপাও(ধরন(err).__name__, err.args, err)
