def spiral(depth):
    if depth < 30 and depth % 10 == 0:
        print("depth", depth)
    return spiral(depth + 1) + 1

print("begin")
spiral(0)
print("unreachable")
