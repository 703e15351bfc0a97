# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importer math
fra math importer sqrt som root

konstant LIMIT = 7
lad total = 0
flag = Sand
nothing = Ingen


definer sign_of(number):
    global total
    total = total + number
    hvis number < 0 og ikke flag:
        returner "negative"
    ellers_hvis number == 0 eller number er nothing:
        returner "zero"
    ellers:
        returner "positive"


definer make_counter():
    count = 0
    step = 1

    definer bump():
        ikke_lokal count
        lokal step
        count = count + step
        returner count

    returner bump


definer odd_numbers(limit):
    n = 0
    mens Sand:
        n = n + 1
        hvis n > limit:
            afbryd
        hvis n % 2 == 0:
            fortsaet
        giv n


async definer fetch(x):
    returner x


async definer collect_one():
    returner afvent fetch(1)


klasse Holder:
    definer __init__(self, content):
        self.content = content

    definer __enter__(self):
        returner self

    definer __exit__(self, kind, value, tb):
        returner Falsk


definer describe(item):
    match item:
        sag 1:
            returner "one"
        standard:
            returner "other"


definer ask():
    returner input("? ")


double = lambda x: x * 2
for number i odd_numbers(LIMIT):
    skriv(sign_of(number), double(number), describe(number))
haevd 4 ikke i [1, 2, 3]
prov:
    kast ValueError("bad")
undtagen ValueError som problem:
    skriv(problem)
endelig:
    pass
med Holder(5) som holder:
    skriv(holder.content)
pairs = ordbog(key=1)
items = liste([1, 2])
slet items[0]
counter = make_counter()
skriv(heltal("7"), flydetal("1.5"), streng(3), boolsk(1), root(16.0))
skriv(math.floor(2.5), counter(), counter(), items, pairs, total)
