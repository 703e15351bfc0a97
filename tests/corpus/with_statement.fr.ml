# Expected output: CPython 3.12 for the English program.
classe Resource:
    déf __init__(self, label, suppress=Faux):
        self.label = label
        self.suppress = suppress

    déf __enter__(self):
        afficher("enter", self.label)
        retour self.label.upper()

    déf __exit__(self, kind, value, tb):
        afficher("exit", self.label, kind.__name__ si kind sinon Rien, value)
        retour self.suppress

avec Resource("alpha") comme name:
    afficher("inside", name)

avec Resource("beta", Vrai):
    lever ValueError("hidden")
afficher("after beta")

essayer:
    avec Resource("gamma"):
        lever KeyError("shown")
sauf KeyError comme err:
    afficher("caught", repr(err))

déf early():
    avec Resource("delta") comme name:
        retour "returned " + name

afficher(early())

pour i dans range(3):
    avec Resource("loop" + chaine(i)):
        si i == 1:
            continuer
        si i == 2:
            arrêter
        afficher("body", i)

avec Resource("outer") comme first, Resource("inner") comme second:
    afficher(first, second)

essayer:
    avec 42:
        passer
sauf TypeError comme err:
    afficher(err)

classe Broken:
    déf __enter__(self):
        retour self

    déf __exit__(self, kind, value, tb):
        lever RuntimeError("exit failed")

essayer:
    avec Broken():
        lever ValueError("original")
sauf RuntimeError comme err:
    afficher(repr(err), repr(err.__context__))
