# match is Python's structural pattern matching here (LANGUAGE.md §9), not the original's:
# the expected output is CPython 3.12's for the English program.
def describe(value):
    zuordnen value:
        fall 0:
            rückgabe "zero"
        fall -1:
            rückgabe "minus one"
        fall 1 | 2 | 3:
            rückgabe "small"
        fall Wahr:
            rückgabe "true?"
        fall Nichts:
            rückgabe "none"
        fall "hello" als greeting:
            rückgabe "greeting " + greeting
        fall []:
            rückgabe "empty list"
        fall [x]:
            rückgabe f"one item {x}"
        fall [x, y] wenn x == y:
            rückgabe f"pair of equal {x}"
        fall (x, y):
            rückgabe f"pair {x} {y}"
        fall [first, *rest]:
            rückgabe f"first {first} rest {rest}"
        fall {"kind": "point", "x": px, **others}:
            rückgabe f"point {px} others {others}"
        fall {"kind": k}:
            rückgabe f"kind {k}"
        fall {}:
            rückgabe "some mapping"
        fall zeichenkette() als s:
            rückgabe "string " + s
        fall ganz(n) wenn n > 100:
            rückgabe f"big int {n}"
        fall gleitkomma(f) | ganz(f):
            rückgabe f"number {f}"
        fall _:
            rückgabe "other"

für v in [0, -1, 2, Wahr, Nichts, "hello", [], [5], [4, 4], (1, 2), [1, 2, 3], range(3),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "circle"}, {"a": 1}, "text", 1000, 50, 2.5, {1, 2}]:
    ausgeben(repr(v), "->", describe(v))

zuordnen (1, (2, 3)):
    fall (a, (b, c)):
        ausgeben(a, b, c)
zuordnen [1, [2, [3, 4]]]:
    fall [_, [_, [*_, last]]]:
        ausgeben("last", last)
point = {"x": 1}
zuordnen point:
    fall {"x": 1 | 2 als xv}:
        ausgeben("xv", xv)
zuordnen "abc":
    fall [a, b, c]:
        ausgeben("str is not a sequence pattern")
    fall _:
        ausgeben("str not matched")
für i in range(4):
    zuordnen i:
        fall 1:
            weiter
        fall 3:
            abbrechen
    ausgeben("i", i)
versuchen:
    zuordnen 5:
        fall ganz(1, 2):
            pass
ausnahme TypeError als err:
    ausgeben(err)
