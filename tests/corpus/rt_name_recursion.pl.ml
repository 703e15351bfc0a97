counter = 5
drukuj(counter)
usun counter
sprobuj:
    drukuj(counter)
wyjatek NameError jako err:
    drukuj("NameError:", err)
counter = 7
drukuj(counter)

funkcja descend(depth):
    zwroc descend(depth + 1)

sprobuj:
    descend(0)
wyjatek RecursionError jako err:
    drukuj("RecursionError:", err)

funkcja countdown(num):
    jesli num == 0:
        zwroc 0
    zwroc 1 + countdown(num - 1)

drukuj(countdown(500))
sprobuj:
    podnies ValueError("custom message")
wyjatek ValueError jako err:
    drukuj("caught", err)
w_koncu:
    drukuj("cleanup")
sprobuj:
    podnies KeyError("k")
wyjatek LookupError jako err:
    drukuj("LookupError catches KeyError", reprezentacja(err))
sprobuj:
    asercja 1 + 1 == 3, "bad sum"
wyjatek AssertionError jako err:
    drukuj("AssertionError:", err)
