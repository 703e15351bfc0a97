classe AppError(Exception):
    passer


classe ValidationError(AppError):
    déf __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


classe NotFound(AppError):
    déf __init__(self, key):
        self.key = key

    déf __str__(self):
        retour "missing " + représentation(self.key)


déf validate(age):
    si age < 0:
        lever ValidationError("age", "must be positive")
    retour age


pour value dans [5, -1]:
    essayer:
        afficher("ok", validate(value))
    sauf ValidationError comme e:
        afficher("invalid", e, e.field, e.args)

essayer:
    lever NotFound("k")
sauf AppError comme e:
    afficher(type(e).__name__, chaine(e), est_instance(e, Exception))

essayer:
    lever AppError
sauf AppError comme e:
    afficher("bare", représentation(e), e.args)

errors = [ValidationError("x", "bad"), NotFound(3), AppError("plain")]
pour err dans errors:
    essayer:
        lever err
    sauf NotFound:
        afficher("absent:", err)
    sauf AppError comme e:
        afficher("app error:", e)

essayer:
    essayer:
        lever NotFound("inner")
    sauf NotFound comme e:
        lever ValidationError("wrapped", chaine(e)) depuis e
sauf ValidationError comme e:
    afficher(e, "| cause:", e.__cause__)

lever ValidationError("final", "uncaught")
