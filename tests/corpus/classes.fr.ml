classe Point:
    déf __init__(self, left, top):
        self.left = left
        self.top = top

    déf moved(self, step):
        retour Point(self.left + step, self.top + step)

    déf __repr__(self):
        retour "Point(" + chaine(self.left) + ", " + chaine(self.top) + ")"

classe Shape:
    déf __init__(self, name):
        self.name = name

    déf area(self):
        retour 0

    déf describe(self):
        retour self.name + " with area " + chaine(self.area())

classe Square(Shape):
    déf __init__(self, side):
        super().__init__("square")
        self.side = side

    déf area(self):
        retour self.side * self.side

origin = Point(0, 0)
afficher(origin, origin.moved(2), origin.left)
shapes = [Shape("blob"), Square(3)]
pour shape dans shapes:
    afficher(shape.describe())
afficher(est_instance(shapes[1], Shape), est_instance(shapes[0], Square))
