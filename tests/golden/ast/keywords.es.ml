# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importar math
desde math importar sqrt como root

const LIMIT = 7
sea total = 0
flag = Verdadero
nothing = Nada


def sign_of(number):
    global total
    total = total + number
    si number < 0 y no flag:
        devolver "negative"
    sinosi number == 0 o number es nothing:
        devolver "zero"
    sino:
        devolver "positive"


def make_counter():
    count = 0
    step = 1

    def bump():
        nolocal count
        local step
        count = count + step
        devolver count

    devolver bump


def odd_numbers(limit):
    n = 0
    mientras Verdadero:
        n = n + 1
        si n > limit:
            romper
        si n % 2 == 0:
            continuar
        producir n


asincrono def fetch(x):
    devolver x


asincrono def collect_one():
    devolver esperar fetch(1)


clase Holder:
    def __init__(self, content):
        self.content = content

    def __enter__(self):
        devolver self

    def __exit__(self, kind, value, tb):
        devolver Falso


def describe(item):
    según item:
        caso 1:
            devolver "one"
        predeterminado:
            devolver "other"


def ask():
    devolver entrada("? ")


double = lambda x: x * 2
para number en odd_numbers(LIMIT):
    imprimir(sign_of(number), double(number), describe(number))
afirmar 4 no en [1, 2, 3]
intentar:
    lanzar ValueError("bad")
excepto ValueError como problem:
    imprimir(problem)
finalmente:
    pasar
con Holder(5) como holder:
    imprimir(holder.content)
pairs = diccionario(key=1)
items = lista([1, 2])
eliminar items[0]
counter = make_counter()
imprimir(entero("7"), flotante("1.5"), cadena(3), booleano(1), root(16.0))
imprimir(math.floor(2.5), counter(), counter(), items, pairs, total)
