defina spiral(depth):
    se depth < 30 e depth % 10 == 0:
        imprima("depth", depth)
    retorne spiral(depth + 1) + 1

imprima("begin")
spiral(0)
imprima("unreachable")
