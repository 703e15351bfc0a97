# FizzBuzz: a helper with elif chains, a for loop, an f-string, a comprehension, while/else.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)


total = 0
for i in range(1, 16):
    word = fizzbuzz(i)
    if word != str(i):
        total += 1
    print(f"{i:>2}: {word}")
squares = [k * k for k in range(10) if k % 2 == 0]
print(total, squares, sep=", ")
while total > 0:
    total -= 4
else:
    print("done", total not in squares, total is None)
