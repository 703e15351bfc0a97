# match is Python's structural pattern matching here (LANGUAGE.md §9), not the original's:
# the expected output is CPython 3.12's for the English program.
definisci describe(value):
    confronta value:
        caso 0:
            ritorna "zero"
        caso -1:
            ritorna "minus one"
        caso 1 | 2 | 3:
            ritorna "small"
        caso Vero:
            ritorna "true?"
        caso Nessuno:
            ritorna "none"
        caso "hello" come greeting:
            ritorna "greeting " + greeting
        caso []:
            ritorna "empty list"
        caso [x]:
            ritorna f"one item {x}"
        caso [x, y] se x == y:
            ritorna f"pair of equal {x}"
        caso (x, y):
            ritorna f"pair {x} {y}"
        caso [first, *rest]:
            ritorna f"first {first} rest {rest}"
        caso {"kind": "point", "x": px, **others}:
            ritorna f"point {px} others {others}"
        caso {"kind": k}:
            ritorna f"kind {k}"
        caso {}:
            ritorna "some mapping"
        caso stringa() come s:
            ritorna "string " + s
        caso intero(n) se n > 100:
            ritorna f"big int {n}"
        caso decimale(f) | intero(f):
            ritorna f"number {f}"
        caso _:
            ritorna "other"

per v in [0, -1, 2, Vero, Nessuno, "hello", [], [5], [4, 4], (1, 2), [1, 2, 3], range(3),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "circle"}, {"a": 1}, "text", 1000, 50, 2.5, {1, 2}]:
    stampa(repr(v), "->", describe(v))

confronta (1, (2, 3)):
    caso (a, (b, c)):
        stampa(a, b, c)
confronta [1, [2, [3, 4]]]:
    caso [_, [_, [*_, last]]]:
        stampa("last", last)
point = {"x": 1}
confronta point:
    caso {"x": 1 | 2 come xv}:
        stampa("xv", xv)
confronta "abc":
    caso [a, b, c]:
        stampa("str is not a sequence pattern")
    caso _:
        stampa("str not matched")
per i in range(4):
    confronta i:
        caso 1:
            continua
        caso 3:
            interrompi
    stampa("i", i)
prova:
    confronta 5:
        caso intero(1, 2):
            passa
eccetto TypeError come err:
    stampa(err)
