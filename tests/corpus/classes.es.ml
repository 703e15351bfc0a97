clase Point:
    def __init__(self, left, top):
        self.left = left
        self.top = top

    def moved(self, step):
        devolver Point(self.left + step, self.top + step)

    def __repr__(self):
        devolver "Point(" + cadena(self.left) + ", " + cadena(self.top) + ")"

clase Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        devolver 0

    def describe(self):
        devolver self.name + " with area " + cadena(self.area())

clase Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        devolver self.side * self.side

origin = Point(0, 0)
imprimir(origin, origin.moved(2), origin.left)
shapes = [Shape("blob"), Square(3)]
para shape en shapes:
    imprimir(shape.describe())
imprimir(es_instancia(shapes[1], Shape), es_instancia(shapes[0], Square))
