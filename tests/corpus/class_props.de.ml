klasse Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @eigenschaft
    def celsius(self):
        rückgabe self._celsius

    @celsius.setter
    def celsius(self, value):
        wenn value < -273.15:
            auslösen ValueError("below absolute zero")
        self._celsius = value

    @eigenschaft
    def fahrenheit(self):
        rückgabe self._celsius * 9 / 5 + 32

    @statische_methode
    def from_fahrenheit_value(f):
        rückgabe (f - 32) * 5 / 9

    @klassenmethode
    def from_fahrenheit(cls, f):
        rückgabe cls(cls.from_fahrenheit_value(f))

    def __repr__(self):
        rückgabe "Temperature(" + zeichenkette(self._celsius) + ")"


t = Temperature(100)
ausgeben(t.celsius, t.fahrenheit)
t.celsius = 0
ausgeben(t, t.fahrenheit)
versuchen:
    t.celsius = -300
ausnahme ValueError als err:
    ausgeben("error:", err)
ausgeben(Temperature.from_fahrenheit(212))
ausgeben(Temperature.from_fahrenheit_value(32), t.from_fahrenheit_value(50))
versuchen:
    t.fahrenheit = 5
ausnahme AttributeError:
    ausgeben("read-only")


klasse Counter:
    instances = []

    def __init__(self):
        self.value = 0
        Counter.instances.append(self)

    def increment(self, by=1):
        self.value += by
        rückgabe self.value

    @klassenmethode
    def total(cls):
        rückgabe summe(c.value für c in cls.instances)


c1 = Counter()
c2 = Counter()
c1.increment()
c1.increment(5)
c2.increment(by=10)
ausgeben(c1.value, c2.value, Counter.total(), laenge(Counter.instances))
method = c1.increment
ausgeben(method(), c1.value)
