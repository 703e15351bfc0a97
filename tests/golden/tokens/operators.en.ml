# Every operator and delimiter, then the Unicode and full-width alternatives.
a + b - c * d / e // f % g ** h
a == b != c < d > e <= f >= g
a = 1; a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a & b | c ^ ~d << e >> f
def f(x) -> int: return (y := x) |> g
a ~= b; c?; @decorator; x[1:2, ...]; {k: v}
a × b ⋅ c ＊ d ÷ e ／ f − g － h ＋ i ％ j
a ≠ b ≤ c ≥ d ＜ e ＞ f ≪ g ≫ h
a ＝ b ＝＝ c ＋＝ d
def g（x）→ int： return ［x，x］；｛x． y｝
