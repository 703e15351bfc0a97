temp = [1, 2, 3]
ausgeben(summe(temp))
loschen temp
ausgeben("deleted")
ausgeben(laenge(temp))
ausgeben("unreachable")
