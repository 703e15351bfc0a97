base = list(range(10))
print(base[2:8:2], base[::-3], base[-3:], base[8:2:-2], base[::])
work = base[:]
work[2:5] = ["a", "b"]
print(work)
work[1:1] = [100, 200, 300]
print(work)
work[:3] = []
print(work)
work[::2] = [0] * len(work[::2])
print(work)
work[-2:] = "xy"
print(work)
del work[::3]
print(work)
del work[1:3]
print(work)
del work[0]
print(work)
try:
    work[::2] = [1]
except ValueError as err:
    print("ValueError:", err)
letters = list("abcdefg")
letters[1:6:2] = ["B", "D", "F"]
print(letters, "".join(letters[::-1]))
span = slice(1, 5, 2)
print(letters[span], base[span], span.stop, span.step)
pair = (1, 2, 3, 4, 5)
print(pair[1:4], pair[::-1], pair[:0], type(pair[1:2]).__name__)
