clase Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        devolver self.name + " says " + self.sound

    def describe(self):
        devolver f"{self.name} ({tipo(self).__name__}, {self.kingdom})"


clase Dog(Animal):
    def __init__(self, name, tricks=Nada):
        super().__init__(name, "woof")
        self.tricks = [] si tricks es Nada sino tricks

    def add_trick(self, trick):
        self.tricks.append(trick)
        devolver self

    def speak(self):
        base = super().speak()
        devolver base + "!"


clase Puppy(Dog):
    kingdom = "cute"

    def speak(self):
        devolver super().speak().upper()


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", ["sit"])
para animal en [a, d, p]:
    imprimir(animal.speak())
    imprimir(animal.describe())
d.add_trick("roll").add_trick("beg")
imprimir(d.tricks, p.tricks)
imprimir(Animal.count, Dog.count, d.count)
d.count = 10
imprimir(Animal.count, d.count)
eliminar d.count
imprimir(d.count)
p.age = 1
p.age += 2
imprimir(p.age, tiene_atributo(p, "age"), obtener_atributo(p, "missing", "none"))
eliminar p.age
imprimir(tiene_atributo(p, "age"))
imprimir(es_instancia(p, Animal), es_instancia(p, Dog), es_instancia(a, Dog))
imprimir(es_subclase(Puppy, Animal), es_subclase(Animal, Dog))
imprimir(tipo(p) es Puppy, tipo(p).__name__)
imprimir([c.__name__ para c en Puppy.__mro__])
intentar:
    imprimir(a.tricks)
excepto AttributeError como e:
    imprimir("AttributeError:", e)
