squares = [num * num dla num w zakres(10)]
evens = [num dla num w squares jesli num % 2 == 0]
drukuj(squares, evens)
pairs = [(row, col) dla row w zakres(3) dla col w zakres(row)]
drukuj(pairs)
matrix = [[row * 3 + col dla col w zakres(3)] dla row w zakres(3)]
drukuj(matrix)
drukuj([matrix[col][row] dla row w zakres(3) dla col w zakres(3)])
flat = [cell dla line w matrix dla cell w line jesli cell % 2 == 1 jesli cell > 2]
drukuj(flat)
drukuj([num jesli num % 3 inaczej -num dla num w zakres(7)])
lengths = {word: dlugosc(word) dla word w ["ab", "cde", "f"]}
drukuj(lengths)
inverse = {val: key dla key, val w lengths.items()}
drukuj(inverse)
drukuj({num % 4 dla num w zakres(20)}, {num * num dla num w [-2, -1, 1, 2]})
gen = (num * 2 dla num w zakres(5))
drukuj(suma(gen), suma(gen))
drukuj(suma(num dla num w zakres(101)), maksimum(dlugosc(word) dla word w ["a", "abc", "ab"]))
drukuj(jakikolwiek(num > 8 dla num w squares), wszystkie(num >= 0 dla num w squares), minimum(num % 7 dla num w zakres(3, 9)))
drukuj(jakikolwiek([]), wszystkie([]), posortowane({3: "c", 1: "a"}), [char * 2 dla char w "abc"])
drukuj([[col dla col w zakres(row)] dla row w zakres(4)])
total = 0
found = [total := total + num dla num w zakres(5)]
drukuj(found, total)
drukuj(lista(polacz(*matrix)), slownik(polacz("abc", zakres(3))))
