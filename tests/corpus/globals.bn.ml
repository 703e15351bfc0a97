counter = 0

সংজ্ঞা bump():
    বিশ্বব্যাপী counter
    counter += 1
    ফেরত counter

সংজ্ঞা show():
    ছাপাও("counter is", counter)

bump()
bump()
show()
ছাপাও(bump() + bump())
show()
