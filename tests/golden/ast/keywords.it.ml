# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importa math
da math importa sqrt come root

costante LIMIT = 7
sia total = 0
flag = Vero
nothing = Nessuno


definisci sign_of(number):
    globale total
    total = total + number
    se number < 0 e non flag:
        ritorna "negative"
    altrimentise number == 0 o number è nothing:
        ritorna "zero"
    altrimenti:
        ritorna "positive"


definisci make_counter():
    count = 0
    step = 1

    definisci bump():
        nonlocale count
        locale step
        count = count + step
        ritorna count

    ritorna bump


definisci odd_numbers(limit):
    n = 0
    mentre Vero:
        n = n + 1
        se n > limit:
            interrompi
        se n % 2 == 0:
            continua
        produci n


asincrono definisci fetch(x):
    ritorna x


asincrono definisci collect_one():
    ritorna attendi fetch(1)


classe Holder:
    definisci __init__(self, content):
        self.content = content

    definisci __enter__(self):
        ritorna self

    definisci __exit__(self, kind, value, tb):
        ritorna Falso


definisci describe(item):
    confronta item:
        caso 1:
            ritorna "one"
        predefinito:
            ritorna "other"


definisci ask():
    ritorna inserisci("? ")


double = lambda x: x * 2
per number in odd_numbers(LIMIT):
    stampa(sign_of(number), double(number), describe(number))
asserisci 4 non in [1, 2, 3]
prova:
    solleva ValueError("bad")
eccetto ValueError come problem:
    stampa(problem)
infine:
    passa
con Holder(5) come holder:
    stampa(holder.content)
pairs = dizionario(key=1)
items = lista([1, 2])
elimina items[0]
counter = make_counter()
stampa(intero("7"), decimale("1.5"), stringa(3), booleano(1), root(16.0))
stampa(math.floor(2.5), counter(), counter(), items, pairs, total)
