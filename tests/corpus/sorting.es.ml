values = [5, 2, 9, 1, 5, 6]
imprimir(ordenado(values), ordenado(values, reverse=Verdadero), values)
values.sort()
imprimir(values)
words = ["banana", "Apple", "cherry", "date"]
imprimir(ordenado(words), ordenado(words, key=longitud), ordenado(words, key=cadena.lower))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 19)]
imprimir(ordenado(people, key=lambda person: person[1]))
imprimir(ordenado(people, key=lambda person: (-person[1], person[0])))
people.sort(key=lambda person: person[0], reverse=Verdadero)
imprimir(people)
imprimir(ordenado([3.5, -1, 2]), ordenado("hello"), lista(invertido([1, 2, 3])))
imprimir(maximo(words, key=longitud), minimo(people, key=lambda person: person[1]))
def bubble(items):
    items = lista(items)
    para end en rango(longitud(items) - 1, 0, -1):
        para index en rango(end):
            si items[index] > items[index + 1]:
                items[index], items[index + 1] = items[index + 1], items[index]
    devolver items
imprimir(bubble([9, 4, 7, 1, 8]))
