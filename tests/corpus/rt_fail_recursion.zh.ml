函数 spiral(depth):
    如果 depth < 30 且 depth % 10 == 0:
        打印("depth", depth)
    返回 spiral(depth + 1) + 1

打印("begin")
spiral(0)
打印("unreachable")
