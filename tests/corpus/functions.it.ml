definisci greet(name, punctuation="!"):
    ritorna "Hi " + name + punctuation

definisci area(width, height):
    ritorna width * height

definisci nothing():
    passa

stampa(greet("Ada"))
stampa(greet("Bob", "?"))
stampa(greet(punctuation=".", name="Cy"))
stampa(area(3, 4), area(2.5, 2))
stampa(nothing())

definisci apply_twice(function, value):
    ritorna function(function(value))

definisci double(value):
    ritorna value * 2

stampa(apply_twice(double, 5))
