# Numerals in several scripts (Devanagari, Arabic-Indic, Bengali, Tamil, Thai, full-width, mixed).
मान क = ४२
मान ख = ४२ + 4२ + ٣٤ + ৭ + ௧௨ + ๙ + １２
मान ग = ३.५ + 1_000_000 + 1e10 + 2.5E-3 + 1. + .5 + 007.5 + 0_0
मान घ = 0x_FF + 0o17 + 0b1010 + 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
अगर क > ३:
    छापो(क)
# Invalid, as in Python:
मान ङ = 007 + 1__0 + 1_ + 0b12 + 0x + 1e + 12abc + Ⅻ
