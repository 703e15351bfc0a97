funkcja ratio(top, bottom):
    zwroc top // bottom

drukuj("start")
drukuj(ratio(10, 2))
drukuj(ratio(1, 0))
drukuj("not reached")
