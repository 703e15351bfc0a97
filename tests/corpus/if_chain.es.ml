def describe(number):
    si number < 0:
        devolver "negative"
    sinosi number == 0:
        devolver "zero"
    sinosi number < 10:
        devolver "small"
    sino:
        devolver "large"

para value en [-5, 0, 3, 10, 99]:
    imprimir(value, describe(value))

temperature = 21
si temperature > 30:
    imprimir("hot")
sinosi temperature > 15:
    imprimir("mild")
sino:
    imprimir("cold")

si no temperature == 21:
    imprimir("unexpected")
sino:
    imprimir("as expected")
