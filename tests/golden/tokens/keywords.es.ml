# Español: y/o/en/no/es son palabras clave.
sea x = 10
mientras x > 0 y no x es Nada:
    x = x - 1
para i en rango(3):
    si i no en [1] o i == 2:
        imprimir(i)
    sinosi i no_en [3]:
        pasar
    sino:
        romper
def doble(n):
    devolver n * 2
