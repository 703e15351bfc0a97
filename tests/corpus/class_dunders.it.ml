classe Vector:
    definisci __init__(self, x, y):
        self.x = x
        self.y = y

    definisci __add__(self, other):
        ritorna Vector(self.x + other.x, self.y + other.y)

    definisci __sub__(self, other):
        ritorna Vector(self.x - other.x, self.y - other.y)

    definisci __mul__(self, k):
        ritorna Vector(self.x * k, self.y * k)

    definisci __rmul__(self, k):
        ritorna self * k

    definisci __eq__(self, other):
        ritorna è_istanza(other, Vector) e self.x == other.x e self.y == other.y

    definisci __hash__(self):
        ritorna hash((self.x, self.y))

    definisci __lt__(self, other):
        ritorna (self.x, self.y) < (other.x, other.y)

    definisci __repr__(self):
        ritorna f"Vector({self.x}, {self.y})"

    definisci __abs__(self):
        ritorna (self.x ** 2 + self.y ** 2) ** 0.5

    definisci __neg__(self):
        ritorna Vector(-self.x, -self.y)

    definisci __bool__(self):
        ritorna self.x != 0 o self.y != 0


classe Deck:
    definisci __init__(self, cards):
        self.cards = lista(cards)

    definisci __len__(self):
        ritorna lunghezza(self.cards)

    definisci __getitem__(self, i):
        ritorna self.cards[i]

    definisci __setitem__(self, i, v):
        self.cards[i] = v

    definisci __contains__(self, card):
        ritorna card in self.cards

    definisci __iter__(self):
        ritorna iteratore(self.cards)

    definisci __str__(self):
        ritorna "Deck of " + stringa(lunghezza(self)) + " cards"


classe Countdown:
    definisci __init__(self, start):
        self.current = start

    definisci __iter__(self):
        ritorna self

    definisci __next__(self):
        se self.current <= 0:
            solleva StopIteration
        self.current -= 1
        ritorna self.current + 1


classe Adder:
    definisci __init__(self, n):
        self.n = n

    definisci __call__(self, x):
        ritorna x + self.n


v = Vector(1, 2)
w = Vector(3, 4)
stampa(v + w, w - v, v * 3, 2 * v, -v)
stampa(v == Vector(1, 2), v != w, v == 5)
stampa(assoluto(w), booleano(Vector(0, 0)), booleano(v))
stampa(ordinato([w, v, Vector(0, 9)]))
stampa(lunghezza({v, Vector(1, 2), w}))
deck = Deck(["A", "K", "Q"])
stampa(lunghezza(deck), deck[0], deck[-1], "K" in deck, "J" in deck)
deck[1] = "J"
stampa([c per c in deck], stringa(deck))
stampa(deck)
stampa(lista(Countdown(3)))
per n in Countdown(2):
    stampa("tick", n)
add5 = Adder(5)
stampa(add5(10), richiamabile(add5))
stampa(rappresentazione(v), stringa(v), f"{v}")
