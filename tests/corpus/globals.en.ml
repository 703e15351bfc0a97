counter = 0

def bump():
    global counter
    counter += 1
    return counter

def show():
    print("counter is", counter)

bump()
bump()
show()
print(bump() + bump())
show()
