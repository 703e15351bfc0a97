defina check(val):
    tente:
        imprima("attempt", val)
        se val == 0:
            lance ValueError("zero")
        se val < 0:
            retorne "negative"
        result = 10 // val
    exceto ValueError como err:
        imprima("caught", err)
        retorne "handled"
    senão:
        imprima("fine", result)
        retorne "computed " + texto(result)
    finalmente:
        imprima("always", val)

imprima(check(5))
imprima(check(0))
imprima(check(-1))

defina override():
    tente:
        retorne "value"
    finalmente:
        imprima("cleanup first")

imprima(override())

classe AppError(Exception):
    defina __init__(self, code, text):
        super().__init__(text)
        self.code = code

tente:
    tente:
        {}["missing"]
    exceto KeyError como err:
        lance AppError(404, "missing") de err
exceto AppError como err:
    imprima(tipo(err).__name__, err.code, err, tipo(err.__cause__).__name__, err.args)
tente:
    lance RuntimeError
exceto RuntimeError como err:
    imprima(representacao(err), texto(err) == "", é_instancia(err, Exception))
para val em [1, "two", 3.0, Nenhum]:
    tente:
        imprima(val * 2 + 1)
    exceto TypeError como err:
        imprima("bad", tipo(val).__name__, err)
tente:
    lance IndexError("deep", 42)
exceto Exception como err:
    imprima(tipo(err).__name__, err.args, err)
