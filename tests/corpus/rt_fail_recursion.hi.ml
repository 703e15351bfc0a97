परिभाषा spiral(depth):
    अगर depth < 30 और depth % 10 == 0:
        छापो("depth", depth)
    वापसी spiral(depth + 1) + 1

छापो("begin")
spiral(0)
छापो("unreachable")
