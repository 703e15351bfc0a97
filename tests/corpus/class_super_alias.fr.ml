classe Base:
    déf __init__(self, label):
        self.label = label

    déf show(self):
        retour "Base " + self.label


classe Child(Base):
    déf __init__(self, label, extra):
        superieur().__init__(label)
        self.extra = extra

    déf show(self):
        retour superieur().show() + " + " + self.extra


classe Two(Child):
    déf show(self):
        retour "[" + superieur(Two, self).show() + "]"


afficher(Child("a", "b").show())
afficher(Two("c", "d").show())
