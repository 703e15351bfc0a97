word = "multilingual"
اطبع(word[0], word[5], word[-1], word[-3], طول(word))
اطبع(word[2:6], word[:5], word[5:], word[-4:], word[:-4])
اطبع(word[::2], word[1::3], word[::-1], word[-2:2:-2], word[8:2:-1])
اطبع(word[100:], word[-100:3], word[3:3], "[" + word[5:2] + "]")
اطبع("ling" في word, "xyz" في word, "" في word, "xyz" ليس في word)
اطبع("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple", "a" != "A")
اطبع("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "" + "")
اطبع(أقصى("hello"), أدنى("hello"), مرتب("banana"), قائمة("abc"))
اطبع(نص(42) + نص(4.5) + نص(صحيح) + نص(لاشيء), طول(""), منطقي(""), منطقي(" "))
اطبع(تمثيل("it's"), تمثيل('say "hi"'), تمثيل("plain"), نص("plain"))
اطبع(ترتيبي("A"), ترتيبي("q"), حرف(65), حرف(8364), ترتيبي("ü"), حرف(252))
اطبع("-".join(["a", "b", "c"]), "".join(معكوس("stressed")), ", ".join(نص(num) لكل num في مدى(4)))
letters = ""
لكل char في "hello":
    letters = char + letters
اطبع(letters, "hello".count("l"), "hello".index("l"), word.find("ling"))
اطبع("%s has %d letters" % (word, طول(word)), "%5.2f|%-4d|%x" % (3.14159, 7, 255))
