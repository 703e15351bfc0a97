# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importera math
fran math importera sqrt som root

konstant LIMIT = 7
lat total = 0
flag = Sant
nothing = Ingen


definiera sign_of(number):
    global total
    total = total + number
    om number < 0 och inte flag:
        retur "negative"
    annars_om number == 0 eller number ar nothing:
        retur "zero"
    annars:
        retur "positive"


definiera make_counter():
    count = 0
    step = 1

    definiera bump():
        ickelokal count
        lokal step
        count = count + step
        retur count

    retur bump


definiera odd_numbers(limit):
    n = 0
    medan Sant:
        n = n + 1
        om n > limit:
            bryt
        om n % 2 == 0:
            fortsatt
        ge n


async definiera fetch(x):
    retur x


async definiera collect_one():
    retur invanta fetch(1)


klass Holder:
    definiera __init__(self, content):
        self.content = content

    definiera __enter__(self):
        retur self

    definiera __exit__(self, kind, value, tb):
        retur Falskt


definiera describe(item):
    matcha item:
        fall 1:
            retur "one"
        standard:
            retur "other"


definiera ask():
    retur inmatning("? ")


double = lambda x: x * 2
for number i odd_numbers(LIMIT):
    skriv(sign_of(number), double(number), describe(number))
pasta 4 inte i [1, 2, 3]
forsok:
    kasta ValueError("bad")
utom ValueError som problem:
    skriv(problem)
slutligen:
    passera
med Holder(5) som holder:
    skriv(holder.content)
pairs = ordbok(key=1)
items = lista([1, 2])
ta_bort items[0]
counter = make_counter()
skriv(heltal("7"), flyttal("1.5"), strang(3), boolesk(1), root(16.0))
skriv(math.floor(2.5), counter(), counter(), items, pairs, total)
