primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
afdrukken(gesorteerd(primes | odds), gesorteerd(primes & odds), gesorteerd(primes - odds), gesorteerd(primes ^ odds))
primes.add(11)
primes.discard(2)
afdrukken(lengte(primes), 11 in primes, 2 in primes)
afdrukken(gesorteerd(set([3, 1, 3, 2, 1])), set() == set(), lengte(set("hello")))
afdrukken({1, 2, 3}, {5}, set())
afdrukken({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1}), {1, 2, 3}.union([4]) == {1, 2, 3, 4})
afdrukken(gesorteerd({word.lower() voor word in ["A", "b", "a", "B"]}))
frozen = frozenset([1, 2])
afdrukken(gesorteerd(frozen), 1 in frozen)
