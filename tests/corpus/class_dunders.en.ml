class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        return iter(self.cards)

    def __str__(self):
        return "Deck of " + str(len(self)) + " cards"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, w - v, v * 3, 2 * v, -v)
print(v == Vector(1, 2), v != w, v == 5)
print(abs(w), bool(Vector(0, 0)), bool(v))
print(sorted([w, v, Vector(0, 9)]))
print(len({v, Vector(1, 2), w}))
deck = Deck(["A", "K", "Q"])
print(len(deck), deck[0], deck[-1], "K" in deck, "J" in deck)
deck[1] = "J"
print([c for c in deck], str(deck))
print(deck)
print(list(Countdown(3)))
for n in Countdown(2):
    print("tick", n)
add5 = Adder(5)
print(add5(10), callable(add5))
print(repr(v), str(v), f"{v}")
