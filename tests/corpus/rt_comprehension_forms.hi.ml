squares = [num * num के_लिए num में परास(10)]
evens = [num के_लिए num में squares अगर num % 2 == 0]
छापो(squares, evens)
pairs = [(row, col) के_लिए row में परास(3) के_लिए col में परास(row)]
छापो(pairs)
matrix = [[row * 3 + col के_लिए col में परास(3)] के_लिए row में परास(3)]
छापो(matrix)
छापो([matrix[col][row] के_लिए row में परास(3) के_लिए col में परास(3)])
flat = [cell के_लिए line में matrix के_लिए cell में line अगर cell % 2 == 1 अगर cell > 2]
छापो(flat)
छापो([num अगर num % 3 वरना -num के_लिए num में परास(7)])
lengths = {word: लंबाई(word) के_लिए word में ["ab", "cde", "f"]}
छापो(lengths)
inverse = {val: key के_लिए key, val में lengths.items()}
छापो(inverse)
छापो({num % 4 के_लिए num में परास(20)}, {num * num के_लिए num में [-2, -1, 1, 2]})
gen = (num * 2 के_लिए num में परास(5))
छापो(योग(gen), योग(gen))
छापो(योग(num के_लिए num में परास(101)), अधिकतम(लंबाई(word) के_लिए word में ["a", "abc", "ab"]))
छापो(कोई_भी(num > 8 के_लिए num में squares), सभी(num >= 0 के_लिए num में squares), न्यूनतम(num % 7 के_लिए num में परास(3, 9)))
छापो(कोई_भी([]), सभी([]), क्रमबद्ध({3: "c", 1: "a"}), [char * 2 के_लिए char में "abc"])
छापो([[col के_लिए col में परास(row)] के_लिए row में परास(4)])
total = 0
found = [total := total + num के_लिए num में परास(5)]
छापो(found, total)
छापो(सूची(जोड़ो(*matrix)), शब्दकोश(जोड़ो("abc", परास(3))))
