squares = [num * num für num in bereich(10)]
evens = [num für num in squares wenn num % 2 == 0]
ausgeben(squares, evens)
pairs = [(row, col) für row in bereich(3) für col in bereich(row)]
ausgeben(pairs)
matrix = [[row * 3 + col für col in bereich(3)] für row in bereich(3)]
ausgeben(matrix)
ausgeben([matrix[col][row] für row in bereich(3) für col in bereich(3)])
flat = [cell für line in matrix für cell in line wenn cell % 2 == 1 wenn cell > 2]
ausgeben(flat)
ausgeben([num wenn num % 3 sonst -num für num in bereich(7)])
lengths = {word: laenge(word) für word in ["ab", "cde", "f"]}
ausgeben(lengths)
inverse = {val: key für key, val in lengths.items()}
ausgeben(inverse)
ausgeben({num % 4 für num in bereich(20)}, {num * num für num in [-2, -1, 1, 2]})
gen = (num * 2 für num in bereich(5))
ausgeben(summe(gen), summe(gen))
ausgeben(summe(num für num in bereich(101)), maximum(laenge(word) für word in ["a", "abc", "ab"]))
ausgeben(irgendein(num > 8 für num in squares), alle(num >= 0 für num in squares), minimum(num % 7 für num in bereich(3, 9)))
ausgeben(irgendein([]), alle([]), sortiert({3: "c", 1: "a"}), [char * 2 für char in "abc"])
ausgeben([[col für col in bereich(row)] für row in bereich(4)])
total = 0
found = [total := total + num für num in bereich(5)]
ausgeben(found, total)
ausgeben(liste(zippen(*matrix)), wörterbuch(zippen("abc", bereich(3))))
