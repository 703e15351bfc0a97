odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
छापो(odds | primes, odds & primes, odds - primes, odds ^ primes)
छापो(odds.union([11]), odds.intersection(परास(4)), primes.difference({2}), primes.symmetric_difference({1, 2}))
छापो({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
bag = समुच्चय()
के_लिए num में [4, 1, 4, 2, 1, 8, 0]:
    bag.add(num)
छापो(bag, लंबाई(bag), 4 में bag, 5 नहीं में bag)
bag.discard(100)
bag.remove(4)
bag.update([16, 3])
छापो(bag, क्रमबद्ध(bag, reverse=सत्य))
popped = bag.pop()
छापो(popped, bag)
frozen = अचल_समुच्चय([3, 1, 2])
छापो(frozen, frozen | {9}, {frozen: "usable key"}[अचल_समुच्चय({1, 2, 3})])
छापो(समुच्चय("aaa"), समुच्चय(), अचल_समुच्चय(), समुच्चय([1, 1, 2]) == {2, 1}, {1, 2} == अचल_समुच्चय({1, 2}))
छापो({num % 5 के_लिए num में परास(12)}, समुच्चय(परास(5)) - समुच्चय(परास(0, 10, 2)))
छापो({10, 20, 30} & {20, 30, 40}, {100, 5, 33})
प्रयास:
    bag.remove(999)
अपवाद KeyError रूपमें err:
    छापो("KeyError:", err)
प्रयास:
    {[1, 2]}
अपवाद TypeError रूपमें err:
    छापो("TypeError:", err)
dupes = [3, 1, 3, 2, 1]
छापो(लंबाई(समुच्चय(dupes)), सूची(शब्दकोश.fromkeys(dupes)), योग({1, 2, 3}), अधिकतम(frozen))
