primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
drukuj(posortowane(primes | odds), posortowane(primes & odds), posortowane(primes - odds), posortowane(primes ^ odds))
primes.add(11)
primes.discard(2)
drukuj(dlugosc(primes), 11 w primes, 2 w primes)
drukuj(posortowane(set([3, 1, 3, 2, 1])), set() == set(), dlugosc(set("hello")))
drukuj({1, 2, 3}, {5}, set())
drukuj({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1}), {1, 2, 3}.union([4]) == {1, 2, 3, 4})
drukuj(posortowane({word.lower() dla word w ["A", "b", "a", "B"]}))
frozen = frozenset([1, 2])
drukuj(posortowane(frozen), 1 w frozen)
