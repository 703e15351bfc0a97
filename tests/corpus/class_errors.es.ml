clase AppError(Exception):
    pasar


clase ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


clase NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        devolver "missing " + representacion(self.key)


def validate(age):
    si age < 0:
        lanzar ValidationError("age", "must be positive")
    devolver age


para value en [5, -1]:
    intentar:
        imprimir("ok", validate(value))
    excepto ValidationError como e:
        imprimir("invalid", e, e.field, e.args)

intentar:
    lanzar NotFound("k")
excepto AppError como e:
    imprimir(tipo(e).__name__, cadena(e), es_instancia(e, Exception))

intentar:
    lanzar AppError
excepto AppError como e:
    imprimir("bare", representacion(e), e.args)

errors = [ValidationError("x", "bad"), NotFound(3), AppError("plain")]
para err en errors:
    intentar:
        lanzar err
    excepto NotFound:
        imprimir("absent:", err)
    excepto AppError como e:
        imprimir("app error:", e)

intentar:
    intentar:
        lanzar NotFound("inner")
    excepto NotFound como e:
        lanzar ValidationError("wrapped", cadena(e)) desde e
excepto ValidationError como e:
    imprimir(e, "| cause:", e.__cause__)

lanzar ValidationError("final", "uncaught")
