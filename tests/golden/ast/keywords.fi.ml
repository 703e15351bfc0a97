# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
tuo math
kohteesta math tuo sqrt nimella root

vakio LIMIT = 7
olkoon total = 0
flag = Tosi
nothing = EiMitaan


maarittele sign_of(number):
    globaali total
    total = total + number
    jos number < 0 ja ei flag:
        palauta "negative"
    muuten_jos number == 0 tai number on nothing:
        palauta "zero"
    muuten:
        palauta "positive"


maarittele make_counter():
    count = 0
    step = 1

    maarittele bump():
        epapaikallinen count
        paikallinen step
        count = count + step
        palauta count

    palauta bump


maarittele odd_numbers(limit):
    n = 0
    kun Tosi:
        n = n + 1
        jos n > limit:
            keskeyta
        jos n % 2 == 0:
            jatka
        tuota n


async maarittele fetch(x):
    palauta x


async maarittele collect_one():
    palauta odota fetch(1)


luokka Holder:
    maarittele __init__(self, content):
        self.content = content

    maarittele __enter__(self):
        palauta self

    maarittele __exit__(self, kind, value, tb):
        palauta Epatosi


maarittele describe(item):
    taysmatch item:
        tapaus 1:
            palauta "one"
        oletus:
            palauta "other"


maarittele ask():
    palauta syote("? ")


double = lambda x: x * 2
jokaiselle number sisalla odd_numbers(LIMIT):
    tulosta(sign_of(number), double(number), describe(number))
varmista 4 ei sisalla [1, 2, 3]
yrita:
    nosta ValueError("bad")
paitsi ValueError nimella problem:
    tulosta(problem)
lopuksi:
    ohita
kanssa Holder(5) nimella holder:
    tulosta(holder.content)
pairs = sanakirja(key=1)
items = lista([1, 2])
poista items[0]
counter = make_counter()
tulosta(kokonaisluku("7"), liukuluku("1.5"), merkkijono(3), totuusarvo(1), root(16.0))
tulosta(math.floor(2.5), counter(), counter(), items, pairs, total)
