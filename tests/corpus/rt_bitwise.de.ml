ausgeben(12 & 10, 12 | 10, 12 ^ 10, ~12)
ausgeben(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
ausgeben(-1 & 255, -256 & 255, -1 ^ -1, -5 | -3)
ausgeben(1 << 10, 1 << 100, 255 >> 4, -255 >> 4, -1 >> 100)
ausgeben((1 << 64) - 1, ((1 << 64) - 1) >> 63, (2 ** 100) & (2 ** 100 - 1))
ausgeben(-(2 ** 70) >> 3, (2 ** 70) ^ (2 ** 69))
mask = 0
für bit in [0, 3, 5]:
    mask |= 1 << bit
ausgeben(mask, binaer(mask))
mask &= ~8
ausgeben(mask, binaer(mask))
mask ^= 0b1111
ausgeben(mask, binaer(mask))
mask <<= 3
ausgeben(mask)
mask >>= 2
ausgeben(mask)
ausgeben(Wahr + Wahr, Wahr * 10, Falsch - 1, Wahr / 2, Wahr // 2)
ausgeben(Wahr & Falsch, Wahr | Falsch, Wahr ^ Wahr, -Wahr)
ausgeben(summe([Wahr, Wahr, Falsch, Wahr]), ganz(Wahr), boolesch(0), boolesch(-3))
ausgeben(Nichts ist Nichts, Nichts == 0, boolesch(Nichts), zeichenkette(Nichts))
ausgeben(Wahr == 1, Falsch == 0, 1 == 1.0)
