# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
def is_even(num):
    rückgabe Wahr wenn num == 0 sonst is_odd(num - 1)

def is_odd(num):
    rückgabe Falsch wenn num == 0 sonst is_even(num - 1)

ausgeben(is_even(10), is_odd(7), is_even(3))
versuchen:
    {}["k"]
ausnahme KeyError als err:
    message = "caught " + zeichenkette(err)
ausgeben(message)

klasse Ctx:
    def __enter__(self):
        rückgabe 5
    def __exit__(self, *args):
        rückgabe Falsch

mit Ctx() als got:
    inside = got * 2
ausgeben(got, inside)
adders = [lambda val, inc=inc: val + inc für inc in bereich(3)]
ausgeben([adder(10) für adder in adders])
für idx, (key, val) in aufzaehlen([("a", 1), ("b", 2)]):
    ausgeben(idx, key, val)
ausgeben([half für num in [4, 9, 12] wenn (half := num // 2) > 2], half)
ausgeben((), laenge(()), () == tupel())

klasse Base:
    def hello(self):
        rückgabe "base"

klasse Child(Base):
    def hello(self):
        rückgabe "child+" + oberklasse().hello()

ausgeben(Child().hello())
