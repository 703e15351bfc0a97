# Every core keyword concept of LANGUAGE.md section 2, spelled in this file's language.
importe math
de math importe sqrt como root

constante LIMIT = 7
seja total = 0
flag = Verdadeiro
nothing = Nenhum


defina sign_of(number):
    global total
    total = total + number
    se number < 0 e não flag:
        retorne "negative"
    senão_se number == 0 ou number é nothing:
        retorne "zero"
    senão:
        retorne "positive"


defina make_counter():
    count = 0
    step = 1

    defina bump():
        nao_local count
        local step
        count = count + step
        retorne count

    retorne bump


defina odd_numbers(limit):
    n = 0
    enquanto Verdadeiro:
        n = n + 1
        se n > limit:
            interrompa
        se n % 2 == 0:
            continue
        produza n


assíncrono defina fetch(x):
    retorne x


assíncrono defina collect_one():
    retorne aguarde fetch(1)


classe Holder:
    defina __init__(self, content):
        self.content = content

    defina __enter__(self):
        retorne self

    defina __exit__(self, kind, value, tb):
        retorne Falso


defina describe(item):
    corresponda item:
        caso 1:
            retorne "one"
        padrão:
            retorne "other"


defina ask():
    retorne entre("? ")


double = lambda x: x * 2
para number em odd_numbers(LIMIT):
    imprima(sign_of(number), double(number), describe(number))
afirmar 4 não em [1, 2, 3]
tente:
    lance ValueError("bad")
exceto ValueError como problem:
    imprima(problem)
finalmente:
    passe
com Holder(5) como holder:
    imprima(holder.content)
pairs = dicionário(key=1)
items = lista([1, 2])
apagar items[0]
counter = make_counter()
imprima(inteiro("7"), real("1.5"), texto(3), booleano(1), root(16.0))
imprima(math.floor(2.5), counter(), counter(), items, pairs, total)
