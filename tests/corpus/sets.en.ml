primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
print(sorted(primes | odds), sorted(primes & odds), sorted(primes - odds), sorted(primes ^ odds))
primes.add(11)
primes.discard(2)
print(len(primes), 11 in primes, 2 in primes)
print(sorted(set([3, 1, 3, 2, 1])), set() == set(), len(set("hello")))
print({1, 2, 3}, {5}, set())
print({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1}), {1, 2, 3}.union([4]) == {1, 2, 3, 4})
print(sorted({word.lower() for word in ["A", "b", "a", "B"]}))
frozen = frozenset([1, 2])
print(sorted(frozen), 1 in frozen)
