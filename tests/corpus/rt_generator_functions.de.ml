def count_up(limit):
    ausgeben("body starts")
    num = 0
    solange num < limit:
        erzeugen num
        num += 1
    ausgeben("body ends")

gen = count_up(3)
ausgeben("made", typ(gen).__name__)
ausgeben(naechstes(gen), naechstes(gen))
ausgeben(liste(gen), liste(gen), naechstes(gen, "done"))

def labels(rows):
    für row in bereich(rows):
        wenn row % 2:
            erzeugen (row, "odd")
        sonst:
            erzeugen (row, "even")
            erzeugen -row
    sonst:
        erzeugen "exhausted"

ausgeben(liste(labels(3)))

def fib():
    first, second = 0, 1
    solange Wahr:
        erzeugen first
        first, second = second, first + second

ausgeben([val für _, val in zippen(bereich(10), fib())])

def chain(items):
    erzeugen "head"
    erzeugen von items
    erzeugen von (item * 10 für item in items)
    erzeugen "tail"

ausgeben(liste(chain([1, 2])))

def echo():
    got = erzeugen "ready"
    solange got ist nicht Nichts:
        got = erzeugen "got " + zeichenkette(got)
    erzeugen "bye"

talker = echo()
ausgeben(naechstes(talker), talker.send(1), talker.send("x"), talker.send(Nichts))
versuchen:
    talker.send(5)
ausnahme StopIteration:
    ausgeben("stopped")

def until_negative(items):
    für item in items:
        wenn item < 0:
            rückgabe
        erzeugen item

ausgeben(liste(until_negative([1, 2, -1, 3])))

def shifted(base):
    def add(val):
        rückgabe val + base
    für step in bereich(3):
        erzeugen add(step)
    base = 100
    erzeugen add(0)

ausgeben(liste(shifted(10)))

klasse Tree:
    def __init__(self, value, kids):
        self.value = value
        self.kids = kids

    def walk(self):
        erzeugen self.value
        für kid in self.kids:
            erzeugen von kid.walk()

tree = Tree(1, [Tree(2, [Tree(3, [])]), Tree(4, [])])
ausgeben(liste(tree.walk()), summe(tree.walk()))

def failing():
    erzeugen 1
    auslösen ValueError("inside")

broken = failing()
ausgeben(naechstes(broken))
versuchen:
    naechstes(broken)
ausnahme ValueError als err:
    ausgeben("caught", err)
ausgeben(liste(broken))

def pull():
    source = iterator([1])
    solange Wahr:
        erzeugen naechstes(source)

versuchen:
    ausgeben(liste(pull()))
ausnahme RuntimeError als err:
    ausgeben("runtime", err)

def scaled(first, *rest, factor=2, **extra):
    für val in rest:
        erzeugen first + val * factor
    erzeugen sortiert(extra)

ausgeben(liste(scaled(1, 2, 3, factor=10, zeta=1, alpha=2)))
closed = count_up(5)
ausgeben(naechstes(closed))
closed.close()
ausgeben(liste(closed))

def pair(num):
    erzeugen num
    erzeugen num + 1

total = 0
für num in bereich(200000):
    total += summe(pair(num))
ausgeben(total)
