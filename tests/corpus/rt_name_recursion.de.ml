counter = 5
ausgeben(counter)
loschen counter
versuchen:
    ausgeben(counter)
ausnahme NameError als err:
    ausgeben("NameError:", err)
counter = 7
ausgeben(counter)

def descend(depth):
    rückgabe descend(depth + 1)

versuchen:
    descend(0)
ausnahme RecursionError als err:
    ausgeben("RecursionError:", err)

def countdown(num):
    wenn num == 0:
        rückgabe 0
    rückgabe 1 + countdown(num - 1)

ausgeben(countdown(500))
versuchen:
    auslösen ValueError("custom message")
ausnahme ValueError als err:
    ausgeben("caught", err)
schließlich:
    ausgeben("cleanup")
versuchen:
    auslösen KeyError("k")
ausnahme LookupError als err:
    ausgeben("LookupError catches KeyError", darstellung(err))
versuchen:
    behaupten 1 + 1 == 3, "bad sum"
ausnahme AssertionError als err:
    ausgeben("AssertionError:", err)
