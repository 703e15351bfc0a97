nums = lista(intervallo(1, 11))
stampa(lunghezza(nums), somma(nums), minimo(nums), massimo(nums), assoluto(-5), assoluto(-2.5))
stampa(ordinato([3, 1, 2], reverse=Vero), lista(invertito(nums))[:3], lista(intervallo(10, 0, -3)))
per idx, val in enumerare(["a", "b"], 1):
    stampa(idx, val)
stampa(lista(accoppia([1, 2, 3], "xyz")), lista(mappare(stringa, [1, 2])), lista(filtrare(Nessuno, [0, 1, "", "a"])))
stampa(lista(filtrare(lambda num: num % 4 == 0, nums)), lista(mappare(lambda num: num * num, intervallo(4))))
stampa(qualsiasi([0, 0, 1]), tutti([1, 1, 0]), arrotondare(3.14159, 2), arrotondare(7.5), potenza(2, 10), potenza(3, 4, 5))
stampa(divmod(47, 5), carattere(97), ordinale("b"), esadecimale(4095), ottale(64), binario(10))
stampa(è_istanza(5, intero), è_istanza("a", stringa), è_istanza(2.0, intero), è_istanza(Vero, intero))
stampa(tipo(5).__name__, tipo("").__name__, tipo([]).__name__, tipo({}).__name__, tipo(1.5).__name__)
stampa(intero("42") + 1, decimale("2.5") * 2, stringa(3) + "x", booleano(""), lista("hi"), dizionario(a=1))
stampa(insieme([2, 2, 1]), tupla([1, 2]), insieme_immutabile([1]), rappresentazione("q"), formattare(3.14159, ".2f"))
it = iteratore([10, 20, 30])
stampa(prossimo(it), prossimo(it), prossimo(it), prossimo(it, "end"))

classe Box:
    passa

box = Box()
imposta_attributo(box, "size", 3)
stampa(ha_attributo(box, "size"), ottieni_attributo(box, "size"), ottieni_attributo(box, "color", "none"), ha_attributo(box, "color"))
stampa(somma([[1], [2, 3]], []), massimo("apple", "pear", key=lunghezza), minimo(4, 2, 8), somma(intervallo(5), 10))
stampa(ordinato(insieme("hello")), lunghezza({"k": 1, "j": 2}), assoluto(-0), arrotondare(-2.5), arrotondare(0.125, 2))
