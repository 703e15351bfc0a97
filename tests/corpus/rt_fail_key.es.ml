stock = {"apple": 3, "pear": 0}

def take(fruit):
    stock[fruit] -= 1
    devolver stock[fruit]

imprimir(take("apple"))
imprimir(stock)
imprimir(take("plum"))
imprimir("unreachable")
