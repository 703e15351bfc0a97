আমদানি sys
arguments = sys.argv[1:]
ছাপাও(len(arguments))
জন্য argument মধ্যে arguments:
    ছাপাও("arg", argument)
total = 0
জন্য argument মধ্যে arguments[1:]:
    total += পূর্ণসংখ্যা(argument)
ছাপাও("total", total)
