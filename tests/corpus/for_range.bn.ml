জন্য index মধ্যে range(5):
    ছাপাও(index, end=" ")
ছাপাও()
জন্য index মধ্যে range(2, 12, 3):
    ছাপাও(index, end=" ")
ছাপাও()
জন্য index মধ্যে range(10, 0, -2):
    ছাপাও(index, end=" ")
ছাপাও()
total = 0
জন্য index মধ্যে range(1, 101):
    total += index
ছাপাও("total", total)
জন্য row মধ্যে range(1, 4):
    line = ""
    জন্য column মধ্যে range(1, 4):
        line += পাঠ্য(row * column) + " "
    ছাপাও(line)
জন্য index মধ্যে range(3):
    যদি index == 5:
        থামো
নাহলে:
    ছাপাও("no break")
