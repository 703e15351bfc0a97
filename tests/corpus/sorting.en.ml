values = [5, 2, 9, 1, 5, 6]
print(sorted(values), sorted(values, reverse=True), values)
values.sort()
print(values)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 19)]
print(sorted(people, key=lambda person: person[1]))
print(sorted(people, key=lambda person: (-person[1], person[0])))
people.sort(key=lambda person: person[0], reverse=True)
print(people)
print(sorted([3.5, -1, 2]), sorted("hello"), list(reversed([1, 2, 3])))
print(max(words, key=len), min(people, key=lambda person: person[1]))
def bubble(items):
    items = list(items)
    for end in range(len(items) - 1, 0, -1):
        for index in range(end):
            if items[index] > items[index + 1]:
                items[index], items[index + 1] = items[index + 1], items[index]
    return items
print(bubble([9, 4, 7, 1, 8]))
