klasse Point:
    def __init__(self, left, top):
        self.left = left
        self.top = top

    def moved(self, step):
        rückgabe Point(self.left + step, self.top + step)

    def __repr__(self):
        rückgabe "Point(" + zeichenkette(self.left) + ", " + zeichenkette(self.top) + ")"

klasse Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        rückgabe 0

    def describe(self):
        rückgabe self.name + " with area " + zeichenkette(self.area())

klasse Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        rückgabe self.side * self.side

origin = Point(0, 0)
ausgeben(origin, origin.moved(2), origin.left)
shapes = [Shape("blob"), Square(3)]
für shape in shapes:
    ausgeben(shape.describe())
ausgeben(ist_instanz(shapes[1], Shape), ist_instanz(shapes[0], Square))
