# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
def is_even(num):
    devolver Verdadero si num == 0 sino is_odd(num - 1)

def is_odd(num):
    devolver Falso si num == 0 sino is_even(num - 1)

imprimir(is_even(10), is_odd(7), is_even(3))
intentar:
    {}["k"]
excepto KeyError como err:
    message = "caught " + cadena(err)
imprimir(message)

clase Ctx:
    def __enter__(self):
        devolver 5
    def __exit__(self, *args):
        devolver Falso

con Ctx() como got:
    inside = got * 2
imprimir(got, inside)
adders = [lambda val, inc=inc: val + inc para inc en rango(3)]
imprimir([adder(10) para adder en adders])
para idx, (key, val) en enumerar([("a", 1), ("b", 2)]):
    imprimir(idx, key, val)
imprimir([half para num en [4, 9, 12] si (half := num // 2) > 2], half)
imprimir((), longitud(()), () == tupla())

clase Base:
    def hello(self):
        devolver "base"

clase Child(Base):
    def hello(self):
        devolver "child+" + superior().hello()

imprimir(Child().hello())
