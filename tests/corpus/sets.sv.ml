primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
skriv(sorterad(primes | odds), sorterad(primes & odds), sorterad(primes - odds), sorterad(primes ^ odds))
primes.add(11)
primes.discard(2)
skriv(langd(primes), 11 i primes, 2 i primes)
skriv(sorterad(set([3, 1, 3, 2, 1])), set() == set(), langd(set("hello")))
skriv({1, 2, 3}, {5}, set())
skriv({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1}), {1, 2, 3}.union([4]) == {1, 2, 3, 4})
skriv(sorterad({word.lower() for word i ["A", "b", "a", "B"]}))
frozen = frozenset([1, 2])
skriv(sorterad(frozen), 1 i frozen)
