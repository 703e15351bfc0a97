definisci total(*numbers):
    ritorna somma(numbers)

definisci describe(first, *rest, **options):
    stampa(first, rest, options)

definisci keyword_only(value, *, scale=2):
    ritorna value * scale

stampa(total(), total(1, 2, 3))
describe(1)
describe(1, 2, 3, color="red", size=4)
arguments = [10, 20, 30]
stampa(total(*arguments), total(*arguments, 40))
settings = {"color": "blue"}
describe(*arguments, **settings)
stampa(keyword_only(5), keyword_only(5, scale=10))
definisci pair(left, right=0):
    ritorna (left, right)
stampa(pair(*[1, 2]), pair(**{"left": 3}), pair(right=4, left=5))
stampa(*[1, 2, 3], sep="|")
