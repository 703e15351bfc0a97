defina greet(name, punctuation="!"):
    retorne "Hi " + name + punctuation

defina area(width, height):
    retorne width * height

defina nothing():
    passe

imprima(greet("Ada"))
imprima(greet("Bob", "?"))
imprima(greet(punctuation=".", name="Cy"))
imprima(area(3, 4), area(2.5, 2))
imprima(nothing())

defina apply_twice(function, value):
    retorne function(function(value))

defina double(value):
    retorne value * 2

imprima(apply_twice(double, 5))
