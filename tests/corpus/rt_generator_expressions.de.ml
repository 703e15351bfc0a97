def shout(val):
    ausgeben("compute", val)
    rückgabe val * 10

lazy = (shout(val) für val in [1, 2, 3])
ausgeben("made")
ausgeben(naechstes(lazy))
ausgeben("between")
ausgeben(liste(lazy))
ausgeben(liste(lazy), summe(lazy), naechstes(lazy, "done"))
ausgeben(typ(lazy).__name__, iterator(lazy) ist lazy)

grid = (row * 10 + cell für row in bereich(4) wenn row für cell in bereich(row) wenn cell != 1)
ausgeben(liste(grid))
ausgeben(liste((row, cell) für row in "ab" für cell in (1, 2)))

def late():
    base = 1
    gen = (num + base für num in bereich(3))
    base = 100
    rückgabe gen

ausgeben(liste(late()))
limit = 2
below = (num für num in bereich(5) wenn num < limit)
limit = 4
ausgeben(liste(below))

numbers = [4, 2, 0, 1]
quotients = (12 // num für num in numbers)
ausgeben(naechstes(quotients), naechstes(quotients))
versuchen:
    naechstes(quotients)
ausnahme ZeroDivisionError als err:
    ausgeben("raised", err)
ausgeben(liste(quotients))
versuchen:
    early = (num für num in 42)
ausnahme TypeError als err:
    ausgeben("early", err)
deferred = (num für num in [1] für other in 42)
ausgeben("deferred made")
versuchen:
    liste(deferred)
ausnahme TypeError als err:
    ausgeben("deferred", err)

def total(values):
    acc = 0
    für val in values:
        acc += val
    rückgabe acc

ausgeben(total(num * num für num in bereich(5)))
ausgeben(liste(zippen((ch für ch in "abc"), (num für num in bereich(10)))))
ausgeben(liste(aufzaehlen(word.upper() für word in ["x", "y"])))
ausgeben(liste(abbilden(lambda num: num * 2, (num für num in bereich(3)))))
ausgeben(naechstes((num für num in bereich(10) wenn num > 5), Nichts), naechstes((num für num in []), "empty"))
versuchen:
    naechstes(num für num in [])
ausnahme StopIteration:
    ausgeben("stop")

steps = (num für num in bereich(5))
für num in steps:
    ausgeben("first", num)
    wenn num == 1:
        abbrechen
für num in steps:
    ausgeben("rest", num)

makers = liste(lambda: val für val in bereich(3))
ausgeben([maker() für maker in makers])
ausgeben([liste(inner) für inner in ((col für col in bereich(row)) für row in bereich(4))])

def walrus():
    found = Nichts
    big = liste((found := val) für val in [3, 8, 1, 9] wenn val > 5)
    rückgabe big, found

ausgeben(walrus())

klasse Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        rückgabe (item * 2 für item in self.items)

ausgeben(liste(Bag([1, 2])), sortiert(Bag([3, 1])), 4 in Bag([2]))

def pull():
    source = iterator([1])
    rückgabe liste(naechstes(source) für _ in bereich(3))

versuchen:
    pull()
ausnahme RuntimeError als err:
    ausgeben("runtime", err)

acc = 0
für round_no in bereich(200000):
    gen = (round_no + step für step in bereich(3) wenn step)
    acc += total(gen)
ausgeben(acc)
