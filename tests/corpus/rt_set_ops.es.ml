odds = {1, 3, 5, 7, 9}
primes = {2, 3, 5, 7}
imprimir(odds | primes, odds & primes, odds - primes, odds ^ primes)
imprimir(odds.union([11]), odds.intersection(rango(4)), primes.difference({2}), primes.symmetric_difference({1, 2}))
imprimir({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]))
bag = conjunto()
para num en [4, 1, 4, 2, 1, 8, 0]:
    bag.add(num)
imprimir(bag, longitud(bag), 4 en bag, 5 no en bag)
bag.discard(100)
bag.remove(4)
bag.update([16, 3])
imprimir(bag, ordenado(bag, reverse=Verdadero))
popped = bag.pop()
imprimir(popped, bag)
frozen = conjunto_inmutable([3, 1, 2])
imprimir(frozen, frozen | {9}, {frozen: "usable key"}[conjunto_inmutable({1, 2, 3})])
imprimir(conjunto("aaa"), conjunto(), conjunto_inmutable(), conjunto([1, 1, 2]) == {2, 1}, {1, 2} == conjunto_inmutable({1, 2}))
imprimir({num % 5 para num en rango(12)}, conjunto(rango(5)) - conjunto(rango(0, 10, 2)))
imprimir({10, 20, 30} & {20, 30, 40}, {100, 5, 33})
intentar:
    bag.remove(999)
excepto KeyError como err:
    imprimir("KeyError:", err)
intentar:
    {[1, 2]}
excepto TypeError como err:
    imprimir("TypeError:", err)
dupes = [3, 1, 3, 2, 1]
imprimir(longitud(conjunto(dupes)), lista(diccionario.fromkeys(dupes)), suma({1, 2, 3}), maximo(frozen))
