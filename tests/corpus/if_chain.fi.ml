maarittele describe(number):
    jos number < 0:
        palauta "negative"
    muuten_jos number == 0:
        palauta "zero"
    muuten_jos number < 10:
        palauta "small"
    muuten:
        palauta "large"

jokaiselle value sisalla [-5, 0, 3, 10, 99]:
    tulosta(value, describe(value))

temperature = 21
jos temperature > 30:
    tulosta("hot")
muuten_jos temperature > 15:
    tulosta("mild")
muuten:
    tulosta("cold")

jos ei temperature == 21:
    tulosta("unexpected")
muuten:
    tulosta("as expected")
