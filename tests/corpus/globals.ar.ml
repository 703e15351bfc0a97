counter = 0

دالة bump():
    عام counter
    counter += 1
    إرجاع counter

دالة show():
    اطبع("counter is", counter)

bump()
bump()
show()
اطبع(bump() + bump())
show()
