# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importuj math
zmodulu math importuj sqrt jako root

stala LIMIT = 7
niech total = 0
flag = Prawda
nothing = Brak


funkcja sign_of(number):
    globalne total
    total = total + number
    jesli number < 0 oraz nie flag:
        zwroc "negative"
    inaczej_jesli number == 0 lub number jest nothing:
        zwroc "zero"
    inaczej:
        zwroc "positive"


funkcja make_counter():
    count = 0
    step = 1

    funkcja bump():
        nielokalne count
        lokalne step
        count = count + step
        zwroc count

    zwroc bump


funkcja odd_numbers(limit):
    n = 0
    dopoki Prawda:
        n = n + 1
        jesli n > limit:
            przerwij
        jesli n % 2 == 0:
            kontynuuj
        zwroc_wartosc n


async funkcja fetch(x):
    zwroc x


async funkcja collect_one():
    zwroc czekaj fetch(1)


klasa Holder:
    funkcja __init__(self, content):
        self.content = content

    funkcja __enter__(self):
        zwroc self

    funkcja __exit__(self, kind, value, tb):
        zwroc Falsz


funkcja describe(item):
    dopasuj item:
        przypadek 1:
            zwroc "one"
        domyslnie:
            zwroc "other"


funkcja ask():
    zwroc wejscie("? ")


double = lambda x: x * 2
dla number w odd_numbers(LIMIT):
    drukuj(sign_of(number), double(number), describe(number))
asercja 4 nie w [1, 2, 3]
sprobuj:
    podnies ValueError("bad")
wyjatek ValueError jako problem:
    drukuj(problem)
w_koncu:
    pomin
z Holder(5) jako holder:
    drukuj(holder.content)
pairs = slownik(key=1)
items = lista([1, 2])
usun items[0]
counter = make_counter()
drukuj(calkowita("7"), zmiennoprzecinkowa("1.5"), tekst(3), logiczna(1), root(16.0))
drukuj(math.floor(2.5), counter(), counter(), items, pairs, total)
