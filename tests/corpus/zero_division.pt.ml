defina ratio(top, bottom):
    retorne top // bottom

imprima("start")
imprima(ratio(10, 2))
imprima(ratio(1, 0))
imprima("not reached")
