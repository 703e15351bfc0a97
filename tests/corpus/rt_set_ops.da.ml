odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
skriv(odds | primes, odds & primes, odds - primes, odds ^ primes)
skriv(odds.union([11]), odds.intersection(interval(4)), primes.difference({2}), primes.symmetric_difference({1, 2}))
skriv({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
bag = maengde()
for num i [4, 1, 4, 2, 1, 8, 0]:
    bag.add(num)
skriv(bag, laengde(bag), 4 i bag, 5 ikke i bag)
bag.discard(100)
bag.remove(4)
bag.update([16, 3])
skriv(bag, sorteret(bag, reverse=Sand))
popped = bag.pop()
skriv(popped, bag)
frozen = frossen_maengde([3, 1, 2])
skriv(frozen, frozen | {9}, {frozen: "usable key"}[frossen_maengde({1, 2, 3})])
skriv(maengde("aaa"), maengde(), frossen_maengde(), maengde([1, 1, 2]) == {2, 1}, {1, 2} == frossen_maengde({1, 2}))
skriv({num % 5 for num i interval(12)}, maengde(interval(5)) - maengde(interval(0, 10, 2)))
skriv({10, 20, 30} & {20, 30, 40}, {100, 5, 33})
prov:
    bag.remove(999)
undtagen KeyError som err:
    skriv("KeyError:", err)
prov:
    {[1, 2]}
undtagen TypeError som err:
    skriv("TypeError:", err)
dupes = [3, 1, 3, 2, 1]
skriv(laengde(maengde(dupes)), liste(ordbog.fromkeys(dupes)), summering({1, 2, 3}), maksimum(frozen))
