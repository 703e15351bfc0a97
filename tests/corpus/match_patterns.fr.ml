# match is Python's structural pattern matching here (LANGUAGE.md §9), not the original's:
# the expected output is CPython 3.12's for the English program.
déf describe(value):
    selon value:
        cas 0:
            retour "zero"
        cas -1:
            retour "minus one"
        cas 1 | 2 | 3:
            retour "small"
        cas Vrai:
            retour "true?"
        cas Rien:
            retour "none"
        cas "hello" comme greeting:
            retour "greeting " + greeting
        cas []:
            retour "empty list"
        cas [x]:
            retour f"one item {x}"
        cas [x, y] si x == y:
            retour f"pair of equal {x}"
        cas (x, y):
            retour f"pair {x} {y}"
        cas [first, *rest]:
            retour f"first {first} rest {rest}"
        cas {"kind": "point", "x": px, **others}:
            retour f"point {px} others {others}"
        cas {"kind": k}:
            retour f"kind {k}"
        cas {}:
            retour "some mapping"
        cas chaine() comme s:
            retour "string " + s
        cas entier(n) si n > 100:
            retour f"big int {n}"
        cas flottant(f) | entier(f):
            retour f"number {f}"
        cas _:
            retour "other"

pour v dans [0, -1, 2, Vrai, Rien, "hello", [], [5], [4, 4], (1, 2), [1, 2, 3], range(3),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "circle"}, {"a": 1}, "text", 1000, 50, 2.5, {1, 2}]:
    afficher(repr(v), "->", describe(v))

selon (1, (2, 3)):
    cas (a, (b, c)):
        afficher(a, b, c)
selon [1, [2, [3, 4]]]:
    cas [_, [_, [*_, last]]]:
        afficher("last", last)
point = {"x": 1}
selon point:
    cas {"x": 1 | 2 comme xv}:
        afficher("xv", xv)
selon "abc":
    cas [a, b, c]:
        afficher("str is not a sequence pattern")
    cas _:
        afficher("str not matched")
pour i dans range(4):
    selon i:
        cas 1:
            continuer
        cas 3:
            arrêter
    afficher("i", i)
essayer:
    selon 5:
        cas entier(1, 2):
            passer
sauf TypeError comme err:
    afficher(err)
