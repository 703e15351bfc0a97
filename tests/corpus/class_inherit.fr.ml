classe Animal:
    kingdom = "animalia"
    count = 0

    déf __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    déf speak(self):
        retour self.name + " says " + self.sound

    déf describe(self):
        retour f"{self.name} ({type(self).__name__}, {self.kingdom})"


classe Dog(Animal):
    déf __init__(self, name, tricks=Rien):
        super().__init__(name, "woof")
        self.tricks = [] si tricks est Rien sinon tricks

    déf add_trick(self, trick):
        self.tricks.append(trick)
        retour self

    déf speak(self):
        base = super().speak()
        retour base + "!"


classe Puppy(Dog):
    kingdom = "cute"

    déf speak(self):
        retour super().speak().upper()


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", ["sit"])
pour animal dans [a, d, p]:
    afficher(animal.speak())
    afficher(animal.describe())
d.add_trick("roll").add_trick("beg")
afficher(d.tricks, p.tricks)
afficher(Animal.count, Dog.count, d.count)
d.count = 10
afficher(Animal.count, d.count)
supprimer d.count
afficher(d.count)
p.age = 1
p.age += 2
afficher(p.age, a_attribut(p, "age"), obtenir_attribut(p, "missing", "none"))
supprimer p.age
afficher(a_attribut(p, "age"))
afficher(est_instance(p, Animal), est_instance(p, Dog), est_instance(a, Dog))
afficher(est_sous_classe(Puppy, Animal), est_sous_classe(Animal, Dog))
afficher(type(p) est Puppy, type(p).__name__)
afficher([c.__name__ pour c dans Puppy.__mro__])
essayer:
    afficher(a.tricks)
sauf AttributeError comme e:
    afficher("AttributeError:", e)
