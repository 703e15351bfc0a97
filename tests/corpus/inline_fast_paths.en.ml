class Echo:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called", self.v, o)
        return True
    def __lt__(self, o):
        print("lt called", self.v, o)
        return False
    def __gt__(self, o):
        print("gt called", self.v, o)
        return True
    def __ge__(self, o):
        return 0
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return i * 2
    def __setitem__(self, i, v):
        print("put", i, v)
    def append(self, x):
        print("Echo.append", x)
        return 7

def indexing():
    xs = [10, 20.5, "x", [1], (2, 3)]
    print(xs[0], xs[-1], xs[-5], xs[4][1], xs[True])
    for i in range(-6, 6):
        try:
            print(i, xs[i])
        except IndexError as e:
            print(i, "IndexError", e)
    t = (1, 2.5, "z")
    for i in range(-4, 4):
        try:
            print(i, t[i])
        except IndexError as e:
            print(i, "IndexError", e)
    try:
        xs[5] = 1
    except IndexError as e:
        print("IndexError", e)
    try:
        t[0] = 1
    except TypeError as e:
        print("TypeError", e)
    e = Echo(1)
    print(e[5], len(e), len(xs), len(t), len("héllo"), len(""), len({1: 2}), len(range(7)))
    e[3] = 4
    e[3] += 1
    try:
        len(5)
    except TypeError as ex:
        print("TypeError", ex)

def characters():
    s = "a{é 9:~"
    for i in range(-9, 9):
        try:
            print(i, s[i] == "{", s[i] != " ", s[i] >= "0", s[i] <= "9", "9" > s[i], "a" == s[i], ord(s[i]))
        except IndexError as e:
            print(i, "IndexError", e)
    for obj in [["{", "x", "ab"], ("{", 1, None), {0: "{", 1: 2.5}, Echo(2), "{x"]:
        for i in [0, 1, 2]:
            try:
                print(obj[i] == "{", obj[i] != "{")
                print(obj[i] < "z")
                print(ord(obj[i]))
            except IndexError as e:
                print("IndexError", e)
            except KeyError as e:
                print("KeyError", e)
            except TypeError as e:
                print("TypeError", e)
    if Echo(3) == "a":
        print("truthy")
    if not (Echo(4) >= "a"):
        print("falsy")
    t = "abc"
    try:
        print(t[2 ** 70] == "a")
    except IndexError as e:
        print("IndexError", e)
    print(t[True] == "b", ord(t[-1]), ord(t[False]), ord("é"), ord("~"))
    u = "日本語x"
    print(u[0] == "日", u[3] == "x", u[-1] >= "x", ord(u[1]), ord(u[3]))
    for c in ["", "a", "ab", "0", "9", "5", ":", "/", "é", " ", "  "]:
        print(repr(c), c == " ", c != " ", c < "5", c <= "5", c > "5", c >= "5", "5" < c, "5" >= c)
    for v in [1, 1.5, None, ["a"]]:
        try:
            print(v == "a", v != "a", "a" == v)
            print(v < "a")
        except TypeError as ex:
            print("TypeError", ex)
    try:
        ord("ab")
    except TypeError as ex:
        print("TypeError", ex)

def smallest_largest():
    print(min(3, 2), max(3, 2), min(2, 2.0), max(2.0, 2), min(1.5, -0.5), max(-0.0, 0.0))
    print(min(0.0, -0.0), min("b", "a"), max([1], [0, 5]), min(True, 0), max(False, 0))
    print(min(2 ** 70, 3), max(2 ** 70, 3), min(1e300, 1e-300), max(float("inf"), 1.0))
    try:
        min(1, "a")
    except TypeError as ex:
        print("TypeError", ex)
    print(type(min(Echo(5), 3)).__name__, type(max(3, Echo(6))).__name__)

def updates():
    ys = [[1], "s", 1.5, 2]
    ys[0] += [2]
    ys[1] += "t"
    ys[2] += 1
    ys[3] -= 0.5
    ys[-1] **= 2
    print(ys)
    d = {"k": 1.5}
    d["k"] *= 3
    d["j"] = 2
    print(d)
    try:
        d["q"] += 1
    except KeyError as ex:
        print("KeyError", ex)
    z = [0.0] * 3
    z[1] = 1e308
    z[1] *= 10
    z[2] = -z[1]
    print(z, z[1] - z[1])
    q = [2 ** 62 - 1, -2 ** 62]
    q[0] += 1
    q[1] -= 1
    q.append(q[0] * q[0])
    print(q)
    a = 3
    a /= 2
    b = 7
    b **= 0.5
    n = 0
    for i in range(10):
        n += i * 0.5 - n / 3
    print(a, b, n)

def loops():
    xs = [1, 2, 3]
    for x in xs:
        print(x)
        if x == 2:
            xs.append(10)
        if x == 10:
            xs.pop()
    ys = [1, 2, 3, 4]
    for y in ys:
        ys.remove(y)
    print(ys)
    for a, b in [(1, 2), (3, 4)]:
        print(a + b)
    for z in []:
        print("never")
    else:
        print("else")
    try:
        for q in 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    rows = [[1, 2], [3]]
    for row in rows:
        for v in row:
            print(v, end=",")
    print()
    out = []
    print(out.append(1), out, Echo(7).append(2))
    try:
        number = 5
        number.append(1)
    except AttributeError as e:
        print("AttributeError", e)
    f = out.append
    f(9)
    print(out)

def arithmetic(values):
    for a in values:
        for b in values:
            try:
                q = a / b
            except ZeroDivisionError as e:
                q = str(e)
            print(repr(a), repr(b), a + b, a - b, a * b, q, a < b, a == b, -a)

indexing()
characters()
smallest_largest()
updates()
loops()
arithmetic([0, 3, -2 ** 62, 2 ** 62 - 1, 2 ** 53 + 1, 0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-39, float("inf"), True])
print(1e-320, 5e-324 * 2, 2.0 ** -1074, 1.7976931348623157e308 * 1.0, 0.1 + 0.2, -(0.5 * 2))
print(sorted([3.5, -1e-310, 1e308, 0.0, -0.0, 2]), hash(0.5), hash(-0.0), hash(2.0), {1.5: "a", 2: "b"}[2.0])
