இறக்கு sys
arguments = sys.argv[1:]
அச்சிடு(len(arguments))
ஒவ்வொரு argument இல் arguments:
    அச்சிடு("arg", argument)
total = 0
ஒவ்வொரு argument இல் arguments[1:]:
    total += முழு(argument)
அச்சிடு("total", total)
