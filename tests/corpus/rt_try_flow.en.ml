def check(val):
    try:
        print("attempt", val)
        if val == 0:
            raise ValueError("zero")
        if val < 0:
            return "negative"
        result = 10 // val
    except ValueError as err:
        print("caught", err)
        return "handled"
    else:
        print("fine", result)
        return "computed " + str(result)
    finally:
        print("always", val)

print(check(5))
print(check(0))
print(check(-1))

def override():
    try:
        return "value"
    finally:
        print("cleanup first")

print(override())

class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code

try:
    try:
        {}["missing"]
    except KeyError as err:
        raise AppError(404, "missing") from err
except AppError as err:
    print(type(err).__name__, err.code, err, type(err.__cause__).__name__, err.args)
try:
    raise RuntimeError
except RuntimeError as err:
    print(repr(err), str(err) == "", isinstance(err, Exception))
for val in [1, "two", 3.0, None]:
    try:
        print(val * 2 + 1)
    except TypeError as err:
        print("bad", type(val).__name__, err)
try:
    raise IndexError("deep", 42)
except Exception as err:
    print(type(err).__name__, err.args, err)
