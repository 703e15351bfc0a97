# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importeer math
van math importeer sqrt zoals root

constant LIMIT = 7
laat total = 0
flag = Waar
nothing = Geen


definieer sign_of(number):
    globaal total
    total = total + number
    als number < 0 en niet flag:
        retourneer "negative"
    anders_als number == 0 of number is nothing:
        retourneer "zero"
    anders:
        retourneer "positive"


definieer make_counter():
    count = 0
    step = 1

    definieer bump():
        niet_lokaal count
        lokaal step
        count = count + step
        retourneer count

    retourneer bump


definieer odd_numbers(limit):
    n = 0
    terwijl Waar:
        n = n + 1
        als n > limit:
            breek
        als n % 2 == 0:
            ga_door
        lever n


async definieer fetch(x):
    retourneer x


async definieer collect_one():
    retourneer wacht fetch(1)


klasse Holder:
    definieer __init__(self, content):
        self.content = content

    definieer __enter__(self):
        retourneer self

    definieer __exit__(self, kind, value, tb):
        retourneer Onwaar


definieer describe(item):
    vergelijk item:
        geval 1:
            retourneer "one"
        standaard:
            retourneer "other"


definieer ask():
    retourneer invoer("? ")


double = lambda x: x * 2
voor number in odd_numbers(LIMIT):
    afdrukken(sign_of(number), double(number), describe(number))
bevestig 4 niet in [1, 2, 3]
probeer:
    werp ValueError("bad")
behalve ValueError zoals problem:
    afdrukken(problem)
eindelijk:
    sla_over
met Holder(5) zoals holder:
    afdrukken(holder.content)
pairs = woordenboek(key=1)
items = lijst([1, 2])
verwijder items[0]
counter = make_counter()
afdrukken(geheel("7"), drijvend("1.5"), tekenreeks(3), booleaans(1), root(16.0))
afdrukken(math.floor(2.5), counter(), counter(), items, pairs, total)
