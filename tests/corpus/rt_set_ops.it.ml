odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
stampa(odds | primes, odds & primes, odds - primes, odds ^ primes)
stampa(odds.union([11]), odds.intersection(intervallo(4)), primes.difference({2}), primes.symmetric_difference({1, 2}))
stampa({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
bag = insieme()
per num in [4, 1, 4, 2, 1, 8, 0]:
    bag.add(num)
stampa(bag, lunghezza(bag), 4 in bag, 5 non in bag)
bag.discard(100)
bag.remove(4)
bag.update([16, 3])
stampa(bag, ordinato(bag, reverse=Vero))
popped = bag.pop()
stampa(popped, bag)
frozen = insieme_immutabile([3, 1, 2])
stampa(frozen, frozen | {9}, {frozen: "usable key"}[insieme_immutabile({1, 2, 3})])
stampa(insieme("aaa"), insieme(), insieme_immutabile(), insieme([1, 1, 2]) == {2, 1}, {1, 2} == insieme_immutabile({1, 2}))
stampa({num % 5 per num in intervallo(12)}, insieme(intervallo(5)) - insieme(intervallo(0, 10, 2)))
stampa({10, 20, 30} & {20, 30, 40}, {100, 5, 33})
prova:
    bag.remove(999)
eccetto KeyError come err:
    stampa("KeyError:", err)
prova:
    {[1, 2]}
eccetto TypeError come err:
    stampa("TypeError:", err)
dupes = [3, 1, 3, 2, 1]
stampa(lunghezza(insieme(dupes)), lista(dizionario.fromkeys(dupes)), somma({1, 2, 3}), massimo(frozen))
