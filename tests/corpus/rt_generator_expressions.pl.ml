funkcja shout(val):
    drukuj("compute", val)
    zwroc val * 10

lazy = (shout(val) dla val w [1, 2, 3])
drukuj("made")
drukuj(nastepny(lazy))
drukuj("between")
drukuj(lista(lazy))
drukuj(lista(lazy), suma(lazy), nastepny(lazy, "done"))
drukuj(typ(lazy).__name__, iterator(lazy) jest lazy)

grid = (row * 10 + cell dla row w zakres(4) jesli row dla cell w zakres(row) jesli cell != 1)
drukuj(lista(grid))
drukuj(lista((row, cell) dla row w "ab" dla cell w (1, 2)))

funkcja late():
    base = 1
    gen = (num + base dla num w zakres(3))
    base = 100
    zwroc gen

drukuj(lista(late()))
limit = 2
below = (num dla num w zakres(5) jesli num < limit)
limit = 4
drukuj(lista(below))

numbers = [4, 2, 0, 1]
quotients = (12 // num dla num w numbers)
drukuj(nastepny(quotients), nastepny(quotients))
sprobuj:
    nastepny(quotients)
wyjatek ZeroDivisionError jako err:
    drukuj("raised", err)
drukuj(lista(quotients))
sprobuj:
    early = (num dla num w 42)
wyjatek TypeError jako err:
    drukuj("early", err)
deferred = (num dla num w [1] dla other w 42)
drukuj("deferred made")
sprobuj:
    lista(deferred)
wyjatek TypeError jako err:
    drukuj("deferred", err)

funkcja total(values):
    acc = 0
    dla val w values:
        acc += val
    zwroc acc

drukuj(total(num * num dla num w zakres(5)))
drukuj(lista(polacz((ch dla ch w "abc"), (num dla num w zakres(10)))))
drukuj(lista(wylicz(word.upper() dla word w ["x", "y"])))
drukuj(lista(mapuj(lambda num: num * 2, (num dla num w zakres(3)))))
drukuj(nastepny((num dla num w zakres(10) jesli num > 5), Brak), nastepny((num dla num w []), "empty"))
sprobuj:
    nastepny(num dla num w [])
wyjatek StopIteration:
    drukuj("stop")

steps = (num dla num w zakres(5))
dla num w steps:
    drukuj("first", num)
    jesli num == 1:
        przerwij
dla num w steps:
    drukuj("rest", num)

makers = lista(lambda: val dla val w zakres(3))
drukuj([maker() dla maker w makers])
drukuj([lista(inner) dla inner w ((col dla col w zakres(row)) dla row w zakres(4))])

funkcja walrus():
    found = Brak
    big = lista((found := val) dla val w [3, 8, 1, 9] jesli val > 5)
    zwroc big, found

drukuj(walrus())

klasa Bag:
    funkcja __init__(self, items):
        self.items = items

    funkcja __iter__(self):
        zwroc (item * 2 dla item w self.items)

drukuj(lista(Bag([1, 2])), posortowane(Bag([3, 1])), 4 w Bag([2]))

funkcja pull():
    source = iterator([1])
    zwroc lista(nastepny(source) dla _ w zakres(3))

sprobuj:
    pull()
wyjatek RuntimeError jako err:
    drukuj("runtime", err)

acc = 0
dla round_no w zakres(200000):
    gen = (round_no + step dla step w zakres(3) jesli step)
    acc += total(gen)
drukuj(acc)
