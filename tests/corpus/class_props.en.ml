class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def from_fahrenheit_value(f):
        return (f - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(cls.from_fahrenheit_value(f))

    def __repr__(self):
        return "Temperature(" + str(self._celsius) + ")"


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as err:
    print("error:", err)
print(Temperature.from_fahrenheit(212))
print(Temperature.from_fahrenheit_value(32), t.from_fahrenheit_value(50))
try:
    t.fahrenheit = 5
except AttributeError:
    print("read-only")


class Counter:
    instances = []

    def __init__(self):
        self.value = 0
        Counter.instances.append(self)

    def increment(self, by=1):
        self.value += by
        return self.value

    @classmethod
    def total(cls):
        return sum(c.value for c in cls.instances)


c1 = Counter()
c2 = Counter()
c1.increment()
c1.increment(5)
c2.increment(by=10)
print(c1.value, c2.value, Counter.total(), len(Counter.instances))
method = c1.increment
print(method(), c1.value)
