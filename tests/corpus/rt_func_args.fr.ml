déf describe(name, greeting="hello", punct="!"):
    retour greeting + " " + name + punct

afficher(describe("ann"), describe("bo", "hey"), describe("cy", punct="?"), describe(greeting="yo", name="di"))

déf collect(first, *extra, sep="/", **opts):
    retour first + sep + sep.join(chaine(val) pour val dans extra) + " " + chaine(trier(opts.items()))

afficher(collect("a"), collect("a", 1, 2), collect("a", 1, sep="+", zz=1, aa=2))
afficher(collect(*["p", "q", "r"], **{"mode": 3}))

déf grow(val, bucket=[]):
    bucket.append(val)
    retour bucket

afficher(grow(1), grow(2), grow(3, []), grow(4))

déf kwonly(alpha, *, beta=2):
    retour alpha * beta

afficher(kwonly(5), kwonly(5, beta=10))
essayer:
    kwonly(1, 2)
sauf TypeError comme err:
    afficher("TypeError:", err)
essayer:
    describe()
sauf TypeError comme err:
    afficher("TypeError:", err)

déf fib(num):
    si num < 2:
        retour num
    retour fib(num - 1) + fib(num - 2)

afficher([fib(num) pour num dans intervalle(15)])

déf ackermann(mval, nval):
    si mval == 0:
        retour nval + 1
    si nval == 0:
        retour ackermann(mval - 1, 1)
    retour ackermann(mval - 1, ackermann(mval, nval - 1))

afficher(ackermann(2, 3), (lambda: 7)(), (lambda val, inc: val + inc)(1, 2))
square = lambda val: val * val
apply_twice = lambda func, val: func(func(val))
afficher(square(9), apply_twice(square, 3), liste(appliquer(square, [1, 2, 3])), describe.__name__)

déf nothing():
    passer

afficher(nothing(), nothing() est Rien, appelable(nothing), appelable(5))
