number = 27
steps = 0
solange number != 1:
    wenn number % 2 == 0:
        number = number // 2
    sonst:
        number = 3 * number + 1
    steps += 1
ausgeben("steps", steps)

counter = 0
solange Wahr:
    counter += 1
    wenn counter % 2 == 0:
        weiter
    wenn counter > 9:
        abbrechen
    ausgeben(counter, end=" ")
ausgeben()

countdown = 3
solange countdown > 0:
    ausgeben("countdown", countdown)
    countdown -= 1
sonst:
    ausgeben("done")
