# globalne (global) must come before any use of the name in the function.
licznik = 0

funkcja zwieksz():
    drukuj(licznik)
    globalne licznik
    licznik = licznik + 1

funkcja poprawnie():
    globalne licznik
    licznik = licznik + 1
    zwroc licznik

drukuj(poprawnie())
