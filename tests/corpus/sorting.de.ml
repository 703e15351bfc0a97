values = [5, 2, 9, 1, 5, 6]
ausgeben(sortiert(values), sortiert(values, reverse=Wahr), values)
values.sort()
ausgeben(values)
words = ["banana", "Apple", "cherry", "date"]
ausgeben(sortiert(words), sortiert(words, key=laenge), sortiert(words, key=zeichenkette.lower))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 19)]
ausgeben(sortiert(people, key=lambda person: person[1]))
ausgeben(sortiert(people, key=lambda person: (-person[1], person[0])))
people.sort(key=lambda person: person[0], reverse=Wahr)
ausgeben(people)
ausgeben(sortiert([3.5, -1, 2]), sortiert("hello"), liste(umgekehrt([1, 2, 3])))
ausgeben(maximum(words, key=laenge), minimum(people, key=lambda person: person[1]))
def bubble(items):
    items = liste(items)
    für end in bereich(laenge(items) - 1, 0, -1):
        für index in bereich(end):
            wenn items[index] > items[index + 1]:
                items[index], items[index + 1] = items[index + 1], items[index]
    rückgabe items
ausgeben(bubble([9, 4, 7, 1, 8]))
