klasse Base:
    def __init__(self, label):
        self.label = label

    def show(self):
        rückgabe "Base " + self.label


klasse Child(Base):
    def __init__(self, label, extra):
        oberklasse().__init__(label)
        self.extra = extra

    def show(self):
        rückgabe oberklasse().show() + " + " + self.extra


klasse Two(Child):
    def show(self):
        rückgabe "[" + oberklasse(Two, self).show() + "]"


ausgeben(Child("a", "b").show())
ausgeben(Two("c", "d").show())
