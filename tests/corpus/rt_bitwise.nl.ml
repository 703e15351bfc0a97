afdrukken(12 & 10, 12 | 10, 12 ^ 10, ~12)
afdrukken(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
afdrukken(-1 & 255, -256 & 255, -1 ^ -1, -5 | -3)
afdrukken(1 << 10, 1 << 100, 255 >> 4, -255 >> 4, -1 >> 100)
afdrukken((1 << 64) - 1, ((1 << 64) - 1) >> 63, (2 ** 100) & (2 ** 100 - 1))
afdrukken(-(2 ** 70) >> 3, (2 ** 70) ^ (2 ** 69))
mask = 0
voor bit in [0, 3, 5]:
    mask |= 1 << bit
afdrukken(mask, binair(mask))
mask &= ~8
afdrukken(mask, binair(mask))
mask ^= 0b1111
afdrukken(mask, binair(mask))
mask <<= 3
afdrukken(mask)
mask >>= 2
afdrukken(mask)
afdrukken(Waar + Waar, Waar * 10, Onwaar - 1, Waar / 2, Waar // 2)
afdrukken(Waar & Onwaar, Waar | Onwaar, Waar ^ Waar, -Waar)
afdrukken(som([Waar, Waar, Onwaar, Waar]), geheel(Waar), booleaans(0), booleaans(-3))
afdrukken(Geen is Geen, Geen == 0, booleaans(Geen), tekenreeks(Geen))
afdrukken(Waar == 1, Onwaar == 0, 1 == 1.0)
