classe Temperature:
    scale = "C"

    definisci __init__(self, celsius):
        self._celsius = celsius

    @proprietà
    definisci celsius(self):
        ritorna self._celsius

    @celsius.setter
    definisci celsius(self, value):
        se value < -273.15:
            solleva ValueError("below absolute zero")
        self._celsius = value

    @proprietà
    definisci fahrenheit(self):
        ritorna self._celsius * 9 / 5 + 32

    @metodo_statico
    definisci from_fahrenheit_value(f):
        ritorna (f - 32) * 5 / 9

    @metodo_di_classe
    definisci from_fahrenheit(cls, f):
        ritorna cls(cls.from_fahrenheit_value(f))

    definisci __repr__(self):
        ritorna "Temperature(" + stringa(self._celsius) + ")"


t = Temperature(100)
stampa(t.celsius, t.fahrenheit)
t.celsius = 0
stampa(t, t.fahrenheit)
prova:
    t.celsius = -300
eccetto ValueError come err:
    stampa("error:", err)
stampa(Temperature.from_fahrenheit(212))
stampa(Temperature.from_fahrenheit_value(32), t.from_fahrenheit_value(50))
prova:
    t.fahrenheit = 5
eccetto AttributeError:
    stampa("read-only")


classe Counter:
    instances = []

    definisci __init__(self):
        self.value = 0
        Counter.instances.append(self)

    definisci increment(self, by=1):
        self.value += by
        ritorna self.value

    @metodo_di_classe
    definisci total(cls):
        ritorna somma(c.value per c in cls.instances)


c1 = Counter()
c2 = Counter()
c1.increment()
c1.increment(5)
c2.increment(by=10)
stampa(c1.value, c2.value, Counter.total(), lunghezza(Counter.instances))
method = c1.increment
stampa(method(), c1.value)
