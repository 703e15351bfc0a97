ஒவ்வொரு index இல் range(5):
    அச்சிடு(index, end=" ")
அச்சிடு()
ஒவ்வொரு index இல் range(2, 12, 3):
    அச்சிடு(index, end=" ")
அச்சிடு()
ஒவ்வொரு index இல் range(10, 0, -2):
    அச்சிடு(index, end=" ")
அச்சிடு()
total = 0
ஒவ்வொரு index இல் range(1, 101):
    total += index
அச்சிடு("total", total)
ஒவ்வொரு row இல் range(1, 4):
    line = ""
    ஒவ்வொரு column இல் range(1, 4):
        line += சரம்(row * column) + " "
    அச்சிடு(line)
ஒவ்வொரு index இல் range(3):
    என்றால் index == 5:
        நிறுத்து
இல்லை:
    அச்சிடு("no break")
