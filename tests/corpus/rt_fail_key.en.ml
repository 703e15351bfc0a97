stock = {"apple": 3, "pear": 0}

def take(fruit):
    stock[fruit] -= 1
    return stock[fruit]

print(take("apple"))
print(stock)
print(take("plum"))
print("unreachable")
