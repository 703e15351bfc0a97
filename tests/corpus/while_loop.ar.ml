number = 27
steps = 0
طالما number != 1:
    إذا number % 2 == 0:
        number = number // 2
    وإلا:
        number = 3 * number + 1
    steps += 1
اطبع("steps", steps)

counter = 0
طالما صحيح:
    counter += 1
    إذا counter % 2 == 0:
        استمر
    إذا counter > 9:
        توقف
    اطبع(counter, end=" ")
اطبع()

countdown = 3
طالما countdown > 0:
    اطبع("countdown", countdown)
    countdown -= 1
وإلا:
    اطبع("done")
