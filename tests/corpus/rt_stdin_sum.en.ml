count = int(input())
values = []
for idx in range(count):
    line = input()
    values.append(float(line) if "." in line else int(line))
print(values, sum(values), max(values))
words = input().split()
print(len(words), words[::-1], " ".join(word.capitalize() for word in words))
rows = 0
chars = 0
while True:
    try:
        line = input()
    except EOFError:
        print("eof after", rows, "rows", chars, "chars")
        break
    rows += 1
    chars += len(line)
    print(rows, repr(line), line.strip().isdigit())
