word = "multilingual"
print(word[0], word[5], word[-1], word[-3], len(word))
print(word[2:6], word[:5], word[5:], word[-4:], word[:-4])
print(word[::2], word[1::3], word[::-1], word[-2:2:-2], word[8:2:-1])
print(word[100:], word[-100:3], word[3:3], "[" + word[5:2] + "]")
print("ling" in word, "xyz" in word, "" in word, "xyz" not in word)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple", "a" != "A")
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "" + "")
print(max("hello"), min("hello"), sorted("banana"), list("abc"))
print(str(42) + str(4.5) + str(True) + str(None), len(""), bool(""), bool(" "))
print(repr("it's"), repr('say "hi"'), repr("plain"), str("plain"))
print(ord("A"), ord("q"), chr(65), chr(8364), ord("ü"), chr(252))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(num) for num in range(4)))
letters = ""
for char in "hello":
    letters = char + letters
print(letters, "hello".count("l"), "hello".index("l"), word.find("ling"))
print("%s has %d letters" % (word, len(word)), "%5.2f|%-4d|%x" % (3.14159, 7, 255))
