# devolver (return) at module level and in a class body.
def doble(x):
    devolver x * 2

clase Caja:
    devolver 1

devolver doble(2)
