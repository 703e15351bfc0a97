# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importieren math
von math importieren sqrt als root

konst LIMIT = 7
sei total = 0
flag = Wahr
nothing = Nichts


def sign_of(number):
    global total
    total = total + number
    wenn number < 0 und nicht flag:
        rückgabe "negative"
    sonstwenn number == 0 oder number ist nothing:
        rückgabe "zero"
    sonst:
        rückgabe "positive"


def make_counter():
    count = 0
    step = 1

    def bump():
        nichtlokal count
        lokal step
        count = count + step
        rückgabe count

    rückgabe bump


def odd_numbers(limit):
    n = 0
    solange Wahr:
        n = n + 1
        wenn n > limit:
            abbrechen
        wenn n % 2 == 0:
            weiter
        erzeugen n


asynchron def fetch(x):
    rückgabe x


asynchron def collect_one():
    rückgabe erwarten fetch(1)


klasse Holder:
    def __init__(self, content):
        self.content = content

    def __enter__(self):
        rückgabe self

    def __exit__(self, kind, value, tb):
        rückgabe Falsch


def describe(item):
    zuordnen item:
        fall 1:
            rückgabe "one"
        standard:
            rückgabe "other"


def ask():
    rückgabe eingabe("? ")


double = lambda x: x * 2
für number in odd_numbers(LIMIT):
    ausgeben(sign_of(number), double(number), describe(number))
behaupten 4 nicht in [1, 2, 3]
versuchen:
    auslösen ValueError("bad")
ausnahme ValueError als problem:
    ausgeben(problem)
schließlich:
    pass
mit Holder(5) als holder:
    ausgeben(holder.content)
pairs = wörterbuch(key=1)
items = liste([1, 2])
loschen items[0]
counter = make_counter()
ausgeben(ganz("7"), gleitkomma("1.5"), zeichenkette(3), boolesch(1), root(16.0))
ausgeben(math.floor(2.5), counter(), counter(), items, pairs, total)
