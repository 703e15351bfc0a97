name = input()
count = heltal(input())
total = 0
for index i interval(count):
    total += heltal(input())
skriv("name:", name)
skriv("sum:", total)
line = input()
skriv(line.upper())
