import sys
arguments = sys.argv[1:]
print(len(arguments))
for argument in arguments:
    print("arg", argument)
total = 0
for argument in arguments[1:]:
    total += int(argument)
print("total", total)
