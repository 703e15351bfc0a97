class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return f"{self.name} ({type(self).__name__}, {self.kingdom})"


class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name, "woof")
        self.tricks = [] if tricks is None else tricks

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def speak(self):
        base = super().speak()
        return base + "!"


class Puppy(Dog):
    kingdom = "cute"

    def speak(self):
        return super().speak().upper()


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", ["sit"])
for animal in [a, d, p]:
    print(animal.speak())
    print(animal.describe())
d.add_trick("roll").add_trick("beg")
print(d.tricks, p.tricks)
print(Animal.count, Dog.count, d.count)
d.count = 10
print(Animal.count, d.count)
del d.count
print(d.count)
p.age = 1
p.age += 2
print(p.age, hasattr(p, "age"), getattr(p, "missing", "none"))
del p.age
print(hasattr(p, "age"))
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p) is Puppy, type(p).__name__)
print([c.__name__ for c in Puppy.__mro__])
try:
    print(a.tricks)
except AttributeError as e:
    print("AttributeError:", e)
