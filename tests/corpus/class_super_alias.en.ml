class Base:
    def __init__(self, label):
        self.label = label

    def show(self):
        return "Base " + self.label


class Child(Base):
    def __init__(self, label, extra):
        super().__init__(label)
        self.extra = extra

    def show(self):
        return super().show() + " + " + self.extra


class Two(Child):
    def show(self):
        return "[" + super(Two, self).show() + "]"


print(Child("a", "b").show())
print(Two("c", "d").show())
