number = 27
steps = 0
जबतक number != 1:
    अगर number % 2 == 0:
        number = number // 2
    वरना:
        number = 3 * number + 1
    steps += 1
छापो("steps", steps)

counter = 0
जबतक सत्य:
    counter += 1
    अगर counter % 2 == 0:
        जारी
    अगर counter > 9:
        रोको
    छापो(counter, end=" ")
छापो()

countdown = 3
जबतक countdown > 0:
    छापो("countdown", countdown)
    countdown -= 1
वरना:
    छापो("done")
