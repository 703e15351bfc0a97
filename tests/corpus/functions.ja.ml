関数 greet(name, punctuation="!"):
    戻る "Hi " + name + punctuation

関数 area(width, height):
    戻る width * height

関数 nothing():
    パス

表示(greet("Ada"))
表示(greet("Bob", "?"))
表示(greet(punctuation=".", name="Cy"))
表示(area(3, 4), area(2.5, 2))
表示(nothing())

関数 apply_twice(function, value):
    戻る function(function(value))

関数 double(value):
    戻る value * 2

表示(apply_twice(double, 5))
