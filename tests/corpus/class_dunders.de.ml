klasse Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        rückgabe Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        rückgabe Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        rückgabe Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        rückgabe self * k

    def __eq__(self, other):
        rückgabe ist_instanz(other, Vector) und self.x == other.x und self.y == other.y

    def __hash__(self):
        rückgabe hashwert((self.x, self.y))

    def __lt__(self, other):
        rückgabe (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        rückgabe f"Vector({self.x}, {self.y})"

    def __abs__(self):
        rückgabe (self.x ** 2 + self.y ** 2) ** 0.5

    def __neg__(self):
        rückgabe Vector(-self.x, -self.y)

    def __bool__(self):
        rückgabe self.x != 0 oder self.y != 0


klasse Deck:
    def __init__(self, cards):
        self.cards = liste(cards)

    def __len__(self):
        rückgabe laenge(self.cards)

    def __getitem__(self, i):
        rückgabe self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __contains__(self, card):
        rückgabe card in self.cards

    def __iter__(self):
        rückgabe iterator(self.cards)

    def __str__(self):
        rückgabe "Deck of " + zeichenkette(laenge(self)) + " cards"


klasse Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        rückgabe self

    def __next__(self):
        wenn self.current <= 0:
            auslösen StopIteration
        self.current -= 1
        rückgabe self.current + 1


klasse Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        rückgabe x + self.n


v = Vector(1, 2)
w = Vector(3, 4)
ausgeben(v + w, w - v, v * 3, 2 * v, -v)
ausgeben(v == Vector(1, 2), v != w, v == 5)
ausgeben(absolut(w), boolesch(Vector(0, 0)), boolesch(v))
ausgeben(sortiert([w, v, Vector(0, 9)]))
ausgeben(laenge({v, Vector(1, 2), w}))
deck = Deck(["A", "K", "Q"])
ausgeben(laenge(deck), deck[0], deck[-1], "K" in deck, "J" in deck)
deck[1] = "J"
ausgeben([c für c in deck], zeichenkette(deck))
ausgeben(deck)
ausgeben(liste(Countdown(3)))
für n in Countdown(2):
    ausgeben("tick", n)
add5 = Adder(5)
ausgeben(add5(10), aufrufbar(add5))
ausgeben(darstellung(v), zeichenkette(v), f"{v}")
