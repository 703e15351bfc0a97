squares = [n * n for n in range(4) if n != 2]
try:
    print(squares[9])
except IndexError as e:
    print("caught", e)
