people = [("bob", 25), ("amy", 31), ("cal", 25), ("dan", 19), ("eve", 31), ("fay", 25)]
afficher(trier(people))
afficher(trier(people, key=lambda rec: rec[1]))
afficher(trier(people, key=lambda rec: rec[1], reverse=Vrai))
afficher(trier(people, key=lambda rec: (-rec[1], rec[0])))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
afficher(trier(words))
afficher(trier(words, key=chaine.lower))
afficher(trier(words, key=longueur))
afficher(trier(words, key=longueur, reverse=Vrai))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort()
afficher(nums)
nums.sort(reverse=Vrai)
afficher(nums)
nums.sort(key=valeurabsolue)
afficher(nums)
afficher(trier(nums, key=lambda val: val % 3), trier("hello"), trier((3, 1, 2)))
afficher(minimum(words, key=longueur), maximum(words, key=longueur), maximum(people, key=lambda rec: rec[1]))
afficher(minimum(nums), maximum(nums), maximum(3, 7, 5), minimum("zebra"))
scores = {"bob": 3, "amy": 5, "cal": 3}
afficher(trier(scores), trier(scores.items(), key=lambda kv: kv[1]), trier(scores, key=scores.get))
afficher(liste(inversé(nums)), trier([[2, 1], [1, 9], [1, 2]]), trier([0.5, -2, 1]))
essayer:
    trier([1, "a", 2])
sauf TypeError comme err:
    afficher("TypeError:", err)
