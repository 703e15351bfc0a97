name = input()
count = int(input())
total = 0
for index in range(count):
    total += int(input())
print("name:", name)
print("sum:", total)
line = input()
print(line.upper())
