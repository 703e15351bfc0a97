squares = [n * n for n in range(3)]
print(squares @ squares)
