# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importer math
depuis math importer sqrt comme root

const LIMIT = 7
soit total = 0
flag = Vrai
nothing = Rien


déf sign_of(number):
    global total
    total = total + number
    si number < 0 et non flag:
        retour "negative"
    sinon si number == 0 ou number est nothing:
        retour "zero"
    sinon:
        retour "positive"


déf make_counter():
    count = 0
    step = 1

    déf bump():
        nonlocale count
        local step
        count = count + step
        retour count

    retour bump


déf odd_numbers(limit):
    n = 0
    tantque Vrai:
        n = n + 1
        si n > limit:
            arrêter
        si n % 2 == 0:
            continuer
        produire n


asynchrone déf fetch(x):
    retour x


asynchrone déf collect_one():
    retour attendre fetch(1)


classe Holder:
    déf __init__(self, content):
        self.content = content

    déf __enter__(self):
        retour self

    déf __exit__(self, kind, value, tb):
        retour Faux


déf describe(item):
    selon item:
        cas 1:
            retour "one"
        défaut:
            retour "other"


déf ask():
    retour saisir("? ")


double = lambda x: x * 2
pour number dans odd_numbers(LIMIT):
    afficher(sign_of(number), double(number), describe(number))
affirmer 4 pas dans [1, 2, 3]
essayer:
    lever ValueError("bad")
sauf ValueError comme problem:
    afficher(problem)
finalement:
    passer
avec Holder(5) comme holder:
    afficher(holder.content)
pairs = dico(key=1)
items = liste([1, 2])
supprimer items[0]
counter = make_counter()
afficher(entier("7"), flottant("1.5"), chaine(3), booléen(1), root(16.0))
afficher(math.floor(2.5), counter(), counter(), items, pairs, total)
