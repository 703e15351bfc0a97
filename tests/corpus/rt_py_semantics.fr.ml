# expected output from CPython: the original rejects these constructs (LANGUAGE.md section 9)
déf is_even(num):
    retour Vrai si num == 0 sinon is_odd(num - 1)

déf is_odd(num):
    retour Faux si num == 0 sinon is_even(num - 1)

afficher(is_even(10), is_odd(7), is_even(3))
essayer:
    {}["k"]
sauf KeyError comme err:
    message = "caught " + chaine(err)
afficher(message)

classe Ctx:
    déf __enter__(self):
        retour 5
    déf __exit__(self, *args):
        retour Faux

avec Ctx() comme got:
    inside = got * 2
afficher(got, inside)
adders = [lambda val, inc=inc: val + inc pour inc dans intervalle(3)]
afficher([adder(10) pour adder dans adders])
pour idx, (key, val) dans énumérer([("a", 1), ("b", 2)]):
    afficher(idx, key, val)
afficher([half pour num dans [4, 9, 12] si (half := num // 2) > 2], half)
afficher((), longueur(()), () == nuplet())

classe Base:
    déf hello(self):
        retour "base"

classe Child(Base):
    déf hello(self):
        retour "child+" + superieur().hello()

afficher(Child().hello())
