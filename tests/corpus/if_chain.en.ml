def describe(number):
    if number < 0:
        return "negative"
    elif number == 0:
        return "zero"
    elif number < 10:
        return "small"
    else:
        return "large"

for value in [-5, 0, 3, 10, 99]:
    print(value, describe(value))

temperature = 21
if temperature > 30:
    print("hot")
elif temperature > 15:
    print("mild")
else:
    print("cold")

if not temperature == 21:
    print("unexpected")
else:
    print("as expected")
