values = [5, 2, 9, 1, 5, 6]
छापो(sorted(values), sorted(values, reverse=सत्य), values)
values.sort()
छापो(values)
words = ["banana", "Apple", "cherry", "date"]
छापो(sorted(words), sorted(words, key=len), sorted(words, key=शब्द.lower))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 19)]
छापो(sorted(people, key=लैम्ब्डा person: person[1]))
छापो(sorted(people, key=लैम्ब्डा person: (-person[1], person[0])))
people.sort(key=लैम्ब्डा person: person[0], reverse=सत्य)
छापो(people)
छापो(sorted([3.5, -1, 2]), sorted("hello"), सूची(reversed([1, 2, 3])))
छापो(max(words, key=len), min(people, key=लैम्ब्डा person: person[1]))
परिभाषा bubble(items):
    items = सूची(items)
    के_लिए end में range(len(items) - 1, 0, -1):
        के_लिए index में range(end):
            अगर items[index] > items[index + 1]:
                items[index], items[index + 1] = items[index + 1], items[index]
    वापसी items
छापो(bubble([9, 4, 7, 1, 8]))
