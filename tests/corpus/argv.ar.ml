استيراد sys
arguments = sys.argv[1:]
اطبع(طول(arguments))
لكل argument في arguments:
    اطبع("arg", argument)
total = 0
لكل argument في arguments[1:]:
    total += عدد_صحيح(argument)
اطبع("total", total)
