odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
print(odds | primes, odds & primes, odds - primes, odds ^ primes)
print(odds.union([11]), odds.intersection(range(4)), primes.difference({2}), primes.symmetric_difference({1, 2}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
bag = set()
for num in [4, 1, 4, 2, 1, 8, 0]:
    bag.add(num)
print(bag, len(bag), 4 in bag, 5 not in bag)
bag.discard(100)
bag.remove(4)
bag.update([16, 3])
print(bag, sorted(bag, reverse=True))
popped = bag.pop()
print(popped, bag)
frozen = frozenset([3, 1, 2])
print(frozen, frozen | {9}, {frozen: "usable key"}[frozenset({1, 2, 3})])
print(set("aaa"), set(), frozenset(), set([1, 1, 2]) == {2, 1}, {1, 2} == frozenset({1, 2}))
print({num % 5 for num in range(12)}, set(range(5)) - set(range(0, 10, 2)))
print({10, 20, 30} & {20, 30, 40}, {100, 5, 33})
try:
    bag.remove(999)
except KeyError as err:
    print("KeyError:", err)
try:
    {[1, 2]}
except TypeError as err:
    print("TypeError:", err)
dupes = [3, 1, 3, 2, 1]
print(len(set(dupes)), list(dict.fromkeys(dupes)), sum({1, 2, 3}), max(frozen))
