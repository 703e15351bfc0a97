# FizzBuzz: una función con sinosi, un bucle para, una f-string, una comprensión.
def fizzbuzz(n):
    si n % 15 == 0:
        devolver "FizzBuzz"
    sinosi n % 3 == 0:
        devolver "Fizz"
    sinosi n % 5 == 0:
        devolver "Buzz"
    sino:
        devolver cadena(n)


total = 0
para i en range(1, 16):
    word = fizzbuzz(i)
    si word != cadena(i):
        total += 1
    imprimir(f"{i:>2}: {word}")
squares = [k * k para k en range(10) si k % 2 == 0]
imprimir(total, squares, sep=", ")
mientras total > 0:
    total -= 4
sino:
    imprimir("done", total no en squares, total es Nada)
