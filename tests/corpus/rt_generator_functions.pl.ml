funkcja count_up(limit):
    drukuj("body starts")
    num = 0
    dopoki num < limit:
        zwroc_wartosc num
        num += 1
    drukuj("body ends")

gen = count_up(3)
drukuj("made", typ(gen).__name__)
drukuj(nastepny(gen), nastepny(gen))
drukuj(lista(gen), lista(gen), nastepny(gen, "done"))

funkcja labels(rows):
    dla row w zakres(rows):
        jesli row % 2:
            zwroc_wartosc (row, "odd")
        inaczej:
            zwroc_wartosc (row, "even")
            zwroc_wartosc -row
    inaczej:
        zwroc_wartosc "exhausted"

drukuj(lista(labels(3)))

funkcja fib():
    first, second = 0, 1
    dopoki Prawda:
        zwroc_wartosc first
        first, second = second, first + second

drukuj([val dla _, val w polacz(zakres(10), fib())])

funkcja chain(items):
    zwroc_wartosc "head"
    zwroc_wartosc zmodulu items
    zwroc_wartosc zmodulu (item * 10 dla item w items)
    zwroc_wartosc "tail"

drukuj(lista(chain([1, 2])))

funkcja echo():
    got = zwroc_wartosc "ready"
    dopoki got jest nie Brak:
        got = zwroc_wartosc "got " + lancuch(got)
    zwroc_wartosc "bye"

talker = echo()
drukuj(nastepny(talker), talker.send(1), talker.send("x"), talker.send(Brak))
sprobuj:
    talker.send(5)
wyjatek StopIteration:
    drukuj("stopped")

funkcja until_negative(items):
    dla item w items:
        jesli item < 0:
            zwroc
        zwroc_wartosc item

drukuj(lista(until_negative([1, 2, -1, 3])))

funkcja shifted(base):
    funkcja add(val):
        zwroc val + base
    dla step w zakres(3):
        zwroc_wartosc add(step)
    base = 100
    zwroc_wartosc add(0)

drukuj(lista(shifted(10)))

klasa Tree:
    funkcja __init__(self, value, kids):
        self.value = value
        self.kids = kids

    funkcja walk(self):
        zwroc_wartosc self.value
        dla kid w self.kids:
            zwroc_wartosc zmodulu kid.walk()

tree = Tree(1, [Tree(2, [Tree(3, [])]), Tree(4, [])])
drukuj(lista(tree.walk()), suma(tree.walk()))

funkcja failing():
    zwroc_wartosc 1
    podnies ValueError("inside")

broken = failing()
drukuj(nastepny(broken))
sprobuj:
    nastepny(broken)
wyjatek ValueError jako err:
    drukuj("caught", err)
drukuj(lista(broken))

funkcja pull():
    source = iterator([1])
    dopoki Prawda:
        zwroc_wartosc nastepny(source)

sprobuj:
    drukuj(lista(pull()))
wyjatek RuntimeError jako err:
    drukuj("runtime", err)

funkcja scaled(first, *rest, factor=2, **extra):
    dla val w rest:
        zwroc_wartosc first + val * factor
    zwroc_wartosc posortowane(extra)

drukuj(lista(scaled(1, 2, 3, factor=10, zeta=1, alpha=2)))
closed = count_up(5)
drukuj(nastepny(closed))
closed.close()
drukuj(lista(closed))

funkcja pair(num):
    zwroc_wartosc num
    zwroc_wartosc num + 1

total = 0
dla num w zakres(200000):
    total += suma(pair(num))
drukuj(total)
