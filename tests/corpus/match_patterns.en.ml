# match is Python's structural pattern matching here (LANGUAGE.md §9), not the original's:
# the expected output is CPython 3.12's for the English program.
def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello" as greeting:
            return "greeting " + greeting
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case (x, y):
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"kind": "point", "x": px, **others}:
            return f"point {px} others {others}"
        case {"kind": k}:
            return f"kind {k}"
        case {}:
            return "some mapping"
        case str() as s:
            return "string " + s
        case int(n) if n > 100:
            return f"big int {n}"
        case float(f) | int(f):
            return f"number {f}"
        case _:
            return "other"

for v in [0, -1, 2, True, None, "hello", [], [5], [4, 4], (1, 2), [1, 2, 3], range(3),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "circle"}, {"a": 1}, "text", 1000, 50, 2.5, {1, 2}]:
    print(repr(v), "->", describe(v))

match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
match [1, [2, [3, 4]]]:
    case [_, [_, [*_, last]]]:
        print("last", last)
point = {"x": 1}
match point:
    case {"x": 1 | 2 as xv}:
        print("xv", xv)
match "abc":
    case [a, b, c]:
        print("str is not a sequence pattern")
    case _:
        print("str not matched")
for i in range(4):
    match i:
        case 1:
            continue
        case 3:
            break
    print("i", i)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as err:
    print(err)
