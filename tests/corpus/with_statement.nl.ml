# Expected output: CPython 3.12 for the English program.
klasse Resource:
    definieer __init__(self, label, suppress=Onwaar):
        self.label = label
        self.suppress = suppress

    definieer __enter__(self):
        afdrukken("enter", self.label)
        retourneer self.label.upper()

    definieer __exit__(self, kind, value, tb):
        afdrukken("exit", self.label, kind.__name__ als kind anders Geen, value)
        retourneer self.suppress

met Resource("alpha") zoals name:
    afdrukken("inside", name)

met Resource("beta", Waar):
    werp ValueError("hidden")
afdrukken("after beta")

probeer:
    met Resource("gamma"):
        werp KeyError("shown")
behalve KeyError zoals err:
    afdrukken("caught", repr(err))

definieer early():
    met Resource("delta") zoals name:
        retourneer "returned " + name

afdrukken(early())

voor i in range(3):
    met Resource("loop" + tekenreeks(i)):
        als i == 1:
            ga_door
        als i == 2:
            breek
        afdrukken("body", i)

met Resource("outer") zoals first, Resource("inner") zoals second:
    afdrukken(first, second)

probeer:
    met 42:
        sla_over
behalve TypeError zoals err:
    afdrukken(err)

klasse Broken:
    definieer __enter__(self):
        retourneer self

    definieer __exit__(self, kind, value, tb):
        werp RuntimeError("exit failed")

probeer:
    met Broken():
        werp ValueError("original")
behalve RuntimeError zoals err:
    afdrukken(repr(err), repr(err.__context__))
