# Expected output: CPython 3.12 for the English program.
clase Resource:
    def __init__(self, label, suppress=Falso):
        self.label = label
        self.suppress = suppress

    def __enter__(self):
        imprimir("enter", self.label)
        devolver self.label.upper()

    def __exit__(self, kind, value, tb):
        imprimir("exit", self.label, kind.__name__ si kind sino Nada, value)
        devolver self.suppress

con Resource("alpha") como name:
    imprimir("inside", name)

con Resource("beta", Verdadero):
    lanzar ValueError("hidden")
imprimir("after beta")

intentar:
    con Resource("gamma"):
        lanzar KeyError("shown")
excepto KeyError como err:
    imprimir("caught", repr(err))

def early():
    con Resource("delta") como name:
        devolver "returned " + name

imprimir(early())

para i en range(3):
    con Resource("loop" + cadena(i)):
        si i == 1:
            continuar
        si i == 2:
            romper
        imprimir("body", i)

con Resource("outer") como first, Resource("inner") como second:
    imprimir(first, second)

intentar:
    con 42:
        pasar
excepto TypeError como err:
    imprimir(err)

clase Broken:
    def __enter__(self):
        devolver self

    def __exit__(self, kind, value, tb):
        lanzar RuntimeError("exit failed")

intentar:
    con Broken():
        lanzar ValueError("original")
excepto RuntimeError como err:
    imprimir(repr(err), repr(err.__context__))
