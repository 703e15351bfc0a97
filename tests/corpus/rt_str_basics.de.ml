word = "multilingual"
ausgeben(word[0], word[5], word[-1], word[-3], laenge(word))
ausgeben(word[2:6], word[:5], word[5:], word[-4:], word[:-4])
ausgeben(word[::2], word[1::3], word[::-1], word[-2:2:-2], word[8:2:-1])
ausgeben(word[100:], word[-100:3], word[3:3], "[" + word[5:2] + "]")
ausgeben("ling" in word, "xyz" in word, "" in word, "xyz" nicht in word)
ausgeben("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple", "a" != "A")
ausgeben("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "" + "")
ausgeben(maximum("hello"), minimum("hello"), sortiert("banana"), liste("abc"))
ausgeben(zeichenkette(42) + zeichenkette(4.5) + zeichenkette(Wahr) + zeichenkette(Nichts), laenge(""), boolesch(""), boolesch(" "))
ausgeben(darstellung("it's"), darstellung('say "hi"'), darstellung("plain"), zeichenkette("plain"))
ausgeben(ordinal("A"), ordinal("q"), zeichen(65), zeichen(8364), ordinal("ü"), zeichen(252))
ausgeben("-".join(["a", "b", "c"]), "".join(umgekehrt("stressed")), ", ".join(zeichenkette(num) für num in bereich(4)))
letters = ""
für char in "hello":
    letters = char + letters
ausgeben(letters, "hello".count("l"), "hello".index("l"), word.find("ling"))
ausgeben("%s has %d letters" % (word, laenge(word)), "%5.2f|%-4d|%x" % (3.14159, 7, 255))
