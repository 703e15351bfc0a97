class Point:
    def __init__(self, left, top):
        self.left = left
        self.top = top

    def moved(self, step):
        return Point(self.left + step, self.top + step)

    def __repr__(self):
        return "Point(" + str(self.left) + ", " + str(self.top) + ")"

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

origin = Point(0, 0)
print(origin, origin.moved(2), origin.left)
shapes = [Shape("blob"), Square(3)]
for shape in shapes:
    print(shape.describe())
print(isinstance(shapes[1], Shape), isinstance(shapes[0], Square))
