# produci (yield) at module level and inside a comprehension.
definisci numeri():
    per n in range(3):
        produci n

produci 1
definisci quadrati():
    ritorna [(produci n) per n in numeri()]
stampa(list(numeri()))
