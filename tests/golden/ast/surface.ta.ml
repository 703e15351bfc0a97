# மாற்று வரிசை வடிவங்கள்: ITERABLE இல் X ஒவ்வொரு:, COND என்றால்:, COND வரை:, EXPR உடன்:
numbers = [3, 1, 2]
total = 0
numbers இல் n ஒவ்வொரு:
    n > 1 என்றால்:
        total += n
    இல்லை:
        total -= 1
    total > 10 வரை:
        total -= 10
total > 0 என்றால்:
    range(2) இல் m ஒவ்வொரு:
        அச்சிடு(m, total)
open("data.txt") உடன்:
    தாண்டு
அச்சிடு(total)
