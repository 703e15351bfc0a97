class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return "missing " + repr(self.key)


def validate(age):
    if age < 0:
        raise ValidationError("age", "must be positive")
    return age


for value in [5, -1]:
    try:
        print("ok", validate(value))
    except ValidationError as e:
        print("invalid", e, e.field, e.args)

try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, str(e), isinstance(e, Exception))

try:
    raise AppError
except AppError as e:
    print("bare", repr(e), e.args)

errors = [ValidationError("x", "bad"), NotFound(3), AppError("plain")]
for err in errors:
    try:
        raise err
    except NotFound:
        print("absent:", err)
    except AppError as e:
        print("app error:", e)

try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise ValidationError("wrapped", str(e)) from e
except ValidationError as e:
    print(e, "| cause:", e.__cause__)

raise ValidationError("final", "uncaught")
