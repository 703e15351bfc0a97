for num in range(2, 20):
    for div in range(2, num):
        if num % div == 0:
            break
    else:
        print(num, end=" ")
print()
count = 0
while count < 10:
    count += 1
    if count % 3 == 0:
        continue
    if count > 7:
        break
    print(count, end=",")
else:
    print("whole")
print()
steps = 3
while steps > 0:
    steps -= 1
else:
    print("done", steps)
for item in []:
    print("never")
else:
    print("empty")
for outer_idx in range(3):
    for inner_idx in range(3):
        if inner_idx == outer_idx:
            continue
        if inner_idx > outer_idx:
            break
        print(outer_idx, inner_idx)
val = 5
print(1 < val < 10, 1 < val > 10, 0 <= val <= 5 < 6, val == 5 != 4, 3 < val in [5])
print("big" if val > 3 else "small", "neg" if val < 0 else "zero" if val == 0 else "pos")
print(val > 3 and "yes", val < 3 and "yes", val < 3 or "fallback", 0 or None, [] or {} or "last")
print(not val, not 0, not [], not "a", val is not None)
parity = ["even" if num % 2 == 0 else "odd" for num in range(5)]
print(parity)
acc = []
idx = 0
while True:
    idx += 1
    if idx > 100:
        break
    if idx % 20:
        continue
    acc.append(idx)
print(acc, idx)
