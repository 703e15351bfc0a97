# Errors: each rejected character gets a diagnostic and an Error token.
x = a $ b ` c
k = Ⅻ + ¤
m = 1 ! 2
n = "unterminated
v = 'also
'''triple
never closed
