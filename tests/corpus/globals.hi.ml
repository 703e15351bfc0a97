counter = 0

परिभाषा bump():
    वैश्विक counter
    counter += 1
    वापसी counter

परिभाषा show():
    छापो("counter is", counter)

bump()
bump()
show()
छापो(bump() + bump())
show()
