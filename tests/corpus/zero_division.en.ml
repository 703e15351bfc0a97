def ratio(top, bottom):
    return top // bottom

print("start")
print(ratio(10, 2))
print(ratio(1, 0))
print("not reached")
