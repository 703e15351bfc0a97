word = "multilingual"
stampa(word[0], word[5], word[-1], word[-3], lunghezza(word))
stampa(word[2:6], word[:5], word[5:], word[-4:], word[:-4])
stampa(word[::2], word[1::3], word[::-1], word[-2:2:-2], word[8:2:-1])
stampa(word[100:], word[-100:3], word[3:3], "[" + word[5:2] + "]")
stampa("ling" in word, "xyz" in word, "" in word, "xyz" non in word)
stampa("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple", "a" != "A")
stampa("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "" + "")
stampa(massimo("hello"), minimo("hello"), ordinato("banana"), lista("abc"))
stampa(stringa(42) + stringa(4.5) + stringa(Vero) + stringa(Nessuno), lunghezza(""), booleano(""), booleano(" "))
stampa(rappresentazione("it's"), rappresentazione('say "hi"'), rappresentazione("plain"), stringa("plain"))
stampa(ordinale("A"), ordinale("q"), carattere(65), carattere(8364), ordinale("ü"), carattere(252))
stampa("-".join(["a", "b", "c"]), "".join(invertito("stressed")), ", ".join(stringa(num) per num in intervallo(4)))
letters = ""
per char in "hello":
    letters = char + letters
stampa(letters, "hello".count("l"), "hello".index("l"), word.find("ling"))
stampa("%s has %d letters" % (word, lunghezza(word)), "%5.2f|%-4d|%x" % (3.14159, 7, 255))
