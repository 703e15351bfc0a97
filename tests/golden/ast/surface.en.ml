# Canonical twin of the reordered statement forms (surface.hi/ja/ar/es/pt.ml).
numbers = [3, 1, 2]
total = 0
for n in numbers:
    if n > 1:
        total += n
    else:
        total -= 1
    while total > 10:
        total -= 10
if total > 0:
    for m in range(2):
        print(m, total)
with open("data.txt"):
    pass
print(total)
