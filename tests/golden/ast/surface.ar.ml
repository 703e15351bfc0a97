# صيغ الترتيب المعكوس: ITERABLE ضمن لكل X: و COND إذا: و COND طالما: و EXPR مع:
numbers = [3, 1, 2]
total = 0
numbers ضمن لكل n:
    n > 1 إذا:
        total += n
    وإلا:
        total -= 1
    total > 10 طالما:
        total -= 10
total > 0 إذا:
    range(2) ضمن لكل m:
        اطبع(m, total)
open("data.txt") مع:
    مرر
اطبع(total)
