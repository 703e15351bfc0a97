val = 10.0
ஒவ்வொரு step இல் வரம்பு(12):
    val = val ** 2
    அச்சிடு(step, val)
அச்சிடு("unreachable")
